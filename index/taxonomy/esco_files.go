package taxonomy

import (
	"archive/zip"
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// The ESCO v1.1.1 files LoadESCO reads. The European Commission ships them
// in esco-v1.1.1-classification-en-csv.zip (occupations, skills, ISCO
// groups) and esco-v1.1.1-relations-csv.zip (occupation-skill relations and
// the occupation hierarchy), sometimes inside a folder.
const (
	escoOccupations = "occupations_en.csv"
	escoSkills      = "skills_en.csv"
	escoISCOGroups  = "ISCOGroups_en.csv"
	escoRelations   = "occupationSkillRelations.csv"
	escoBroaderOcc  = "broaderRelationsOccPillar.csv"
)

// escoSource says where one ESCO file is: a plain file, or an entry of a zip.
type escoSource struct {
	path  string // the CSV file, or the zip holding it
	entry string // name inside the zip; "" for a plain file
}

// findESCO walks root, plain files and zip files alike, and returns where
// each wanted file is, by base name. The first one found in lexical walk
// order wins, so the answer does not depend on the file system.
func findESCO(root string, wanted ...string) (map[string]escoSource, error) {
	want := makeSet(wanted...)
	found := make(map[string]escoSource, len(wanted))
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		base := d.Name()
		if _, ok := want[base]; ok {
			if _, dup := found[base]; !dup {
				found[base] = escoSource{path: p}
			}
			return nil
		}
		if !strings.EqualFold(filepath.Ext(base), ".zip") {
			return nil
		}
		zr, err := zip.OpenReader(p)
		if err != nil {
			return fmt.Errorf("esco: %s: %w", p, err)
		}
		defer zr.Close()
		for _, f := range zr.File {
			name := path.Base(f.Name)
			if _, ok := want[name]; !ok || strings.HasSuffix(f.Name, "/") {
				continue
			}
			if _, dup := found[name]; !dup {
				found[name] = escoSource{path: p, entry: f.Name}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, name := range wanted {
		if _, ok := found[name]; !ok {
			return nil, fmt.Errorf("esco: %s: not under %s, nor in a zip there: %w", name, root, ErrESCOMissingFile)
		}
	}
	return found, nil
}

// open returns the file's bytes as a stream; closing it closes the zip too.
func (s escoSource) open() (io.ReadCloser, error) {
	if s.entry == "" {
		return os.Open(s.path)
	}
	zr, err := zip.OpenReader(s.path)
	if err != nil {
		return nil, err
	}
	for _, f := range zr.File {
		if f.Name == s.entry {
			rc, err := f.Open()
			if err != nil {
				zr.Close()
				return nil, err
			}
			return zipEntry{rc, zr}, nil
		}
	}
	zr.Close()
	return nil, fmt.Errorf("%s: entry %s vanished: %w", s.path, s.entry, fs.ErrNotExist)
}

type zipEntry struct {
	io.ReadCloser
	zip *zip.ReadCloser
}

func (z zipEntry) Close() error {
	return errors.Join(z.ReadCloser.Close(), z.zip.Close())
}

// csvTable streams the rows of one ESCO CSV file and finds columns by their
// header name.
type csvTable struct {
	name string // base file name, for messages
	r    *csv.Reader
	cols map[string]int
	rc   io.Closer
}

func openTable(name string, src escoSource) (*csvTable, error) {
	rc, err := src.open()
	if err != nil {
		return nil, fmt.Errorf("esco: %s: %w", name, err)
	}
	br := bufio.NewReaderSize(rc, 256<<10)
	if bom, _ := br.Peek(3); string(bom) == "\uFEFF" {
		_, _ = br.Discard(3)
	}
	r := csv.NewReader(br)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("esco: %s: header: %w: %w", name, ErrESCOMalformed, err)
	}
	cols := make(map[string]int, len(header))
	for i, h := range header {
		cols[strings.TrimSpace(h)] = i
	}
	return &csvTable{name: name, r: r, cols: cols, rc: rc}, nil
}

// column returns the index of a required column.
func (t *csvTable) column(name string) (int, error) {
	i, ok := t.cols[name]
	if !ok {
		return 0, fmt.Errorf("esco: %s: missing column %q: %w", t.name, name, ErrESCOMissingColumn)
	}
	return i, nil
}

// optionalColumn returns the index of a column, or -1 when it is absent.
func (t *csvTable) optionalColumn(name string) int {
	if i, ok := t.cols[name]; ok {
		return i
	}
	return -1
}

// each calls fn for every data row. The row is reused between calls and its
// strings share memory with the whole row (descriptions included), so fn
// must strings.Clone what it keeps. Rows shorter than need are malformed.
func (t *csvTable) each(need int, fn func(row []string) error) error {
	for {
		row, err := t.r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("esco: %s: %w: %w", t.name, ErrESCOMalformed, err)
		}
		if len(row) <= need {
			line, _ := t.r.FieldPos(0)
			return fmt.Errorf("esco: %s line %d: %d fields, want at least %d: %w", t.name, line, len(row), need+1, ErrESCOMalformed)
		}
		if err := fn(row); err != nil {
			return err
		}
	}
}

func (t *csvTable) Close() error { return t.rc.Close() }
