package index

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	mmap "github.com/blevesearch/mmap-go"
)

// Segment files live in a folder beside bleve's, one per batch, named by
// the batch's sequence number. A segment is written and synced before
// bleve commits the batch that records its number (seqKey, in the same
// bleve batch), so after a crash bleve's number says which segments
// belong to the index: any with a higher number is from a batch that never
// committed and is removed at open.
const (
	segDir = "ipsmatch-segments"
	seqKey = "ipsmatch.batch_seq"
)

func segName(seq uint64) string { return fmt.Sprintf("%016d.seg", seq) }

// writeSegmentFile stores data as the segment numbered seq, durably.
func writeSegmentFile(root string, seq uint64, data []byte) error {
	return writeFileSynced(filepath.Join(root, segDir), segName(seq), data)
}

// writeFileSynced writes data to dir/name through a synced temporary
// file and a rename, so the file is whole or absent after a crash.
func writeFileSynced(dir, name string, data []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(dir, name+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, name))
	}
	if err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return syncDir(dir)
}

// segmentFiles lists the committed segments' sequence numbers in order.
// With prune (the writer), it removes files of batches after upTo, which
// never committed; a reader leaves them, since they may be a batch the
// writer is committing now.
func segmentFiles(root string, upTo uint64, prune bool) ([]uint64, error) {
	dir := filepath.Join(root, segDir)
	names, err := segDirNames(root)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for _, name := range names {
		if strings.HasSuffix(name, ".state") {
			continue // see stateFiles
		}
		seq, ok := seqOf(name, ".seg")
		if !ok || seq > upTo {
			if !prune {
				continue
			}
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return nil, err
			}
			continue
		}
		out = append(out, seq)
	}
	slices.Sort(out)
	return out, nil
}

// segDirNames lists the segment folder's file names; none when it does
// not exist.
func segDirNames(root string) ([]string, error) {
	ents, err := os.ReadDir(filepath.Join(root, segDir))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	names := make([]string, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
	}
	return names, nil
}

// seqOf reads the sequence number of a file name with suffix.
func seqOf(name, suffix string) (uint64, bool) {
	s, ok := strings.CutSuffix(name, suffix)
	if !ok {
		return 0, false
	}
	seq, err := strconv.ParseUint(s, 10, 64)
	return seq, err == nil
}

// mappedFile is a segment file mapped read-only into memory: its pages
// are read from disk only when touched.
type mappedFile struct {
	f *os.File
	m mmap.MMap
}

func mapSegment(root string, seq uint64) (*mappedFile, error) {
	return mapFile(filepath.Join(root, segDir, segName(seq)))
}

func mapFile(path string) (*mappedFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	m, err := mmap.Map(f, mmap.RDONLY, 0)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &mappedFile{f: f, m: m}, nil
}

func (m *mappedFile) close() error {
	err := m.m.Unmap()
	if cerr := m.f.Close(); err == nil {
		err = cerr
	}
	return err
}
