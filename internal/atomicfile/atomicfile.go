// Package atomicfile writes small files so that, after a crash at any
// moment, the file holds either its old content or its new content: a
// temporary sibling is written and synced, renamed into place, and the
// folder synced so the rename itself survives.
package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
)

// Write replaces name with data, atomically and durably, with permission
// perm.
func Write(name string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(name)
	f, err := os.CreateTemp(dir, "."+filepath.Base(name)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a successful rename there is nothing to remove
	if err := f.Chmod(perm); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		return err
	}
	return SyncDir(dir)
}

// SyncDir makes a folder's entries (a created or renamed file) durable.
// Windows cannot sync a folder; its renames are durable once they return.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
