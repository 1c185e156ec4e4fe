package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index/store"
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
		return fmt.Errorf("no employer %q in the index", id)
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
	emp := v.Employer
	fmt.Fprintf(e.stdout, "%s (%s)\n", emp.Name, emp.ID)
	if emp.Sector.Label != "" || emp.Sector.Code != "" {
		fmt.Fprintf(e.stdout, "  sector: %s %s\n", emp.Sector.Code, emp.Sector.Label)
	}
	if emp.Address != "" {
		fmt.Fprintf(e.stdout, "  address: %s\n", emp.Address)
	}
	if emp.Website != "" {
		fmt.Fprintf(e.stdout, "  website: %s\n", emp.Website)
	}
	for _, p := range emp.People {
		parts := []string{p.Name}
		for _, s := range []string{p.Role, p.Phone, p.Email} {
			if s != "" {
				parts = append(parts, s)
			}
		}
		fmt.Fprintf(e.stdout, "  contact person: %s\n", strings.Join(parts, ", "))
	}
	for _, a := range v.HowToApply {
		fmt.Fprintf(e.stdout, "  how to apply: %s\n", a)
	}
	for _, o := range v.OpenVacancies {
		fmt.Fprintf(e.stdout, "  open vacancy: %s\n", o)
	}
	r := v.Relationship
	fmt.Fprintf(e.stdout, "relationship: %s; %d contacts, %d face-to-face", r.Stage, r.Contacts, r.FaceToFace)
	if !r.LastContact.IsZero() {
		fmt.Fprintf(e.stdout, "; last contact %s", r.LastContact)
	}
	fmt.Fprintln(e.stdout)
	switch {
	case r.FollowUpOverdue:
		fmt.Fprintf(e.stdout, "next follow-up: OVERDUE since %s\n", r.FollowUpDue)
	case !r.FollowUpDue.IsZero():
		fmt.Fprintf(e.stdout, "next follow-up: %s\n", r.FollowUpDue)
	default:
		fmt.Fprintln(e.stdout, "next follow-up: none planned")
	}
	if v.TrackRecord != nil {
		fmt.Fprintf(e.stdout, "track record: %s\n", v.TrackRecord.Reason())
	}
	fmt.Fprintln(e.stdout, "history:")
	for _, c := range v.Contacts {
		who := c.Specialist
		if c.ByClient {
			who = "client " + c.ClientID + " (on their own)"
		}
		fmt.Fprintf(e.stdout, "  %s  %s  %s by %s", c.Day(), c.ID, strings.ReplaceAll(string(c.Type), "_", "-")+" "+contactNoun(c.Purpose), who)
		if c.ClientID != "" && !c.ByClient {
			fmt.Fprintf(e.stdout, ", for client %s", c.ClientID)
		}
		fmt.Fprintln(e.stdout)
		if c.Learned != "" {
			fmt.Fprintf(e.stdout, "      learned: %s\n", c.Learned)
		}
	}
	for _, p := range v.Placements {
		end := "working now"
		if !p.End.IsZero() {
			end = "ended " + p.End.String()
		}
		fmt.Fprintf(e.stdout, "  %s  %s  job start: client %s, %s (%s; %d days)\n", p.Start, p.ID, p.ClientID, p.Title, end, p.TenureDays(w.today))
	}
	if len(v.Contacts)+len(v.Placements) == 0 {
		fmt.Fprintln(e.stdout, "  no contact with the team yet")
	}
}
