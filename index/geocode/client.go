package geocode

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Flavours of server a Client speaks to.
const (
	Nominatim = "nominatim" // /search?format=jsonv2
	Photon    = "photon"    // /api?q= (GeoJSON)
)

// ClientOptions configure a Client. Only BaseURL is required; the zero
// value of every other field does what its comment says.
type ClientOptions struct {
	// BaseURL is the server, for example https://nominatim.example.org.
	BaseURL string
	// Flavour is Nominatim or Photon; "" means Nominatim.
	Flavour string
	// CacheDir is the folder the answers cache is kept in (the index
	// folder); "" keeps answers in memory for the Client's life only.
	CacheDir string
	// Timeout bounds one request; 0 means 10 s.
	Timeout time.Duration
	// Interval is the least time between two requests; 0 means 1 s, as
	// the public Nominatim's usage policy asks. Negative means no limit.
	Interval time.Duration
	// Retries is how often a request answered with HTTP 429 is tried
	// again, after the wait the server's Retry-After asks; 0 means 2,
	// negative means none.
	Retries int
	// MaxRetryWait caps one wait after HTTP 429; 0 means 60 s.
	MaxRetryWait time.Duration
	// Countries limits results to ISO 3166-1 alpha-2 codes, comma
	// separated ("it"); "" means any.
	Countries string
	// UserAgent identifies the application, as Nominatim's policy asks;
	// "" means "ipsmatch".
	UserAgent string
	// HTTPClient sends the requests; nil means a new http.Client.
	HTTPClient *http.Client
}

// Client asks a Nominatim or Photon server, at most one request per
// Interval, and remembers every answer, so the same query is never sent
// twice. It is safe for concurrent use.
type Client struct {
	opt   ClientOptions
	base  *url.URL
	cache *cache

	mu   sync.Mutex // serialises requests for the rate limit
	last time.Time
}

// NewClient returns a Client for opt, reading the cache in opt.CacheDir.
func NewClient(opt ClientOptions) (*Client, error) {
	u, err := url.Parse(opt.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: base URL %q is not an http or https URL", ErrSpec, opt.BaseURL)
	}
	if opt.Flavour == "" {
		opt.Flavour = Nominatim
	}
	if opt.Flavour != Nominatim && opt.Flavour != Photon {
		return nil, fmt.Errorf("%w: flavour %q (want nominatim or photon)", ErrSpec, opt.Flavour)
	}
	if opt.Timeout == 0 {
		opt.Timeout = 10 * time.Second
	}
	if opt.Interval == 0 {
		opt.Interval = time.Second
	}
	if opt.Retries == 0 {
		opt.Retries = 2
	}
	if opt.MaxRetryWait == 0 {
		opt.MaxRetryWait = time.Minute
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "ipsmatch"
	}
	if opt.HTTPClient == nil {
		opt.HTTPClient = &http.Client{}
	}
	c, err := openCache(opt.CacheDir)
	if err != nil {
		return nil, err
	}
	return &Client{opt: opt, base: u, cache: c}, nil
}

// Geocode asks the server for q, or answers from the cache.
func (c *Client) Geocode(ctx context.Context, q string) ([]Result, error) {
	if strings.TrimSpace(q) == "" {
		return nil, fmt.Errorf("%w: empty query", ErrNotFound)
	}
	k := cacheKey(c.opt.Flavour+" "+c.opt.BaseURL+" "+c.opt.Countries, q)
	if r, ok := c.cache.get(k); ok {
		return found(r)
	}
	body, err := c.fetch(ctx, c.requestURL(q))
	if err != nil {
		return nil, err
	}
	var r []Result
	if c.opt.Flavour == Photon {
		r, err = parsePhoton(body)
	} else {
		r, err = parseNominatim(body)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrServer, c.base.Host, err)
	}
	if err := c.cache.put(k, r); err != nil {
		return nil, err
	}
	return found(r)
}

func found(r []Result) ([]Result, error) {
	if len(r) == 0 {
		return nil, fmt.Errorf("%w by the geocoding server", ErrNotFound)
	}
	return r, nil
}

func (c *Client) requestURL(q string) string {
	u := *c.base
	v := url.Values{"q": {q}, "limit": {"5"}}
	if c.opt.Flavour == Photon {
		u.Path = strings.TrimSuffix(u.Path, "/") + "/api"
	} else {
		u.Path = strings.TrimSuffix(u.Path, "/") + "/search"
		v.Set("format", "jsonv2")
		if c.opt.Countries != "" {
			v.Set("countrycodes", c.opt.Countries)
		}
	}
	u.RawQuery = v.Encode()
	return u.String()
}

// fetch sends one request, waiting its turn under the rate limit and
// trying again after HTTP 429 as the server asks.
func (c *Client) fetch(ctx context.Context, u string) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for attempt := 0; ; attempt++ {
		if err := sleep(ctx, time.Until(c.last.Add(c.opt.Interval))); err != nil {
			return nil, err
		}
		c.last = time.Now()
		body, retryAfter, err := c.get(ctx, u)
		if !errors.Is(err, ErrRateLimited) {
			return body, err
		}
		if attempt >= c.opt.Retries {
			return nil, fmt.Errorf("%w: %s still answers HTTP 429 (too many requests) after %d tries; wait, or lower the request rate", ErrRateLimited, c.base.Host, attempt+1)
		}
		if err := sleep(ctx, min(retryAfter, c.opt.MaxRetryWait)); err != nil {
			return nil, err
		}
	}
}

// get sends one request; on HTTP 429 it returns ErrRateLimited and the
// wait the server asked for.
func (c *Client) get(ctx context.Context, u string) ([]byte, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %w", ErrServer, err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "application/json")
	resp, err := c.opt.HTTPClient.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil {
			return nil, 0, fmt.Errorf("%w: %s did not answer within %s: %w", ErrServer, c.base.Host, c.opt.Timeout, context.DeadlineExceeded)
		}
		return nil, 0, fmt.Errorf("%w: %s: %w", ErrServer, c.base.Host, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return nil, 0, fmt.Errorf("%w: %s: %w", ErrServer, c.base.Host, err)
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		return nil, retryAfter(resp.Header.Get("Retry-After")), ErrRateLimited
	case resp.StatusCode != http.StatusOK:
		return nil, 0, fmt.Errorf("%w: %s answered HTTP %d", ErrServer, c.base.Host, resp.StatusCode)
	}
	return body, 0, nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date; 1 s
// when absent or unreadable.
func retryAfter(h string) time.Duration {
	if s, err := strconv.Atoi(strings.TrimSpace(h)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(0, time.Until(t))
	}
	return time.Second
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
