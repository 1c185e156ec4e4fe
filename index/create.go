package index

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// ErrNotIndex is returned by Open when opt.Path is a folder that holds
// files of its own and is not an index: Open never writes into it nor
// deletes anything from it.
var ErrNotIndex = errors.New("index: folder is not empty and is not an index")

// An index folder holds bleve's files, which appear together only when the
// index is complete: index_meta.json is written last, so it marks a whole
// index. Beside them may live files that belong with the index but are
// written by others, and may be there before the index is created.
const (
	metaFile  = "index_meta.json"
	storeDir  = "store"
	tempInfix = ".creating-"
)

// companions are the entries another part of ipsmatch may keep in an index
// folder (the contact journal, the CLI's note of where client profiles
// live). A folder holding only these, and no index_meta.json, is a place to
// create an index in, not a user's folder.
var companions = map[string]bool{"journal": true, "clients.path": true, "caseload.path": true, "tokens.json": true, readersDir: true}

// openDisk opens the index at ix.opt.Path into ix.bi, creating it first if
// absent. Creation is atomic: the new index is built, closed and synced in
// a temporary sibling folder and renamed into place, so a crash at any
// moment leaves either no index or a whole one. A folder left incomplete
// by an older release that created indexes in place (no mapping, or no
// mapping version and no documents) is built again.
func (ix *Index) openDisk() error {
	path := filepath.Clean(ix.opt.Path)
	removeStaleTemps(path)
	for attempt := 0; ; attempt++ {
		if !exists(filepath.Join(path, metaFile)) {
			if err := create(path, ix.mapping); err != nil {
				return err
			}
		}
		bi, err := bleve.OpenUsing(path, map[string]any{"bolt_timeout": ix.opt.LockTimeout.String()})
		if err != nil {
			if attempt == 0 && noMapping(err) {
				if err := discardIncomplete(path); err != nil {
					return err
				}
				continue
			}
			return openError(path, err)
		}
		if attempt == 0 && unfinished(bi) {
			_ = bi.Close()
			if err := discardIncomplete(path); err != nil {
				return err
			}
			continue
		}
		ix.bi = bi
		if err := ix.checkVersion(); err != nil {
			_ = bi.Close()
			return err
		}
		return nil
	}
}

// unfinished reports an index that an older release was creating in place
// when it stopped: it has no mapping version and no document.
func unfinished(bi bleve.Index) bool {
	v, err := bi.GetInternal([]byte(mappingVersionKey))
	if err != nil || len(v) > 0 {
		return false
	}
	n, err := bi.DocCount()
	return err == nil && n == 0
}

// noMapping reports bleve's error for an index whose store never received
// its mapping: creation was cut short before any document could be written.
func noMapping(err error) bool {
	return strings.Contains(err.Error(), "error parsing mapping JSON: unexpected end of JSON input")
}

// discardIncomplete turns an incomplete index back into a folder without
// one: index_meta.json goes first (and durably), so that a crash part way
// leaves a folder that create recognises and rebuilds.
func discardIncomplete(path string) error {
	if err := os.Remove(filepath.Join(path, metaFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("index: removing the incomplete index in %s: %w", path, err)
	}
	return syncDir(path)
}

// create builds a new, empty index at path, which is absent, empty, or
// holds only companions and the debris of an interrupted creation.
func create(path string, m mapping.IndexMapping) error {
	names, err := entries(path)
	if err != nil {
		return err
	}
	for _, n := range names {
		if !companions[n] && (n != storeDir || !scorchDebris(filepath.Join(path, n))) {
			return fmt.Errorf("%w: %s holds %q; give an empty or new folder", ErrNotIndex, path, n)
		}
	}
	tmp, err := build(path, m)
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp) // gone already when renamed into place
	if len(names) == 0 {
		err = renameDir(tmp, path)
	} else {
		err = moveInto(tmp, path)
	}
	if err != nil && exists(filepath.Join(path, metaFile)) {
		return nil // another process created it first
	}
	return err
}

// scorchDebris reports whether dir holds nothing but what bleve's scorch
// writes in its store (root.bolt and .zap segments): the store of an
// interrupted creation, safe to replace.
func scorchDebris(dir string) bool {
	des, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, d := range des {
		n := d.Name()
		if d.IsDir() || (n != "root.bolt" && filepath.Ext(n) != ".zap") {
			return false
		}
	}
	return true
}

// entries lists path's names: nil when path is absent, empty when it is an
// empty folder.
func entries(path string) ([]string, error) {
	des, err := os.ReadDir(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		if st, serr := os.Stat(path); serr == nil && !st.IsDir() {
			return nil, fmt.Errorf("%w: %s is a file", ErrNotIndex, path)
		}
		return nil, fmt.Errorf("index: %w", err)
	}
	names := make([]string, 0, len(des))
	for _, d := range des {
		names = append(names, d.Name())
	}
	return names, nil
}

// build creates the index in a temporary sibling of path, records the
// mapping version, closes it and syncs every file and folder in it.
func build(path string, m mapping.IndexMapping) (string, error) {
	parent := filepath.Dir(path)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("index: %w", err)
	}
	var r [6]byte
	if _, err := rand.Read(r[:]); err != nil {
		return "", fmt.Errorf("index: %w", err)
	}
	tmp := filepath.Join(parent, tempPrefix(path)+strconv.Itoa(os.Getpid())+"-"+hex.EncodeToString(r[:]))
	bi, err := bleve.NewUsing(tmp, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, nil)
	if err != nil {
		_ = os.RemoveAll(tmp)
		return "", fmt.Errorf("index: creating %s: %w", path, err)
	}
	err = bi.SetInternal([]byte(mappingVersionKey), []byte(MappingVersion))
	if cerr := bi.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = syncTree(tmp)
	}
	if err != nil {
		_ = os.RemoveAll(tmp)
		return "", fmt.Errorf("index: creating %s: %w", path, err)
	}
	return tmp, nil
}

// renameDir puts the built index at path, which is absent or an empty
// folder, and makes the rename durable.
func renameDir(tmp, path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("index: %w", err) // not empty any more: left alone
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return syncDir(filepath.Dir(path))
}

// moveInto moves the built index's store, then its index_meta.json, into
// path, which holds companions: a crash between the two leaves a store
// without index_meta.json, which the next Open replaces.
func moveInto(tmp, path string) error {
	if err := os.RemoveAll(filepath.Join(path, storeDir)); err != nil {
		return fmt.Errorf("index: removing an interrupted creation's files: %w", err)
	}
	for _, n := range []string{storeDir, metaFile} {
		if err := os.Rename(filepath.Join(tmp, n), filepath.Join(path, n)); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		if err := syncDir(path); err != nil {
			return err
		}
	}
	return nil
}

// tempPrefix is how the temporary siblings of path are named; the rest of
// the name is the creating process's id and a random suffix.
func tempPrefix(path string) string { return "." + filepath.Base(path) + tempInfix }

// removeStaleTemps deletes the temporary siblings of path left by a
// creating process that has died. Those of a live process (or one whose id
// was reused) are left alone: they are ignored by everything else.
func removeStaleTemps(path string) {
	prefix := tempPrefix(path)
	des, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return
	}
	for _, d := range des {
		rest, ok := strings.CutPrefix(d.Name(), prefix)
		if !ok || !d.IsDir() {
			continue
		}
		pid, _, ok := strings.Cut(rest, "-")
		n, err := strconv.Atoi(pid)
		if !ok || err != nil || alive(n) {
			continue
		}
		_ = os.RemoveAll(filepath.Join(filepath.Dir(path), d.Name()))
	}
}

// alive reports whether a process with id pid may still be running.
func alive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if runtime.GOOS == "windows" {
		return true // no signal 0 there: never remove what may be in use
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// syncTree fsyncs every file and folder under root, root included.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return syncDir(p)
		}
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			return err
		}
		err = f.Sync()
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	})
}

// syncDir makes the entries of a folder durable. Windows cannot sync a
// folder; its renames are durable once they return.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("index: syncing %s: %w", dir, err)
	}
	return nil
}
