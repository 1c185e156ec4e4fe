package match

import (
	"fmt"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// visit writes a chosen stop as a Visit, saying why in sp's language.
func (st *stop) visit(sp speech, rels *relView) Visit {
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
		fits = append(fits, fmt.Sprintf("%s (%s)", s.p.ID, s.lc.what(sp)))
	}
	v.Reasons = append(v.Reasons, st.stepText(sp))
	if len(fits) > 0 {
		v.Reasons = append(v.Reasons, sp.sprintf("fits %s", strings.Join(fits, ", ")))
	}
	if len(v.PresentFor) > 0 {
		v.Reasons = append(v.Reasons, sp.sprintf("may present %s (their disclosure choice allows it)", strings.Join(v.PresentFor, ", ")))
	}
	if v.OthersServed > 0 {
		v.Reasons = append(v.Reasons, sp.count(v.OthersServed, "also fits %d client who job-searches on their own",
			"also fits %d clients who job-search on their own", v.OthersServed))
	}
	if st.rel != nil && st.rel.followUp != "" {
		v.Reasons = append(v.Reasons, sp.followUp(st.hist))
	}
	if st.rel != nil && st.rel.track != "" {
		v.Reasons = append(v.Reasons, sp.trackRecord(rels.trackRecord(st.emp.ID)))
	}
	return v
}

// stepText says where the relationship stands and what this visit does.
func (st *stop) stepText(sp speech) string {
	if st.stage() == employer.StageNone {
		return sp.tr("no contact with the team yet: introduce yourself and the programme")
	}
	when := sp.sprintf("last contact %s", sp.date(st.rel.lastContact))
	if !st.hist.LastFaceToFace.IsZero() {
		when = sp.sprintf("last visit %s", sp.date(st.hist.LastFaceToFace))
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
	return sp.sprintf("relationship: %s (%s): %s", sp.stage(st.stage()), when, sp.tr(next))
}

// planFlags are notes about the plan as a whole: clients past day 30 with
// no face-to-face employer contact, and a plan short of its visits.
func planFlags(sp speech, rels *relView, clients []preference.Profile, opt PlanOptions, visits int) []string {
	var out []string
	for i := range clients {
		if r := rels.rapidSearch(&clients[i]); r.PastDay30 {
			out = append(out, sp.sprintf("client %s: %s", clients[i].ID, sp.rapid(r, clients[i].Enrolled)))
		}
	}
	if visits < opt.Visits {
		out = append(out, sp.count(visits,
			"only %d employer visit worth proposing (aim: about %d face-to-face contacts a week): few employers fit the caseload within %d per sector",
			"only %d employer visits worth proposing (aim: about %d face-to-face contacts a week): few employers fit the caseload within %d per sector",
			visits, opt.Visits, opt.MaxPerSector))
	}
	return out
}
