package transit

import (
	"os"
	"testing"
)

// benchDir is removed by TestMain after every test and benchmark ran.
var benchDir string

func tempDir() (string, error) {
	d, err := os.MkdirTemp("", "ipsmatch-gtfs-")
	benchDir = d
	return d, err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}
