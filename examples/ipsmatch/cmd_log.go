package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
)

// The job-development log's list, show, amend and void commands, for
// contacts and placements alike. Corrections keep every version, with who
// made them and why; every figure reads the current version.

func init() {
	for _, k := range []store.Kind{store.KindContact, store.KindPlacement} {
		register(command{name: string(k) + " list", usage: string(k) + " list [--employer ID] [--client ID] [--specialist NAME] [--from D] [--to D] [--index DIR | --data DIR] [--json]", run: listRunner(k)})
		register(command{name: string(k) + " show", usage: string(k) + " show ID [--index DIR | --data DIR] [--json]: every version, with who changed it and why", run: showRunner(k)})
		register(command{name: string(k) + " void", usage: string(k) + " void --id ID --by NAME --reason TEXT --index DIR", run: voidRunner(k)})
	}
	register(command{name: "contact amend", usage: "contact amend --id ID --by NAME --reason TEXT [--specialist NAME] [--type T] [--purpose P] [--client ID] [--by-client=true|false] " +
		"[--at RFC3339 | --date D [--time HH:MM]] [--person P] [--learned T] [--outcome T] [--follow-up T] [--follow-up-date D] [--employer ID] --index DIR", run: runContactAmend})
	register(command{name: "placement amend", usage: "placement amend --id ID --by NAME --reason TEXT [--client ID] [--employer ID] [--title T] [--start D] [--end D] [--end-reason R] [--vacancy ID] [--hours H] [--isco NNNN] --index DIR", run: runPlacementAmend})
}

// logFilter reads the list filters.
type logFilter struct{ employer, client, specialist, from, to string }

func (f *logFilter) register(fs *flag.FlagSet) {
	fs.StringVar(&f.employer, "employer", "", "only this employer")
	fs.StringVar(&f.client, "client", "", "only this client")
	fs.StringVar(&f.specialist, "specialist", "", "only this specialist (contacts)")
	fs.StringVar(&f.from, "from", "", "from this day, YYYY-MM-DD")
	fs.StringVar(&f.to, "to", "", "up to this day, YYYY-MM-DD")
}

func (f *logFilter) filter() (store.Filter, error) {
	out := store.Filter{EmployerID: f.employer, ClientID: f.client, Specialist: f.specialist}
	var err error
	if out.From, err = optionalDate("--from", f.from); err != nil {
		return out, err
	}
	out.To, err = optionalDate("--to", f.to)
	return out, err
}

func listRunner(k store.Kind) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, string(k)+" list")
		var src source
		src.register(fs)
		var lf logFilter
		lf.register(fs)
		asJSON := fs.Bool("json", false, "print JSON")
		if err := parse(fs, args); err != nil {
			return err
		}
		f, err := lf.filter()
		if err != nil {
			return err
		}
		w, err := src.open(ctx, e)
		if err != nil {
			return err
		}
		defer w.Close()
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		if k == store.KindContact {
			cs, err := w.Store.Contacts(ctx, f)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(e.stdout, cs)
			}
			fmt.Fprintln(tw, e.header("id", "day", "employer", "specialist", "type", "purpose", "client"))
			for _, c := range cs {
				who := c.Specialist
				if c.ByClient {
					who = e.tr("(the client)")
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.ID, e.date(c.Day()), c.EmployerID, who, c.Type, c.Purpose, c.ClientID)
			}
			fmt.Fprintln(tw, e.sprintf(pluralWord(len(cs), "%d contact", "%d contacts"), len(cs)))
			return tw.Flush()
		}
		ps, err := w.Store.Placements(ctx, f)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, ps)
		}
		fmt.Fprintln(tw, e.header("id", "client", "employer", "title", "start", "end", "tenure"))
		for _, p := range ps {
			end := e.tr("working")
			if !p.End.IsZero() {
				end = e.date(p.End)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, p.ClientID, p.EmployerID, clip(p.Title, 30), e.date(p.Start), end,
				e.sprintf("%d days", p.TenureDays(w.today)))
		}
		fmt.Fprintln(tw, e.sprintf(pluralWord(len(ps), "%d placement", "%d placements"), len(ps)))
		return tw.Flush()
	}
}

func showRunner(k store.Kind) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, string(k)+" show")
		var src source
		src.register(fs)
		asJSON := fs.Bool("json", false, "print JSON")
		id, err := parseOne(fs, args)
		if err != nil {
			return err
		}
		if id == "" {
			return usageErr(map[store.Kind]string{store.KindContact: "give the contact id: contact show ID",
				store.KindPlacement: "give the placement id: placement show ID"}[k])
		}
		w, err := src.open(ctx, e)
		if err != nil {
			return err
		}
		defer w.Close()
		vs, err := w.Store.Versions(ctx, k, id)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, vs)
		}
		for i, v := range vs {
			line := e.sprintf("version %d: %s", i+1, v.Op)
			if v.Change.By != "" {
				at := v.Change.At.Format("2006-01-02 15:04")
				line += e.sprintf(" by %s on %s: %s", v.Change.By, e.date(at[:10])+at[10:], v.Change.Reason)
			}
			fmt.Fprintln(e.stdout, line)
			switch {
			case v.Contact != nil:
				c := v.Contact
				line := e.sprintf("  %s %s %s at %s by %s", e.date(c.Day()), c.Type, c.Purpose, c.EmployerID, c.Specialist)
				if c.ClientID != "" {
					line += e.sprintf(", client %s", c.ClientID)
				}
				fmt.Fprintln(e.stdout, line)
			case v.Placement != nil:
				p := v.Placement
				line := e.sprintf("  client %s, %s at %s from %s", p.ClientID, p.Title, p.EmployerID, e.date(p.Start))
				if !p.End.IsZero() {
					line += e.sprintf(" to %s (%s)", e.date(p.End), p.EndReason)
				}
				fmt.Fprintln(e.stdout, line)
			}
		}
		return nil
	}
}

// change reads --by and --reason, which every correction needs.
type change struct{ by, reason string }

func (c *change) register(fs *flag.FlagSet) {
	fs.StringVar(&c.by, "by", "", "who makes the correction (a specialist or supervisor on the roster)")
	fs.StringVar(&c.reason, "reason", "", "why, in a few words (kept with the record)")
}

func (c *change) value() (store.Change, error) {
	if strings.TrimSpace(c.by) == "" || strings.TrimSpace(c.reason) == "" {
		return store.Change{}, usageErr("--by and --reason are required: a correction says who made it and why")
	}
	return store.Change{By: c.by, Reason: c.reason, At: time.Now()}, nil
}

func voidRunner(k store.Kind) func(context.Context, *env, []string) error {
	return func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, string(k)+" void")
		src := source{write: true}
		src.register(fs)
		id := fs.String("id", "", "the "+string(k)+" to withdraw")
		var ch change
		ch.register(fs)
		if err := parse(fs, args); err != nil {
			return err
		}
		if *id == "" {
			return usageErr("--id is required")
		}
		c, err := ch.value()
		if err != nil {
			return err
		}
		w, err := src.open(ctx, e)
		if err != nil {
			return err
		}
		defer w.Close()
		if err := w.Recorder.Void(ctx, k, *id, c); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, e.sprintf(voidedText[k], *id, *id))
		return nil
	}
}

func runContactAmend(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "contact amend")
	src := source{write: true}
	src.register(fs)
	id := fs.String("id", "", "the contact to correct")
	var ch change
	ch.register(fs)
	var c employer.Contact
	var typ, purpose, at, date, clock, followDate string
	fs.StringVar(&c.EmployerID, "employer", "", "employer id")
	fs.StringVar(&c.Specialist, "specialist", "", "the specialist who made the contact")
	fs.StringVar(&typ, "type", "", "face_to_face, phone or email")
	fs.StringVar(&purpose, "purpose", "", "the purpose")
	fs.StringVar(&c.ClientID, "client", "", "the client the contact was about")
	fs.BoolVar(&c.ByClient, "by-client", false, "the client made the contact themselves")
	fs.StringVar(&at, "at", "", "when, RFC 3339")
	fs.StringVar(&date, "date", "", "the day, YYYY-MM-DD")
	fs.StringVar(&clock, "time", "", "time of day with --date, HH:MM")
	fs.StringVar(&c.Person, "person", "", "who was met at the employer")
	fs.StringVar(&c.Learned, "learned", "", "what was learned")
	fs.StringVar(&c.Outcome, "outcome", "", "the outcome")
	fs.StringVar(&c.FollowUp, "follow-up", "", "the follow-up action agreed")
	fs.StringVar(&followDate, "follow-up-date", "", "when the follow-up is due, YYYY-MM-DD")
	w, chg, err := openCorrection(ctx, e, fs, &src, args, id, &ch)
	if err != nil {
		return err
	}
	defer w.Close()
	cur, err := w.Store.Contact(ctx, *id)
	if err != nil {
		return err
	}
	set := setFlags(fs)
	next := cur
	applySet(set, map[string]func(){
		"employer": func() { next.EmployerID = c.EmployerID }, "specialist": func() { next.Specialist = c.Specialist },
		"type": func() { next.Type = employer.ContactType(typ) }, "purpose": func() { next.Purpose = employer.Purpose(purpose) },
		"client": func() { next.ClientID = c.ClientID }, "by-client": func() { next.ByClient = c.ByClient },
		"person": func() { next.Person = c.Person }, "learned": func() { next.Learned = c.Learned },
		"outcome": func() { next.Outcome = c.Outcome }, "follow-up": func() { next.FollowUp = c.FollowUp },
	})
	if set["follow-up-date"] {
		if next.FollowUpDate, err = optionalDate("--follow-up-date", followDate); err != nil {
			return err
		}
	}
	if set["at"] || set["date"] || set["time"] {
		if next.At, err = contactTime(at, date, clock, cur.Day()); err != nil {
			return err
		}
	}
	if err := w.Recorder.AmendContact(ctx, next, chg); err != nil {
		return refusal(e, w, next, err)
	}
	fmt.Fprintln(e.stdout, e.sprintf("amended contact %s (%s); the earlier version is kept: 'contact show %s'", next.ID, changedFields(e, set), next.ID))
	return nil
}

func runPlacementAmend(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "placement amend")
	src := source{write: true}
	src.register(fs)
	id := fs.String("id", "", "the placement to correct")
	var ch change
	ch.register(fs)
	var p employer.Placement
	var start, end, reason, isco string
	fs.StringVar(&p.ClientID, "client", "", "the client")
	fs.StringVar(&p.EmployerID, "employer", "", "employer id")
	fs.StringVar(&p.Title, "title", "", "job title")
	fs.StringVar(&start, "start", "", "first day of work, YYYY-MM-DD")
	fs.StringVar(&end, "end", "", "last day of work, YYYY-MM-DD ('' clears it)")
	fs.StringVar(&reason, "end-reason", "", "why the job ended")
	fs.StringVar(&p.VacancyID, "vacancy", "", "the vacancy filled")
	fs.Float64Var(&p.Hours, "hours", 0, "hours a week")
	fs.StringVar(&isco, "isco", "", "ISCO-08 unit group, 4 digits")
	w, chg, err := openCorrection(ctx, e, fs, &src, args, id, &ch)
	if err != nil {
		return err
	}
	defer w.Close()
	cur, err := w.Store.Placement(ctx, *id)
	if err != nil {
		return err
	}
	set := setFlags(fs)
	next := cur
	applySet(set, map[string]func(){
		"client": func() { next.ClientID = p.ClientID }, "employer": func() { next.EmployerID = p.EmployerID },
		"title": func() { next.Title = p.Title }, "end-reason": func() { next.EndReason = employer.EndReason(reason) },
		"vacancy": func() { next.VacancyID = p.VacancyID }, "hours": func() { next.Hours = p.Hours },
		"isco": func() { next.Occupation.ISCO = isco },
	})
	if set["start"] {
		if next.Start, err = optionalDate("--start", start); err != nil {
			return err
		}
	}
	if set["end"] {
		if next.End, err = optionalDate("--end", end); err != nil {
			return err
		}
	}
	if err := w.Recorder.AmendPlacement(ctx, next, chg); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, e.sprintf("amended placement %s (%s); the earlier version is kept: 'placement show %s'", next.ID, changedFields(e, set), next.ID))
	return nil
}

// openCorrection parses a correction's flags, checks --id, --by and
// --reason, and opens the source as its writer.
func openCorrection(ctx context.Context, e *env, fs *flag.FlagSet, src *source, args []string, id *string, ch *change) (*world, store.Change, error) {
	if err := parse(fs, args); err != nil {
		return nil, store.Change{}, err
	}
	if *id == "" {
		return nil, store.Change{}, usageErr("--id is required")
	}
	chg, err := ch.value()
	if err != nil {
		return nil, store.Change{}, err
	}
	w, err := src.open(ctx, e)
	return w, chg, err
}

// applySet runs the setter of every flag given on the command line.
func applySet(set map[string]bool, setters map[string]func()) {
	for name, apply := range setters {
		if set[name] {
			apply()
		}
	}
}

// setFlags names the flags given on the command line.
func setFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// voidedText says a record was voided, by kind: the kind is a word of the
// sentence, and the command name in it stays as typed.
var voidedText = map[store.Kind]string{
	store.KindContact:   "voided contact %s: it no longer counts; 'contact show %s' still shows every version",
	store.KindPlacement: "voided placement %s: it no longer counts; 'placement show %s' still shows every version",
}

// changedFields lists the fields a correction set, for the answer line;
// the fields are flag names, never translated.
func changedFields(e *env, set map[string]bool) string {
	var out []string
	for _, f := range []string{"employer", "specialist", "type", "purpose", "client", "by-client", "at", "date", "time", "person", "learned",
		"outcome", "follow-up", "follow-up-date", "title", "start", "end", "end-reason", "vacancy", "hours", "isco"} {
		if set[f] {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return e.tr("no field changed")
	}
	return e.sprintf("changed: %s", strings.Join(out, ", "))
}
