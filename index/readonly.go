package index

import (
	"bytes"

	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// Readers beside a writer. bleve's on-disk index keeps its root in a bolt
// file that the writing process locks exclusively for as long as it is
// open, so a second process cannot open the same folder, even to read.
// A reader therefore opens a snapshot: a private folder, inside the index
// folder, holding a copy of the small root file and hard links to the
// segment files it names. Segments are immutable once written, and a hard
// link keeps a segment readable after the writer merges it away, so the
// snapshot is the index exactly as it was at one commit, whatever the
// writer does next. The snapshot is removed when the reader closes, and a
// crashed reader's snapshot is removed by the next one.

// openReader opens a snapshot of an existing index for reading.
func (ix *Index) openReader() error {
	if !Exists(ix.opt.Path) {
		return fmt.Errorf("%w: %s", ErrNotFound, ix.opt.Path)
	}
	dir, release, err := snapshot(ix.opt.Path)
	if err != nil {
		return err
	}
	bi, err := bleve.OpenUsing(dir, map[string]any{"read_only": true})
	if err != nil {
		release()
		return fmt.Errorf("index: opening %s to read: %w", ix.opt.Path, err)
	}
	ix.bi, ix.release = bi, release
	if err := ix.checkVersion(); err != nil {
		_ = bi.Close()
		release()
		ix.release = nil
		return err
	}
	return nil
}

// readersDir is the folder of reader snapshots inside an index folder.
const readersDir = ".readers"

// Exists reports whether path holds an ipsmatch index.
func Exists(path string) bool {
	return path != "" && exists(filepath.Join(path, "index_meta.json"))
}

// snapshot makes a reader's private copy of the index at path and returns
// its folder and a function that removes it.
func snapshot(path string) (string, func(), error) {
	root := filepath.Join(path, readersDir)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return "", nil, fmt.Errorf("index: reader snapshot: %w", err)
	}
	removeStale(root)
	var last error
	for range 50 {
		dir, err := trySnapshot(path, root)
		if err == nil {
			return dir, func() { _ = os.RemoveAll(dir) }, nil
		}
		last = err
		time.Sleep(20 * time.Millisecond)
	}
	return "", nil, fmt.Errorf("index: reader snapshot of %s: the writer kept changing it: %w", path, last)
}

// trySnapshot copies the root and links the segments; it fails, leaving
// nothing behind, when the writer changed the root meanwhile.
func trySnapshot(path, root string) (string, error) {
	var tag [6]byte
	_, _ = rand.Read(tag[:])
	dir := filepath.Join(root, strconv.Itoa(os.Getpid())+"-"+hex.EncodeToString(tag[:]))
	ok := false
	defer func() {
		if !ok {
			_ = os.RemoveAll(dir)
		}
	}()
	storeDir := filepath.Join(path, "store")
	rootBolt := filepath.Join(storeDir, "root.bolt")
	before, err := os.ReadFile(rootBolt)
	if err != nil {
		return "", err
	}
	meta, err := os.ReadFile(filepath.Join(path, "index_meta.json"))
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(dir, "store"), 0o755); err != nil {
		return "", err
	}
	ents, err := os.ReadDir(storeDir)
	if err != nil {
		return "", err
	}
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".zap") {
			continue
		}
		err := os.Link(filepath.Join(storeDir, e.Name()), filepath.Join(dir, "store", e.Name()))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	after, err := os.ReadFile(rootBolt)
	if err != nil {
		return "", err
	}
	if !bytes.Equal(before, after) {
		return "", errors.New("root changed while linking segments")
	}
	if err := os.WriteFile(filepath.Join(dir, "store", "root.bolt"), before, 0o600); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), meta, 0o644); err != nil {
		return "", err
	}
	ok = true
	return dir, nil
}

// removeStale removes the snapshots of readers that are no longer running.
func removeStale(root string) {
	ents, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, e := range ents {
		pid, _, found := strings.Cut(e.Name(), "-")
		n, err := strconv.Atoi(pid)
		if !found || err != nil || !alive(n) {
			_ = os.RemoveAll(filepath.Join(root, e.Name()))
		}
	}
}
