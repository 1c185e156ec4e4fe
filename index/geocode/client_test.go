package geocode

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Answers in Nominatim's documented jsonv2 format.
const (
	zamboniJSON = `[{"place_id":1,"licence":"Data © OpenStreetMap contributors, ODbL 1.0","osm_type":"node","osm_id":2,
"lat":"44.4966","lon":"11.3520","category":"place","type":"house","place_rank":30,"importance":0.1,"addresstype":"place",
"name":"","display_name":"12, Via Zamboni, Bologna, 40126, Italia","boundingbox":["44.49","44.50","11.35","11.36"]},
{"place_id":3,"lat":"44.4938","lon":"11.3387","category":"boundary","type":"administrative","place_rank":16,
"addresstype":"city","name":"Bologna","display_name":"Bologna, Emilia-Romagna, Italia"}]`
	streetJSON = `[{"lat":"44.4950","lon":"11.3500","category":"highway","type":"residential","place_rank":26,"addresstype":"road","display_name":"Via Zamboni, Bologna"}]`
)

// server answers with handler and counts the requests it gets.
func server(t *testing.T, handler http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		handler(w, r)
	}))
	t.Cleanup(s.Close)
	return s, &n
}

func fastClient(t *testing.T, url, dir string) *Client {
	t.Helper()
	c, err := NewClient(ClientOptions{BaseURL: url, CacheDir: dir, Interval: -1, Timeout: time.Second, MaxRetryWait: 5 * time.Millisecond})
	require.NoError(t, err)
	return c
}

func TestClientSeveralResultsKeepServerOrderAndPrecision(t *testing.T) {
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/search", r.URL.Path)
		assert.Equal(t, "jsonv2", r.URL.Query().Get("format"))
		assert.Equal(t, "Via Zamboni 12, Bologna", r.URL.Query().Get("q"))
		w.Write([]byte(zamboniJSON))
	})
	r, err := fastClient(t, s.URL, "").Geocode(context.Background(), "Via Zamboni 12, Bologna")
	require.NoError(t, err)
	require.Len(t, r, 2)
	assert.Equal(t, Address, r[0].Precision)
	assert.Equal(t, Point{Lat: 44.4966, Lon: 11.3520}, r[0].Location)
	assert.Equal(t, "12, Via Zamboni, Bologna, 40126, Italia", r[0].Label)
	assert.Equal(t, Town, r[1].Precision)
}

func TestClientStreetResultIsStreetPrecision(t *testing.T) {
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(streetJSON)) })
	r, err := fastClient(t, s.URL, "").Geocode(context.Background(), "Via Zamboni, Bologna")
	require.NoError(t, err)
	assert.Equal(t, Street, r[0].Precision)
}

func TestClientNeverAsksTheSameQueryTwiceEvenAfterRestart(t *testing.T) {
	s, n := server(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("q") == "Atlantide" {
			w.Write([]byte(`[]`))
			return
		}
		w.Write([]byte(zamboniJSON))
	})
	dir := t.TempDir()
	c := fastClient(t, s.URL, dir)
	ctx := context.Background()
	for range 2 {
		_, err := c.Geocode(ctx, "Via Zamboni 12, Bologna")
		require.NoError(t, err)
		_, err = c.Geocode(ctx, "Atlantide")
		require.ErrorIs(t, err, ErrNotFound)
	}
	assert.Equal(t, int32(2), n.Load(), "one request per query")

	// The same query written differently is the same query.
	_, err := c.Geocode(ctx, "via zamboni 12,  BOLOGNA")
	require.NoError(t, err)
	assert.Equal(t, int32(2), n.Load())

	s.Close() // a new process, the server gone: the cache file answers
	c2 := fastClient(t, s.URL, dir)
	r, err := c2.Geocode(ctx, "Via Zamboni 12, Bologna")
	require.NoError(t, err)
	assert.Equal(t, Address, r[0].Precision)
	_, err = c2.Geocode(ctx, "Atlantide")
	assert.ErrorIs(t, err, ErrNotFound)

	data, err := os.ReadFile(filepath.Join(dir, CacheFile))
	require.NoError(t, err)
	assert.NotContains(t, string(data), "Atlantide", "queries are stored hashed, never in clear")
	left, _ := filepath.Glob(filepath.Join(dir, CacheFile+".*"))
	assert.Empty(t, left, "no temporary file left beside the cache")
}

func TestClientTimeoutIsAClearErrorAndNotCached(t *testing.T) {
	var slow atomic.Bool
	slow.Store(true)
	s, n := server(t, func(w http.ResponseWriter, r *http.Request) {
		if slow.Load() {
			select {
			case <-r.Context().Done():
			case <-time.After(2 * time.Second):
			}
			return
		}
		w.Write([]byte(streetJSON))
	})
	c, err := NewClient(ClientOptions{BaseURL: s.URL, Interval: -1, Timeout: 30 * time.Millisecond})
	require.NoError(t, err)
	_, err = c.Geocode(context.Background(), "Via Zamboni, Bologna")
	require.ErrorIs(t, err, ErrServer)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "did not answer within 30ms")

	slow.Store(false)
	_, err = c.Geocode(context.Background(), "Via Zamboni, Bologna")
	require.NoError(t, err, "a timeout is not remembered as an answer")
	assert.Equal(t, int32(2), n.Load())
}

func TestClientRetriesAfter429ThenSucceeds(t *testing.T) {
	var calls atomic.Int32
	s, n := server(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte(streetJSON))
	})
	r, err := fastClient(t, s.URL, "").Geocode(context.Background(), "Via Zamboni, Bologna")
	require.NoError(t, err)
	assert.Equal(t, Street, r[0].Precision)
	assert.Equal(t, int32(2), n.Load())
}

func TestClientGivesUpOnPersistent429WithAClearError(t *testing.T) {
	s, n := server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120") // capped by MaxRetryWait
		w.WriteHeader(http.StatusTooManyRequests)
	})
	_, err := fastClient(t, s.URL, "").Geocode(context.Background(), "Bologna")
	require.ErrorIs(t, err, ErrRateLimited)
	assert.Contains(t, err.Error(), "HTTP 429")
	assert.Equal(t, int32(3), n.Load(), "the first try and two retries")
}

func TestClientServerErrorAndBadBody(t *testing.T) {
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("q") == "broken" {
			w.Write([]byte(`{"error":"not a list"}`))
			return
		}
		http.Error(w, "down", http.StatusBadGateway)
	})
	c := fastClient(t, s.URL, "")
	_, err := c.Geocode(context.Background(), "Bologna")
	require.ErrorIs(t, err, ErrServer)
	assert.Contains(t, err.Error(), "HTTP 502")
	_, err = c.Geocode(context.Background(), "broken")
	require.ErrorIs(t, err, ErrServer)
	assert.Contains(t, err.Error(), "not Nominatim jsonv2")
}

func TestClientKeepsToItsRateLimit(t *testing.T) {
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(streetJSON)) })
	c, err := NewClient(ClientOptions{BaseURL: s.URL, Interval: 60 * time.Millisecond})
	require.NoError(t, err)
	start := time.Now()
	for _, q := range []string{"a", "b", "c"} {
		_, err := c.Geocode(context.Background(), q)
		require.NoError(t, err)
	}
	assert.GreaterOrEqual(t, time.Since(start), 120*time.Millisecond, "three requests take at least two intervals")
}

func TestClientSpeaksPhoton(t *testing.T) {
	s, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/api", r.URL.Path)
		w.Write([]byte(`{"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[11.352,44.4966]},
 "properties":{"type":"house","street":"Via Zamboni","housenumber":"12","postcode":"40126","city":"Bologna"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[11.7141,44.3533]},"properties":{"type":"city","name":"Imola"}}]}`))
	})
	c, err := NewClient(ClientOptions{BaseURL: s.URL, Flavour: Photon, Interval: -1})
	require.NoError(t, err)
	r, err := c.Geocode(context.Background(), "Via Zamboni 12 Bologna")
	require.NoError(t, err)
	require.Len(t, r, 2)
	assert.Equal(t, Address, r[0].Precision)
	assert.Equal(t, "Via Zamboni 12, 40126 Bologna", r[0].Label)
	assert.Equal(t, Point{Lat: 44.4966, Lon: 11.352}, r[0].Location)
	assert.Equal(t, Town, r[1].Precision)
}

func TestOpenSpecs(t *testing.T) {
	ctx := context.Background()
	g, err := Open(ctx, "gazetteer:testdata/IT-postal.txt,testdata/IT-places.txt", "")
	require.NoError(t, err)
	r, err := Best(ctx, g, "Imola (BO)")
	require.NoError(t, err)
	assert.Equal(t, Town, r.Precision)

	_, err = Open(ctx, "nominatim:https://nominatim.example.org", t.TempDir())
	require.NoError(t, err)
	for _, bad := range []string{"google:x", "nominatim:", "nominatim:ftp://x", "gazetteer"} {
		_, err := Open(ctx, bad, "")
		assert.ErrorIs(t, err, ErrSpec, bad)
	}
}
