package export

import (
	"fmt"
	"html/template"
	"io"

	"github.com/ipsmatch/ipsmatch/internal/i18n"
	"github.com/ipsmatch/ipsmatch/match"
	"golang.org/x/text/language"
)

var page = template.Must(template.New("list").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8">
<title>{{.F "Jobs to look at together, %s" .Today}}</title>
<style>
body{font-family:sans-serif;max-width:48em;margin:1em auto;line-height:1.4}
.job{border-top:1px solid #999;padding:.5em 0;break-inside:avoid}
h1{font-size:1.4em} h2{font-size:1.1em;margin:.2em 0} .how{font-style:italic}
@media print{body{margin:0}}
</style></head><body>
<h1>{{.T "Jobs to look at together"}}</h1>
<p>{{.F "Made on %s. These are jobs that fit what you said you want. You decide which ones to go for." .Today}}</p>
{{range .Res.Results}}<div class="job">
<h2>{{.Rank}}. {{if .EmployerName}}{{$.F "%s at %s" .Title .EmployerName}}{{else}}{{.Title}}{{end}}</h2>
<p>{{with $.Km .DistanceKm}}{{.}}{{end}}{{with $.Mins .CommuteMinutes}}, {{.}}{{end}}</p>
<ul>{{range .Reasons}}{{if eq .Effect "plus"}}<li>{{.Text}}</li>{{end}}{{end}}</ul>
{{if .Flags}}<p>{{$.T "To check:"}} {{range $i, $f := .Flags}}{{if $i}}; {{end}}{{$f}}{{end}}</p>{{end}}
<p class="how">{{$.Action .Action}}</p>
</div>
{{else}}<p>{{.T "No job fits everything you asked for today. Let us talk about what could change."}}</p>
{{end}}</body></html>
`))

// pageData is what the page reads: the list and the words of its language.
type pageData struct {
	Res   match.Results
	Lang  string // the page's lang attribute: en, it, es or da
	Today string // the day of the list as the language writes it
	w     words
}

func (d pageData) T(en string) string               { return d.w.tr(en) }
func (d pageData) F(format string, a ...any) string { return d.w.sprintf(format, a...) }

// Km is a distance, with the language's decimal separator.
func (d pageData) Km(f *float64) string {
	if f == nil {
		return ""
	}
	return d.w.sprintf("%.1f km", *f)
}

// Mins is a journey's minutes.
func (d pageData) Mins(m *int) string {
	if m == nil {
		return ""
	}
	return d.w.sprintf("about %d min", *m)
}

// Action says what the client's disclosure choice means for applying.
func (d pageData) Action(a match.Action) string { return match.ActionText(a, d.w.lang) }

// ResultsHTML writes a printable page of a client's list, to share with
// the client: the jobs, why each fits in plain words, what to check, and
// what the client's disclosure choice means for applying. It names no
// one but the client's own list (no client id). lang is the language of
// the page's own words (English when zero); the reasons and flags are
// the list's, in the language it was matched in (match.Options.Lang).
func ResultsHTML(w io.Writer, res match.Results, lang language.Tag) error {
	ws := wordsIn(lang)
	d := pageData{Res: res, Lang: i18n.Base(ws.lang), Today: ws.date(res.Today), w: ws}
	if err := page.Execute(w, d); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
