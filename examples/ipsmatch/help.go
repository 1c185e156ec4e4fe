package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// summaries are the one-line descriptions of the commands whose usage line
// does not already end in one (after ": ").
var summaries = map[string]string{
	"bench":           "measure indexing and matching speed on generated or given data",
	"clients":         "list the clients of the caseload with what each is looking for",
	"contact add":     "record a job-development contact with an employer",
	"contact amend":   "correct a recorded contact, keeping the original and the reason",
	"contact list":    "list recorded employer contacts, filtered by employer, client, specialist or dates",
	"contact void":    "withdraw a contact recorded by mistake, keeping it in the history with the reason",
	"placement list":  "list recorded job starts, filtered by employer, client, specialist or dates",
	"placement void":  "withdraw a placement recorded by mistake, keeping it in the history with the reason",
	"geocode":         "show what a geocoder finds for each address",
	"import":          "import employers, vacancies, contacts and placements from files into an index",
	"index":           "build or update a persistent index from a data folder",
	"leads":           "rank employers to approach for one client, with or without an open vacancy",
	"match":           "rank open vacancies for one client, with the reasons for each",
	"placement add":   "record that a client started a job",
	"placement amend": "correct a recorded placement, keeping the original and the reason",
	"plan":            "plan a specialist's job-development visits for the week",
	"report":          "fidelity and outcome figures for the team or one specialist",
	"taxonomy":        "load the ESCO occupations into an index",
	"understand":      "show how the client's own words for a job are read as occupations",
}

// examples show each common command as a specialist would type it.
var examples = map[string][]string{
	"match":         {"ipsmatch match --client lucia", "ipsmatch match --client lucia --rapid --limit 5 --lang it"},
	"leads":         {"ipsmatch leads --client karim", "ipsmatch leads --client karim --json"},
	"plan":          {"ipsmatch plan --specialist anna.rossi", "ipsmatch plan --specialist anna.rossi --week 2026-11-23"},
	"report":        {"ipsmatch report", "ipsmatch report --specialist anna.rossi --ips25"},
	"understand":    {`ipsmatch understand "lavoro in cucina" "magazzino" --json`},
	"import":        {"ipsmatch import --into ix employers.csv vacancies.jsonl"},
	"index":         {"ipsmatch index --data ./data --index ./ix"},
	"employer show": {"ipsmatch employer show coop-arcobaleno"},
}

// commandSummary is a command's one-line description and its usage line
// without it.
func commandSummary(c command) (usage, summary string) {
	usage = c.usage
	if i := strings.Index(usage, ": "); i > 0 && !strings.Contains(usage[:i], "'") {
		usage, summary = usage[:i], usage[i+2:]
	}
	if s, ok := summaries[c.name]; ok {
		summary = s
	}
	return usage, summary
}

// usage prints the list of commands, each with its one-line description.
func usage(e *env, w io.Writer) {
	fmt.Fprintln(w, e.tr("ipsmatch: job search and job development for IPS employment specialists"))
	fmt.Fprintln(w, "\n"+e.tr("With no --data or --index, commands run on the built-in demo town of Valmora."))
	fmt.Fprintln(w, "\n"+e.tr("Commands:"))
	cs := append([]command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	width := 0
	for _, c := range cs {
		width = max(width, len(c.name))
	}
	for _, c := range cs {
		_, s := commandSummary(c)
		fmt.Fprintf(w, "  %-*s  %s\n", width, c.name, e.tr(s))
	}
	fmt.Fprintln(w, "\n"+e.tr("Examples:"))
	fmt.Fprintln(w, "  ipsmatch match --client lucia")
	fmt.Fprintln(w, "  ipsmatch leads --client karim --lang it")
	fmt.Fprintln(w, "  ipsmatch help match")
	fmt.Fprintln(w, "\n"+e.tr("Run 'ipsmatch help COMMAND' or 'ipsmatch COMMAND --help' for a command's flags."))
}

// commandHelp prints one command's description, usage, flags and examples.
func commandHelp(e *env, name string, fs *flag.FlagSet) {
	w := e.stdout
	var c command
	for _, x := range commands {
		if x.name == name {
			c = x
		}
	}
	u, s := commandSummary(c)
	fmt.Fprintf(w, "ipsmatch %s: %s\n\n%s\n", name, e.tr(s), e.printer().Sprintf("usage: ipsmatch %s", u))
	type line struct{ left, right string }
	var lines []line
	width := 0
	fs.VisitAll(func(f *flag.Flag) {
		arg, text := flag.UnquoteUsage(f)
		text = e.tr(text)
		if f.Name == "lang" {
			arg = "en|it|es|da"
		}
		left := "--" + f.Name
		if arg != "" {
			left += " " + arg
		}
		if d := f.DefValue; d != "" && d != "false" && d != "0" && !strings.Contains(text, "default") {
			text += " " + e.printer().Sprintf("(default %s)", d)
		}
		width = max(width, len(left))
		lines = append(lines, line{left, text})
	})
	if len(lines) > 0 {
		fmt.Fprintln(w, "\n"+e.tr("Flags:"))
		for _, l := range lines {
			fmt.Fprintf(w, "  %-*s  %s\n", width, l.left, l.right)
		}
	}
	if ex := examples[name]; len(ex) > 0 {
		fmt.Fprintln(w, "\n"+e.tr("Examples:"))
		for _, x := range ex {
			fmt.Fprintf(w, "  %s\n", x)
		}
	}
}

// groupHelp lists the commands of a two-word group, "contact" or "token".
func groupHelp(e *env, w io.Writer, group string) {
	fmt.Fprintln(w, e.sprintf("ipsmatch %s commands:", group))
	for _, c := range commands {
		if strings.HasPrefix(c.name, group+" ") {
			_, s := commandSummary(c)
			fmt.Fprintf(w, "  %-16s  %s\n", c.name, e.tr(s))
		}
	}
}
