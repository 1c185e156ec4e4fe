package server

import (
	"mime"
	"net/http"
	"strings"
)

// download is a success that is not JSON: a spreadsheet, a calendar or a
// printable page, offered as a file to save.
type download struct {
	contentType string
	// filename is offered to save the file as; made of ids and dates.
	filename string
	body     []byte
}

// The content types of downloads.
const (
	typeCSV      = "text/csv; charset=utf-8"
	typeHTML     = "text/html; charset=utf-8"
	typeCalendar = "text/calendar; charset=utf-8"
)

func (d *download) write(w http.ResponseWriter) int {
	h := w.Header()
	h.Set("Content-Type", d.contentType)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": d.filename}))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if strings.HasPrefix(d.contentType, "text/html") {
		// The printable page carries its own style and nothing else.
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox")
	}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(d.body)
	return http.StatusOK
}

// mediaType is a content type without its parameters.
func mediaType(ct string) string {
	t, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(t))
}
