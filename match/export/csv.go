package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
)

// cell makes a value safe for a spreadsheet: text starting with = + - @
// (or a tab or carriage return) would be read as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func writeAll(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	for _, r := range rows {
		for i := range r {
			r[i] = cell(r[i])
		}
		if err := cw.Write(r); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func optNum(f *float64) string {
	if f == nil {
		return ""
	}
	return num(*f)
}

// ResultsCSV writes a client's list, one vacancy a row, best first, with
// the action the client's disclosure allows and the reasons in words.
func ResultsCSV(w io.Writer, res match.Results) error {
	rows := [][]string{{"rank", "vacancy_id", "title", "employer", "score", "distance_km", "commute_minutes", "action", "competitive", "flags", "reasons"}}
	for _, r := range res.Results {
		mins := ""
		if r.CommuteMinutes != nil {
			mins = strconv.Itoa(*r.CommuteMinutes)
		}
		var why []string
		for _, x := range r.Reasons {
			why = append(why, x.Text)
		}
		rows = append(rows, []string{strconv.Itoa(r.Rank), r.ID, r.Title, nameOr(r.EmployerName, r.EmployerID), num(r.Score),
			optNum(r.DistanceKm), mins, string(r.Action), strconv.FormatBool(r.Competitive), strings.Join(r.Flags, "; "), strings.Join(why, "; ")})
	}
	return writeAll(w, rows)
}

// IPS25CSV writes the IPS-25 items, one a row; unmeasured items have an
// empty score.
func IPS25CSV(w io.Writer, items []fidelity.IPS25Item) error {
	rows := [][]string{{"item", "name", "measured", "score", "value", "basis", "anchors"}}
	for _, it := range items {
		score, value := "", ""
		if it.Measured {
			score, value = strconv.Itoa(it.Score), num(it.Value)
		}
		rows = append(rows, []string{strconv.Itoa(it.Number), it.Name, strconv.FormatBool(it.Measured), score, value, it.Basis, it.Anchors})
	}
	return writeAll(w, rows)
}

// QuartersCSV writes the quarterly trend, one quarter a row; endings by
// reason are "reason:count" pairs.
func QuartersCSV(w io.Writer, qs []fidelity.QuarterFigures) error {
	rows := [][]string{{"quarter", "from", "to", "caseload", "worked", "employment_rate", "benchmark_band", "job_starts",
		"retained_90", "judged_90", "median_tenure_days", "endings"}}
	for _, q := range qs {
		rows = append(rows, []string{q.Quarter, q.From.String(), q.To.String(), strconv.Itoa(q.Caseload), strconv.Itoa(q.Worked),
			num(round3(q.EmploymentRate)), q.Band, strconv.Itoa(q.JobStarts), strconv.Itoa(q.Retention90.Num), strconv.Itoa(q.Retention90.Den),
			strconv.Itoa(q.MedianTenureDays), endings(q.Endings)})
	}
	return writeAll(w, rows)
}

// EquityCSV writes the equity view, one group a row; a suppressed group's
// figures are empty.
func EquityCSV(w io.Writer, gs []fidelity.GroupFigures) error {
	rows := [][]string{{"group", "suppressed", "clients", "worked", "employment_rate", "job_starts", "retained_90", "judged_90", "median_tenure_days", "endings"}}
	for _, g := range gs {
		if g.Suppressed {
			rows = append(rows, []string{g.Group, "true", "", "", "", "", "", "", "", ""})
			continue
		}
		rows = append(rows, []string{g.Group, "false", strconv.Itoa(g.Clients), strconv.Itoa(g.Worked), num(round3(g.EmploymentRate)),
			strconv.Itoa(g.JobStarts), strconv.Itoa(g.Retention90.Num), strconv.Itoa(g.Retention90.Den), strconv.Itoa(g.MedianTenureDays), endings(g.Endings)})
	}
	return writeAll(w, rows)
}

func endings[K ~string](m map[K]int) string {
	var parts []string
	for k, n := range m {
		parts = append(parts, fmt.Sprintf("%s:%d", k, n))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

func nameOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
