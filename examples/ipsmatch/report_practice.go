package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/match/export"
	"github.com/ipsmatch/ipsmatch/match/fidelity"
)

// moreReports are report's IPS-25, quarterly and equity views.
type moreReports struct {
	ips25    bool
	quarters int
	equity   string
	csv      bool
}

func (m *moreReports) register(fs *flag.FlagSet) {
	fs.BoolVar(&m.ips25, "ips25", false, "score the IPS-25 fidelity items the data can measure (1-5), and list those it cannot")
	fs.IntVar(&m.quarters, "quarters", 0, "the last N calendar quarters: employment rate against the IPS benchmarks (41% average, 50% excellent), starts, endings by reason, 90-day retention")
	fs.StringVar(&m.equity, "equity", "", "CSV of client_id,group chosen by the programme: split outcomes by group (groups under 5 suppressed); read for this report only, never stored")
	fs.BoolVar(&m.csv, "csv", false, "with --ips25, --quarters or --equity: write CSV")
}

func (m *moreReports) any() bool { return m.ips25 || m.quarters > 0 || m.equity != "" }

func (m *moreReports) check() error {
	n := 0
	for _, b := range []bool{m.ips25, m.quarters != 0, m.equity != ""} {
		if b {
			n++
		}
	}
	switch {
	case n > 1:
		return usageErr("give one of --ips25, --quarters, --equity")
	case m.quarters < 0 || m.quarters > 40:
		return usageErr("--quarters must be 1..40")
	case m.csv && n == 0:
		return usageErr("--csv goes with --ips25, --quarters or --equity")
	}
	return nil
}

func (m *moreReports) run(e *env, w *world, in fidelity.Input, asJSON bool) error {
	switch {
	case m.ips25:
		items, err := fidelity.IPS25(fidelity.IPS25Input{Input: in, Competitive: func(p employer.Placement) (bool, bool) {
			if en, ok := w.Index.Vacancy(p.VacancyID); ok && p.VacancyID != "" {
				return en.Competitive(), true
			}
			return false, false
		}})
		if err != nil {
			return err
		}
		if m.csv {
			return export.IPS25CSV(e.stdout, items)
		}
		if asJSON {
			return writeJSON(e.stdout, items)
		}
		printIPS25(e, in, items)
	case m.quarters > 0:
		qs, err := fidelity.Quarters(in, m.quarters)
		if err != nil {
			return err
		}
		if m.csv {
			return export.QuartersCSV(e.stdout, qs)
		}
		if asJSON {
			return writeJSON(e.stdout, qs)
		}
		printQuarters(e, qs)
	default:
		g, err := readGrouping(m.equity)
		if err != nil {
			return err
		}
		gs, err := fidelity.Equity(in, g)
		if err != nil {
			return err
		}
		if m.csv {
			return export.EquityCSV(e.stdout, gs)
		}
		if asJSON {
			return writeJSON(e.stdout, gs)
		}
		printEquity(e, in, gs)
	}
	return nil
}

func printIPS25(e *env, in fidelity.Input, items []fidelity.IPS25Item) {
	out := e.stdout
	fmt.Fprintln(out, e.sprintf("IPS-25 items measurable from data, %s to %s", e.date(in.Period.From), e.date(in.Period.To))+"\n")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, e.header("#", "item", "score", "basis"))
	var not []string
	for _, it := range items {
		if !it.Measured && it.Anchors == "" { // what the data cannot show has no anchors
			not = append(not, fmt.Sprintf("%d %s", it.Number, it.Name))
			continue
		}
		score := "-"
		if it.Measured {
			score = fmt.Sprintf("%d/5", it.Score)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", it.Number, it.Name, score, e.sprintf("%s (anchors: %s)", it.Basis, it.Anchors))
	}
	tw.Flush()
	fmt.Fprintln(out, "\n"+e.sprintf("Not measurable from the contact log and job starts (%d items; a fidelity review scores them): %s", len(not), strings.Join(not, "; ")))
}

func printQuarters(e *env, qs []fidelity.QuarterFigures) {
	out := e.stdout
	fmt.Fprintln(out, e.sprintf("Quarterly outcomes against the IPS benchmarks (about %.0f%% working is average, %.0f%% excellent)",
		fidelity.BenchmarkAverage*100, fidelity.BenchmarkExcellent*100)+"\n")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, e.header("quarter", "worked", "rate", "band", "starts", "90-day retention", "median tenure", "endings"))
	for _, q := range qs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", q.Quarter, e.sprintf("%d of %d", q.Worked, q.Caseload), e.sprintf("%.0f%%", q.EmploymentRate*100),
			e.tr(q.Band), q.JobStarts, e.sprintf("%d of %d", q.Retention90.Num, q.Retention90.Den), e.sprintf("%d days", q.MedianTenureDays), endingsText(e, q.Endings))
	}
	tw.Flush()
	fmt.Fprintln(out, "\n"+e.tr("Every ending starts a new job search. Clients who left the programme are not in the caseload and are not counted."))
}

func printEquity(e *env, in fidelity.Input, gs []fidelity.GroupFigures) {
	out := e.stdout
	fmt.Fprintln(out, e.sprintf("Outcomes by the programme's grouping, %s to %s (the grouping is not stored; groups under %d clients are suppressed)",
		e.date(in.Period.From), e.date(in.Period.To), fidelity.MinGroup)+"\n")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, e.header("group", "worked", "rate", "starts", "90-day retention", "median tenure", "endings"))
	for _, g := range gs {
		if g.Suppressed {
			fmt.Fprintf(tw, "%s\t%s\n", g.Group, e.sprintf("suppressed (fewer than %d clients)", fidelity.MinGroup))
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", g.Group, e.sprintf("%d of %d", g.Worked, g.Clients), e.sprintf("%.0f%%", g.EmploymentRate*100),
			g.JobStarts, e.sprintf("%d of %d", g.Retention90.Num, g.Retention90.Den), e.sprintf("%d days", g.MedianTenureDays), endingsText(e, g.Endings))
	}
	tw.Flush()
}

func endingsText(e *env, m map[employer.EndReason]int) string {
	var parts []string
	for k, n := range m {
		parts = append(parts, fmt.Sprintf("%s %d", e.tr(strings.ReplaceAll(string(k), "_", " ")), n))
	}
	sort.Strings(parts)
	return dashIfEmpty(strings.Join(parts, ", "))
}

// errGrouping is returned when the grouping file cannot be read.
var errGrouping = errors.New("grouping file")

// readGrouping reads client_id,group rows (a header row is optional). The
// file is read for one report and nothing of it is kept; errors name the
// line, never a label.
func readGrouping(path string) (fidelity.Grouping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 2
	g := fidelity.Grouping{}
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return g, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w %s line %d: want client_id,group", errGrouping, path, line)
		}
		id := strings.TrimSpace(rec[0])
		if line == 1 && strings.EqualFold(id, "client_id") {
			continue
		}
		if _, dup := g[id]; dup {
			return nil, fmt.Errorf("%w %s line %d: client %q is in the grouping twice", errGrouping, path, line, id)
		}
		g[id] = strings.TrimSpace(rec[1])
	}
}
