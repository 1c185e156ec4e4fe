package jobposting

import (
	"bytes"
	"strings"
)

// scriptBlock is the body of one <script type="application/ld+json">, with
// its byte offset in the page.
type scriptBlock struct {
	offset int
	body   []byte
}

// scriptBlocks finds the ld+json script blocks of an HTML page. It is a
// tolerant scanner, not an HTML parser: it accepts any case, quoted or bare
// attribute values, and a missing </script> (the block then runs to the end,
// so a truncated page gives a JSON error at the right offset).
func scriptBlocks(page []byte) []scriptBlock {
	var out []scriptBlock
	pos := 0
	for {
		i := indexFold(page[pos:], "<script")
		if i < 0 {
			return out
		}
		tagStart := pos + i + len("<script")
		if tagStart < len(page) && !isSpaceOrEnd(page[tagStart]) {
			pos = tagStart
			continue
		}
		end := bytes.IndexByte(page[tagStart:], '>')
		if end < 0 {
			return out
		}
		attrs := string(page[tagStart : tagStart+end])
		bodyStart := tagStart + end + 1
		bodyEnd := len(page)
		if j := indexFold(page[bodyStart:], "</script"); j >= 0 {
			bodyEnd = bodyStart + j
		}
		if isLDJSON(attrs) {
			body := blankWrappers(page[bodyStart:bodyEnd])
			out = append(out, scriptBlock{offset: bodyStart, body: body})
		}
		pos = bodyEnd
	}
}

func isSpaceOrEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>'
}

// isLDJSON reports whether a script tag's attributes declare JSON-LD.
func isLDJSON(attrs string) bool {
	for name, value := range scanAttrs(attrs) {
		if strings.EqualFold(name, "type") {
			v, _, _ := strings.Cut(value, ";")
			return strings.EqualFold(strings.TrimSpace(v), "application/ld+json")
		}
	}
	return false
}

// scanAttrs yields the name and value of each attribute in a tag's text.
func scanAttrs(s string) func(yield func(name, value string) bool) {
	return func(yield func(name, value string) bool) {
		i := 0
		for i < len(s) {
			for i < len(s) && isAttrSpace(s[i]) {
				i++
			}
			start := i
			for i < len(s) && !isAttrSpace(s[i]) && s[i] != '=' {
				i++
			}
			name := s[start:i]
			for i < len(s) && isAttrSpace(s[i]) {
				i++
			}
			value := ""
			if i < len(s) && s[i] == '=' {
				i++
				for i < len(s) && isAttrSpace(s[i]) {
					i++
				}
				if i < len(s) && (s[i] == '"' || s[i] == '\'') {
					q := s[i]
					i++
					vs := i
					for i < len(s) && s[i] != q {
						i++
					}
					value = s[vs:i]
					i++
				} else {
					vs := i
					for i < len(s) && !isAttrSpace(s[i]) {
						i++
					}
					value = s[vs:i]
				}
			}
			if name == "" {
				i++
				continue
			}
			if !yield(name, value) {
				return
			}
		}
	}
}

func isAttrSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// blankWrappers replaces the HTML comment and CDATA markers some pages wrap
// around script bodies with spaces, keeping offsets.
func blankWrappers(b []byte) []byte {
	out := bytes.Clone(b)
	for _, m := range []string{"<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"} {
		t := bytes.TrimSpace(out)
		if len(t) == 0 {
			break
		}
		if bytes.HasPrefix(t, []byte(m)) {
			i := bytes.Index(out, []byte(m))
			copy(out[i:], bytes.Repeat([]byte(" "), len(m)))
		}
		if bytes.HasSuffix(t, []byte(m)) {
			i := bytes.LastIndex(out, []byte(m))
			copy(out[i:], bytes.Repeat([]byte(" "), len(m)))
		}
	}
	return out
}

// indexFold is bytes.Index ignoring ASCII case; sub is lower case.
func indexFold(b []byte, sub string) int {
	n, sb := len(sub), []byte(sub)
	for i := 0; i+n <= len(b); i++ {
		if bytes.EqualFold(b[i:i+n], sb) {
			return i
		}
	}
	return -1
}
