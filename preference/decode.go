package preference

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

// Decode reads one profile from JSON strictly and validates it. Unknown
// fields (such as a diagnosis), keys given twice or in another case,
// invalid UTF-8 and values over the size limits are errors naming the
// field; no error quotes what the profile says. A UTF-8 BOM is skipped.
// file names the source in errors and may be empty. Warnings are dropped;
// DecodeWarn returns them.
func Decode(data []byte, file string) (Profile, error) {
	p, _, err := DecodeWarn(data, file)
	return p, err
}

// DecodeWarn is Decode that also returns the warnings about what it
// accepted, such as control characters in a free-text field.
func DecodeWarn(data []byte, file string) (Profile, []Warning, error) {
	var p Profile
	ws, err := record.DecodeJSONWarn(data, &p)
	if err != nil {
		return Profile{}, nil, record.Locate(err, file, 0)
	}
	if err := p.Validate(); err != nil {
		return Profile{}, nil, record.Locate(err, file, 0)
	}
	return p, record.LocateWarnings(ws, file, 0, p.ID), nil
}

// Read decodes one profile from r; see Decode. It reads at most
// MaxRecordBytes.
func Read(r io.Reader, file string) (Profile, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxRecordBytes+1))
	if err != nil {
		return Profile{}, err
	}
	if len(b) > MaxRecordBytes {
		return Profile{}, tooLarge(file)
	}
	return Decode(b, file)
}

// Load decodes the profile in the named file; errors name the file.
func Load(path string) (Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return Profile{}, err
	}
	defer f.Close()
	return Read(f, filepath.Base(path))
}

func tooLarge(file string) error {
	return &FieldError{File: file, Err: fmt.Errorf("%w: a profile is at most %d bytes (MaxRecordBytes)", ErrTooLarge, MaxRecordBytes)}
}

// RecordID returns the profile's pseudonymous id.
func (p *Profile) RecordID() string { return p.ID }
