package transit

import (
	"archive/zip"
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// source opens a feed's files, from a folder or a zip.
type source interface {
	open(name string) (io.ReadCloser, error) // fs.ErrNotExist when absent
	close() error
}

type dirSource string

func (d dirSource) open(name string) (io.ReadCloser, error) {
	return os.Open(filepath.Join(string(d), name))
}
func (d dirSource) close() error { return nil }

type zipSource struct{ z *zip.ReadCloser }

func (s zipSource) open(name string) (io.ReadCloser, error) {
	for _, f := range s.z.File {
		// Some feeds nest their files in one folder inside the zip.
		if path.Base(f.Name) == name {
			return f.Open()
		}
	}
	return nil, fs.ErrNotExist
}
func (s zipSource) close() error { return s.z.Close() }

func openSource(p string) (source, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, feedError(p, 0, "", "%v", err)
	}
	if st.IsDir() {
		return dirSource(p), nil
	}
	z, err := zip.OpenReader(p)
	if err != nil {
		return nil, feedError(p, 0, "", "not a folder or a zip: %v", err)
	}
	return zipSource{z}, nil
}

// table reads one GTFS file row by row, fields by name.
type table struct {
	name string
	r    *csv.Reader
	cols map[string]int
	rec  []string
	row  int
}

// readTable opens name and reads its header; a missing optional file
// gives a nil table, a missing required one an error. fn is called per
// row.
func readTable(src source, name string, required bool, need []string, fn func(t *table) error) error {
	rc, err := src.open(name)
	if errors.Is(err, fs.ErrNotExist) {
		if required {
			return feedError(name, 0, "", "required file missing")
		}
		return nil
	}
	if err != nil {
		return feedError(name, 0, "", "%v", err)
	}
	defer rc.Close()
	t := &table{name: name, r: csv.NewReader(rc), cols: map[string]int{}, row: 1}
	t.r.FieldsPerRecord = -1
	t.r.ReuseRecord = true
	head, err := t.r.Read()
	if err != nil {
		return feedError(name, 1, "", "no header: %v", err)
	}
	for i, h := range head {
		t.cols[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, f := range need {
		if _, ok := t.cols[f]; !ok {
			return feedError(name, 1, f, "column missing from the header")
		}
	}
	for {
		t.rec, err = t.r.Read()
		if err == io.EOF {
			return nil
		}
		t.row++
		if err != nil {
			return feedError(name, t.row, "", "%v", err)
		}
		if err := fn(t); err != nil {
			return err
		}
	}
}

// get is a field's value, "" when the column or the value is absent.
func (t *table) get(field string) string {
	i, ok := t.cols[field]
	if !ok || i >= len(t.rec) {
		return ""
	}
	return strings.TrimSpace(t.rec[i])
}

// errf is an ErrFeed at this row and field.
func (t *table) errf(field, format string, a ...any) error {
	return feedError(t.name, t.row, field, format, a...)
}
