package geocode

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// CacheFile is the name of the answers cache a Client keeps in its
// CacheDir.
const CacheFile = "geocode-cache.json"

// cache remembers a server's answers, found or not, by a hash of the
// server and the query: the file never holds an address in clear, since
// a client's home may be among them.
type cache struct {
	mu      sync.Mutex
	path    string // "" keeps answers in memory only
	answers map[string][]Result
}

func openCache(dir string) (*cache, error) {
	c := &cache{answers: map[string][]Result{}}
	if dir == "" {
		return c, nil
	}
	c.path = filepath.Join(dir, CacheFile)
	data, err := os.ReadFile(c.path)
	switch {
	case os.IsNotExist(err):
		return c, nil
	case err != nil:
		return nil, fmt.Errorf("ipsmatch geocode: cache: %w", err)
	}
	if err := json.Unmarshal(data, &c.answers); err != nil {
		return nil, fmt.Errorf("ipsmatch geocode: cache %s: %w (delete it to start afresh)", c.path, err)
	}
	return c, nil
}

func cacheKey(server, query string) string {
	h := sha256.Sum256([]byte(server + "\x00" + key(query)))
	return hex.EncodeToString(h[:16])
}

func (c *cache) get(k string) ([]Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.answers[k]
	return r, ok
}

// put records an answer (nil for not found) and rewrites the file
// atomically: a temporary file beside it, synced, then renamed.
func (c *cache) put(k string, r []Result) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r == nil {
		r = []Result{}
	}
	c.answers[k] = r
	if c.path == "" {
		return nil
	}
	data, err := json.Marshal(c.answers)
	if err != nil {
		return fmt.Errorf("ipsmatch geocode: cache: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), CacheFile+".*")
	if err != nil {
		return fmt.Errorf("ipsmatch geocode: cache: %w", err)
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("ipsmatch geocode: cache: %w", err)
	}
	return nil
}
