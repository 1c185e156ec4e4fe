package fold

import "testing"

func TestString(t *testing.T) {
	for in, want := range map[string]string{"Rengøring": "rengoring", "Società": "societa", "PULIZÌE": "pulizie", "Straße": "strasse", "cocina": "cocina"} {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}
