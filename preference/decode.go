package preference

import (
	"io"
	"os"
	"path/filepath"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

// Decode reads one profile from JSON strictly and validates it. Unknown
// fields, such as a diagnosis, are errors naming the field. file names the
// source in errors and may be empty.
func Decode(data []byte, file string) (Profile, error) {
	var p Profile
	if err := record.DecodeJSON(data, &p); err != nil {
		return Profile{}, record.Locate(err, file, 0)
	}
	if err := p.Validate(); err != nil {
		return Profile{}, record.Locate(err, file, 0)
	}
	return p, nil
}

// Read decodes one profile from r; see Decode.
func Read(r io.Reader, file string) (Profile, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return Profile{}, err
	}
	return Decode(b, file)
}

// Load decodes the profile in the named file; errors name the file.
func Load(path string) (Profile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Profile{}, err
	}
	return Decode(b, filepath.Base(path))
}

// RecordID returns the profile's pseudonymous id.
func (p *Profile) RecordID() string { return p.ID }
