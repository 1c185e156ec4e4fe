package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match"
)

func init() {
	register(command{name: "employer show", usage: "employer show ID [--index DIR | --data DIR] [--today D] [--json]: details, contact people, how to apply, relationship, full history, next follow-up", run: runEmployerShow})
}

// employerView is what `employer show` tells about one employer.
type employerView struct {
	Employer      *employer.Employer    `json:"employer"`
	Relationship  employer.Relationship `json:"relationship"`
	TrackRecord   *employer.TrackRecord `json:"track_record,omitempty"`
	HowToApply    []string              `json:"how_to_apply,omitempty"`
	OpenVacancies []string              `json:"open_vacancies,omitempty"`
	Contacts      []employer.Contact    `json:"contacts"`
	Placements    []employer.Placement  `json:"placements"`
}

func runEmployerShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "employer show")
	var src source
	src.register(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	id, err := parseOne(fs, args)
	if err != nil {
		return err
	}
	if id == "" {
		return usageErr("give the employer id: employer show ID")
	}
	w, err := src.open(ctx, e)
	if err != nil {
		return err
	}
	defer w.Close()
	emp, ok := w.Index.Employer(id)
	if !ok {
		return textErr("no employer %q in the index", id)
	}
	v := employerView{Employer: emp, Relationship: relationshipWith(ctx, w, id)}
	if v.Contacts, err = w.Store.Contacts(ctx, store.Filter{EmployerID: id}); err != nil {
		return err
	}
	if v.Placements, err = w.Store.Placements(ctx, store.Filter{EmployerID: id}); err != nil {
		return err
	}
	if d, err := w.Store.Derived(ctx); err == nil {
		if tr, ok := d.TrackRecord(id, w.today); ok {
			v.TrackRecord = &tr
		}
	}
	seen := map[string]bool{}
	for _, vac := range w.Index.VacanciesOf(id) {
		if !vac.Open(w.today) {
			continue
		}
		v.OpenVacancies = append(v.OpenVacancies, fmt.Sprintf("%s (%s)", vac.Title, vac.ID))
		if a := vac.Application.String(); a != "" && !seen[a] {
			seen[a] = true
			v.HowToApply = append(v.HowToApply, a)
		}
	}
	if *asJSON {
		return writeJSON(e.stdout, v)
	}
	printEmployer(e, w, v)
	return nil
}

func printEmployer(e *env, w *world, v employerView) {
	emp, out := v.Employer, e.stdout
	fmt.Fprintf(out, "%s (%s)\n", emp.Name, emp.ID)
	if emp.Sector.Label != "" || emp.Sector.Code != "" {
		fmt.Fprintln(out, e.sprintf("  sector: %s %s", emp.Sector.Code, emp.Sector.Label))
	}
	if emp.Address != "" {
		fmt.Fprintln(out, e.sprintf("  address: %s", emp.Address))
	}
	if emp.Website != "" {
		fmt.Fprintln(out, e.sprintf("  website: %s", emp.Website))
	}
	for _, p := range emp.People {
		parts := []string{p.Name}
		for _, s := range []string{p.Role, p.Phone, p.Email} {
			if s != "" {
				parts = append(parts, s)
			}
		}
		fmt.Fprintln(out, e.sprintf("  contact person: %s", strings.Join(parts, ", ")))
	}
	for _, a := range v.HowToApply {
		fmt.Fprintln(out, e.sprintf("  how to apply: %s", a))
	}
	for _, o := range v.OpenVacancies {
		fmt.Fprintln(out, e.sprintf("  open vacancy: %s", o))
	}
	r := v.Relationship
	line := e.sprintf("relationship: %s; %d contacts, %d face-to-face", match.StageText(r.Stage, e.lang), r.Contacts, r.FaceToFace)
	if !r.LastContact.IsZero() {
		line += e.sprintf("; last contact %s", e.date(r.LastContact))
	}
	fmt.Fprintln(out, line)
	switch {
	case r.FollowUpOverdue:
		fmt.Fprintln(out, e.sprintf("next follow-up: OVERDUE since %s", e.date(r.FollowUpDue)))
	case !r.FollowUpDue.IsZero():
		fmt.Fprintln(out, e.sprintf("next follow-up: %s", e.date(r.FollowUpDue)))
	default:
		fmt.Fprintln(out, e.tr("next follow-up: none planned"))
	}
	if v.TrackRecord != nil {
		fmt.Fprintln(out, e.sprintf("track record: %s", match.TrackRecordText(*v.TrackRecord, e.lang)))
	}
	fmt.Fprintln(out, e.tr("history:"))
	for _, c := range v.Contacts {
		line := e.sprintf("  %s  %s  %s by %s", e.date(c.Day()), c.ID, contactWords(e, c.Type, c.Purpose), contactWho(e, c))
		if c.ClientID != "" && !c.ByClient {
			line += e.sprintf(", for client %s", c.ClientID)
		}
		fmt.Fprintln(out, line)
		if c.Learned != "" {
			fmt.Fprintln(out, e.sprintf("      learned: %s", c.Learned))
		}
	}
	for _, p := range v.Placements {
		end := e.tr("working now")
		if !p.End.IsZero() {
			end = e.sprintf("ended %s", e.date(p.End))
		}
		fmt.Fprintln(out, e.sprintf("  %s  %s  job start: client %s, %s (%s; %d days)", e.date(p.Start), p.ID, p.ClientID, p.Title, end, p.TenureDays(w.today)))
	}
	if len(v.Contacts)+len(v.Placements) == 0 {
		fmt.Fprintln(out, "  "+e.tr("no contact with the team yet"))
	}
}

// contactWho says who made a contact: the specialist's name, or the
// client on their own.
func contactWho(e *env, c employer.Contact) string {
	if c.ByClient {
		return e.sprintf("client %s (on their own)", c.ClientID)
	}
	return c.Specialist
}
