package safetext

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain text is unchanged", "Caffè Aurora — lavapiatti\tpart-time\n", "Caffè Aurora — lavapiatti\tpart-time\n"},
		{"escape sequence that clears the screen is shown", "\x1b[2JKitchen porter", `\x1b[2JKitchen porter`},
		{"bell, NUL, carriage return and DEL are shown", "a\x07b\x00c\rd\x7f", `a\x07b\x00c\x0dd\x7f`},
		{"C1 control is shown", "x\u009b31m", `x\u009b31m`},
		{"right-to-left override is shown", "cv\u202eexe.pdf", `cv\u202eexe.pdf`},
		{"invalid UTF-8 is shown byte by byte", "caf\xe9 \xff", `caf\xe9 \xff`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := String(c.in); got != c.want {
				t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// Splitting the input at every byte boundary gives the same output as
// escaping it whole: a UTF-8 sequence split across writes is not mangled.
func TestWriterSplitWrites(t *testing.T) {
	in := []byte("Caffè \x1b[31m€ 9,50\u009b ok \xff\xe2\x82 end é")
	want := String(string(in))
	for cut := range len(in) + 1 {
		for cut2 := cut; cut2 <= len(in); cut2++ {
			var out bytes.Buffer
			w := NewWriter(&out)
			for _, part := range [][]byte{in[:cut], in[cut:cut2], in[cut2:]} {
				n, err := w.Write(part)
				if err != nil || n != len(part) {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if out.String() != want {
				t.Fatalf("cuts %d,%d: got %q, want %q", cut, cut2, out.String(), want)
			}
		}
	}
}

func TestWriterFlushesIncompleteTail(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	w.Write([]byte("ok \xe2\x82"))
	if out.String() != "ok " {
		t.Fatalf("before Flush: %q", out.String())
	}
	w.Flush()
	if out.String() != `ok \xe2\x82` {
		t.Fatalf("after Flush: %q", out.String())
	}
}

func FuzzString(f *testing.F) {
	f.Add("\x1b[2J title")
	f.Add("caf\xe9")
	f.Add("\u202e\u0085\x7f")
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if !utf8.ValidString(got) {
			t.Fatalf("String(%q) = %q is not valid UTF-8", s, got)
		}
		for _, r := range got {
			if unsafe(r) {
				t.Fatalf("String(%q) = %q keeps %U", s, got, r)
			}
		}
		if clean([]byte(s)) && got != s {
			t.Fatalf("clean text changed: %q -> %q", s, got)
		}
		var out bytes.Buffer
		w := NewWriter(&out)
		half := len(s) / 2
		w.Write([]byte(s[:half]))
		w.Write([]byte(s[half:]))
		w.Flush()
		if out.String() != got {
			t.Fatalf("Writer gave %q, String gave %q", out.String(), got)
		}
	})
}

func TestWriterKeepCR(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	w.KeepCR = true
	w.Write([]byte("\rindexing 3/10"))
	w.Write([]byte("\r\x1b[2J"))
	if want := "\rindexing 3/10" + `\x0d\x1b[2J`; out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}
