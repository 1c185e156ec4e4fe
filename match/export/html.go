package export

import (
	"fmt"
	"html/template"
	"io"

	"github.com/ipsmatch/ipsmatch/match"
)

var page = template.Must(template.New("list").Funcs(template.FuncMap{
	"km": func(f *float64) string {
		if f == nil {
			return ""
		}
		return fmt.Sprintf("%.1f km", *f)
	},
	"mins": func(m *int) string {
		if m == nil {
			return ""
		}
		return fmt.Sprintf("about %d min", *m)
	},
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Jobs to look at together, {{.Today}}</title>
<style>
body{font-family:sans-serif;max-width:48em;margin:1em auto;line-height:1.4}
.job{border-top:1px solid #999;padding:.5em 0;break-inside:avoid}
h1{font-size:1.4em} h2{font-size:1.1em;margin:.2em 0} .how{font-style:italic}
@media print{body{margin:0}}
</style></head><body>
<h1>Jobs to look at together</h1>
<p>Made on {{.Today}}. These are jobs that fit what you said you want. You decide which ones to go for.</p>
{{range .Results}}<div class="job">
<h2>{{.Rank}}. {{.Title}}{{if .EmployerName}} at {{.EmployerName}}{{end}}</h2>
<p>{{with km .DistanceKm}}{{.}}{{end}}{{with mins .CommuteMinutes}}, {{.}}{{end}}</p>
<ul>{{range .Reasons}}{{if eq .Effect "plus"}}<li>{{.Text}}</li>{{end}}{{end}}</ul>
{{if .Flags}}<p>To check: {{range $i, $f := .Flags}}{{if $i}}; {{end}}{{$f}}{{end}}</p>{{end}}
<p class="how">{{.Action.Text}}</p>
</div>
{{else}}<p>No job fits everything you asked for today. Let us talk about what could change.</p>
{{end}}</body></html>
`))

// ResultsHTML writes a printable page of a client's list, to share with
// the client: the jobs, why each fits in plain words, what to check, and
// what the client's disclosure choice means for applying. It names no
// one but the client's own list (no client id).
func ResultsHTML(w io.Writer, res match.Results) error {
	if err := page.Execute(w, res); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
