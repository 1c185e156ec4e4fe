package match

import (
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// visit writes a chosen stop as a Visit, saying why.
func (st *stop) visit() Visit {
	v := Visit{EmployerID: st.emp.ID, Name: st.emp.Name, Sector: sectorLabel(st.emp), Purpose: st.purpose,
		Clients: []string{}, PresentFor: st.present}
	if !st.hist.FollowUpDue.IsZero() {
		v.FollowUpDue = st.hist.FollowUpDue.String()
	}
	var fits []string
	for _, s := range st.served {
		if !mayNameClient(s.p.Disclosure) {
			v.OthersServed++
			continue
		}
		v.Clients = append(v.Clients, s.p.ID)
		fits = append(fits, fmt.Sprintf("%s (%s)", s.p.ID, s.lc.what()))
	}
	v.Reasons = append(v.Reasons, st.stepText())
	if len(fits) > 0 {
		v.Reasons = append(v.Reasons, "fits "+strings.Join(fits, ", "))
	}
	if len(v.PresentFor) > 0 {
		v.Reasons = append(v.Reasons, "may present "+strings.Join(v.PresentFor, ", ")+" (their disclosure choice allows it)")
	}
	if v.OthersServed > 0 {
		v.Reasons = append(v.Reasons, fmt.Sprintf("also fits %d %s on their own", v.OthersServed,
			plural1(v.OthersServed, "client who job-searches", "clients who job-search")))
	}
	if st.rel != nil && st.rel.followUp != "" {
		v.Reasons = append(v.Reasons, st.rel.followUp)
	}
	if st.rel != nil && st.rel.track != "" {
		v.Reasons = append(v.Reasons, st.rel.track)
	}
	return v
}

// stepText says where the relationship stands and what this visit does.
func (st *stop) stepText() string {
	if st.stage() == employer.StageNone {
		return "no contact with the team yet: introduce yourself and the programme"
	}
	when := "last contact " + st.rel.lastContact.String()
	if !st.hist.LastFaceToFace.IsZero() {
		when = "last visit " + st.hist.LastFaceToFace.String()
	}
	var next string
	switch st.purpose {
	case employer.PurposeLearn:
		next = "come back to learn the business, without pitching anyone"
		if st.stage() >= employer.StageReady {
			next = "no client to present here now; learn what the business needs"
		}
	case employer.PurposeThankYou:
		next = "thank them for their time"
	case employer.PurposePresent:
		next = "present a client who wants this work"
	}
	return fmt.Sprintf("relationship: %s (%s): %s", st.rel.stageText, when, next)
}

// planFlags are notes about the plan as a whole: clients past day 30 with
// no face-to-face employer contact, and a plan short of its visits.
func planFlags(rels *relView, clients []preference.Profile, opt PlanOptions, visits int) []string {
	var out []string
	for i := range clients {
		if r := rels.rapidSearch(&clients[i]); r.PastDay30 {
			out = append(out, fmt.Sprintf("client %s: %s", clients[i].ID, r.Text))
		}
	}
	if visits < opt.Visits {
		out = append(out, fmt.Sprintf("only %d employer %s worth proposing (aim: about %d face-to-face contacts a week): "+
			"few employers fit the caseload within %d per sector", visits, plural1(visits, "visit", "visits"), opt.Visits, opt.MaxPerSector))
	}
	return out
}
