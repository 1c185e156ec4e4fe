package journal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ipsmatch/ipsmatch/index/store"
)

// openWriter reads the file, creating it with its header when absent,
// migrating it when it is version 1, and cutting off a batch a crash left
// without its commit line. The caller holds the lock file.
func (j *Journal) openWriter() error {
	data, err := os.ReadFile(j.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		data = nil
	case err != nil:
		return fmt.Errorf("journal: %w", err)
	}
	if !bytes.HasPrefix(data, headerPrefix) {
		if data, err = migrate(j.dir, j.path, data); err != nil {
			return err
		}
	}
	if err := j.replayAll(data); err != nil {
		return err
	}
	if j.file, err = os.OpenFile(j.path, os.O_RDWR|os.O_APPEND, 0); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if j.size < int64(len(data)) {
		// A crash cut the last batch before its commit line: drop it now,
		// so that the next batch follows the last committed one.
		if err := j.file.Truncate(j.size); err != nil {
			return fmt.Errorf("journal: cut the uncommitted end of %s: %w", j.path, err)
		}
		if err := j.file.Sync(); err != nil {
			return fmt.Errorf("journal: %w", err)
		}
	}
	return nil
}

// replayAll replays a whole version 2 file into j.st: its header, then its
// committed batches.
func (j *Journal) replayAll(data []byte) error {
	i := bytes.IndexByte(data, '\n')
	if i < 0 {
		return corrupt(j.path, 1, errors.New("the header line is not whole"))
	}
	if err := decodeHeader(data[:i]); errors.Is(err, store.ErrSchemaVersion) {
		return fmt.Errorf("journal %s: %w", j.path, err)
	} else if err != nil {
		return corrupt(j.path, 1, err)
	}
	used, lines, err := replay(j.st, j.path, data[i+1:], 1)
	j.size, j.line = int64(i+1+used), 1+lines
	return err
}

// reload reads the file afresh for a reader: at open, and when a
// migration replaced it. The caller holds j.mu.
func (j *Journal) reload() error {
	f, err := os.Open(j.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	info, err := f.Stat()
	var data []byte
	if err == nil {
		data, err = io.ReadAll(f)
	}
	if err != nil {
		f.Close()
		return fmt.Errorf("journal: read %s: %w", j.path, err)
	}
	old := j.file
	j.st, j.size, j.line, j.legacy = newState(), 0, 0, false
	if bytes.HasPrefix(data, headerPrefix) {
		err = j.replayAll(data)
	} else if len(data) > 0 && bytes.IndexByte(data, '\n') < 0 && bytes.HasPrefix(headerPrefix, data) {
		err = nil // a header being written: nothing committed yet
	} else {
		j.legacy = true
		var used int
		_, used, j.line, err = replayLegacy(j.st, j.path, data, 0)
		j.size = int64(used)
	}
	if err != nil {
		f.Close()
		return err
	}
	j.file, j.info = f, info
	if old != nil {
		old.Close()
	}
	return nil
}

// catchUp brings a reader up to date with what the writer committed since
// the last read: a stat when nothing changed, the new bytes when the file
// grew, a reload when a migration replaced it.
func (j *Journal) catchUp() error {
	if !j.readOnly {
		return nil
	}
	info, err := os.Stat(j.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	j.mu.RLock()
	fresh := j.file != nil && os.SameFile(info, j.info) && info.Size() == j.size
	j.mu.RUnlock()
	if fresh {
		return nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return ErrClosed
	}
	if j.file == nil || !os.SameFile(info, j.info) || info.Size() < j.size {
		return j.reload()
	}
	if info.Size() == j.size {
		return nil
	}
	data := make([]byte, info.Size()-j.size)
	n, err := j.file.ReadAt(data, j.size)
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("journal: read %s: %w", j.path, err)
	}
	data = data[:n]
	var used, lines int
	if j.legacy {
		_, used, lines, err = replayLegacy(j.st, j.path, data, j.line)
	} else {
		used, lines, err = replay(j.st, j.path, data, j.line)
	}
	j.size += int64(used)
	j.line += lines
	return err
}

// append writes a framed batch and syncs it. On failure it cuts the file
// back, so that a half-written batch does not stay; if even that fails,
// replay ignores it for want of its commit line. The caller holds j.mu.
func (j *Journal) append(b []byte) error {
	_, err := j.file.Write(b)
	if err == nil {
		err = j.file.Sync()
	}
	if err != nil {
		_ = j.file.Truncate(j.size)
		return fmt.Errorf("journal: write %s: %w", j.path, err)
	}
	j.size += int64(len(b))
	return nil
}

// migrate rewrites a version 1 file (or creates a new one) as version 2,
// atomically, and returns the new content: a header, then one batch with
// the versions the old lines recorded and the specialists they name. A
// torn last line is left behind, as replay ignored it.
func migrate(dir, path string, data []byte) ([]byte, error) {
	es, _, _, err := replayLegacy(newState(), path, data, 0)
	if err != nil {
		return nil, err
	}
	content := encodeHeader()
	if len(es) > 0 {
		b, err := encodeBatch(es)
		if err != nil {
			return nil, err
		}
		content = append(content, b...)
	}
	return content, writeAtomic(dir, path, content)
}

// writeAtomic replaces path by content: a temporary file in the same
// directory, synced, renamed over path, and the directory synced, so that
// a crash leaves either the old file or the new one.
func writeAtomic(dir, path string, content []byte) error {
	tmp, err := os.CreateTemp(dir, FileName+".*.tmp")
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	_, err = tmp.Write(content)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("journal: write %s: %w", path, err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("journal: sync %s: %w", dir, err)
	}
	return nil
}

// syncDir makes a directory entry (a new or renamed file) durable.
func syncDir(dir string) error {
	d, err := os.Open(filepath.Clean(dir))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
