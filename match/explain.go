package match

import "github.com/ipsmatch/ipsmatch/employer"

// result explains one kept vacancy: every factor's reason, the flags and
// the action the client's disclosure allows.
func (w *want) result(c *cand, rank int) Result {
	score := w.score(c)
	v := c.e.Vacancy
	r := Result{Rank: rank, ID: v.ID, EmployerID: v.EmployerID, Title: v.Title,
		Score: round3(score), score: score, Action: actionFor(w.p.Disclosure),
		Channel: channelOf(v), Competitive: v.Competitive()}
	if c.emp != nil {
		r.EmployerName = c.emp.Name
	}
	if c.km >= 0 {
		km := round1(c.km)
		r.DistanceKm = &km
		if w.p.Commute != nil && v.Remote != employer.FullRemote {
			m := c.minutes
			r.CommuteMinutes = &m
		}
	}
	if !v.Competitive() {
		c.flags = append([]string{w.sprintf("not a competitive job: %s", w.tr(channelText(v.Channel)))}, c.flags...)
	}
	r.Flags = c.flags
	r.Reasons = c.reasons
	// The weightiest reasons first, good or bad, so that a table showing
	// the top few shows both why a vacancy is here and what speaks
	// against it.
	impact := func(x Reason) float64 {
		s := x.Score
		if x.Effect == Minus && x.Factor != "requirements" && s < 0.5 {
			s = 1 - s
		}
		if x.Effect == Minus {
			s *= 2 // a concern outranks a comfort of the same weight
		}
		return w.weightOf(x.Factor) * s
	}
	sortReasons(r.Reasons, impact)
	return r
}

// sortReasons orders rs by impact, greatest first, keeping the order of
// equals. Each impact is computed once (it looks the factor's weight up),
// and a result's dozen reasons are sorted by insertion, without
// allocating.
func sortReasons(rs []Reason, impact func(Reason) float64) {
	var buf [16]float64
	imp := buf[:0]
	for _, x := range rs {
		imp = append(imp, impact(x))
	}
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && imp[j] > imp[j-1]; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
			imp[j], imp[j-1] = imp[j-1], imp[j]
		}
	}
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }

func channelOf(v *employer.Vacancy) string {
	if v.Channel == "" {
		return string(employer.ChannelCompetitive)
	}
	return string(v.Channel)
}

func channelText(c employer.Channel) string {
	switch c {
	case employer.ChannelQuota:
		return "reserved for registered disability quota lists (Law 68/99)"
	case employer.ChannelConvention:
		return "filled through a Law 68/99 convention (needs registration)"
	case employer.ChannelTraineeship:
		return "a traineeship or stipend, not a job"
	case employer.ChannelSheltered:
		return "sheltered work"
	}
	return string(c)
}

// searchFlags are notes about the search as a whole.
func (w *want) searchFlags(res Results) []string {
	var out []string
	if len(res.Results) == 0 {
		out = append(out, w.tr("no vacancy meets every must; consider relaxing one, or look at employer leads"))
	}
	for _, u := range w.understood {
		if u.Text != "" && len(u.Occupations) == 0 {
			out = append(out, w.sprintf("%q was not recognised as an occupation; matched on title words only", u.Text))
		}
	}
	return out
}
