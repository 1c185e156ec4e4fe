package match

import "strings"

// skillsFactor: the share of the vacancy's essential skills the client
// has (counting double) and of its optional ones, with the gaps named as
// skills to learn on the job. It counts when the client lists skills.
type skillsFactor struct{}

func (skillsFactor) name() string                  { return "skills" }
func (skillsFactor) defaultWeight() float64        { return 1 }
func (skillsFactor) weightIn(ws *Weights) *float64 { return &ws.Skills }
func (skillsFactor) weight(w *want) float64        { return w.w.Skills }
func (skillsFactor) counts(w *want) counting       { return statedIf(len(w.p.Skills) > 0) }

// bound is, from the hot fields, the score of the vacancy's skills when
// a search has already scored a vacancy with the same ones (see
// want.skillsSeen): the same skills score the same for one client. A
// posting that lists none scores 0.5.
func (skillsFactor) bound(w *want, k *known) float64 {
	if k.hot == nil {
		return 1
	}
	if k.hot.Skills == 0 {
		return 0.5 + 1e-9
	}
	if s, ok := w.skillsSeen[k.hot.Skills]; ok {
		// A hair above, as hotPayScore.
		return s + 1e-9
	}
	return 1
}

func (skillsFactor) score(w *want, c *cand) {
	if len(w.p.Skills) == 0 {
		return
	}
	sk := c.e.Skills
	if len(sk.Essential)+len(sk.Optional) == 0 {
		c.total += w.w.Skills * 0.5
		c.add("skills", Neutral, 0.5, w.tr("no skills listed"))
		return
	}
	nE, nO := 0, 0
	for i, s := range sk.Essential {
		if w.hasSkill(s, idAt(c.e.EssentialIDs, i)) {
			nE++
		}
	}
	for i, s := range sk.Optional {
		if w.hasSkill(s, idAt(c.e.OptionalIDs, i)) {
			nO++
		}
	}
	s := float64(2*nE+nO) / float64(2*len(sk.Essential)+len(sk.Optional))
	c.total += w.w.Skills * s
	if w.skillsSeen != nil {
		w.skillsSeen[hotOf(c.e).Skills] = s
	}
	if !c.explain {
		return
	}
	var hasE, missE, hasO []string
	for i, s := range sk.Essential {
		id := idAt(c.e.EssentialIDs, i)
		if w.hasSkill(s, id) {
			hasE = append(hasE, w.skillLabel(s, id))
		} else {
			missE = append(missE, w.skillLabel(s, id))
		}
	}
	for i, s := range sk.Optional {
		id := idAt(c.e.OptionalIDs, i)
		if w.hasSkill(s, id) {
			hasO = append(hasO, w.skillLabel(s, id))
		}
	}
	var b strings.Builder
	if len(sk.Essential) > 0 {
		b.WriteString(w.sprintf("has %d of %d essential skills", len(hasE), len(sk.Essential)))
		if len(hasE) > 0 {
			b.WriteString(" (" + strings.Join(hasE, ", ") + ")")
		}
		if len(missE) > 0 {
			b.WriteString(w.sprintf("; to learn on the job: %s", strings.Join(missE, ", ")))
		}
	}
	if len(hasO) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(w.sprintf("also %s", strings.Join(hasO, ", ")))
	}
	if b.Len() == 0 {
		b.WriteString(w.tr("none of the listed optional skills"))
	}
	if sk.Inferred {
		b.WriteString(w.tr(" (skills inferred from the occupation, not in the posting)"))
	}
	c.add("skills", effectOf(s), s, b.String())
}

// skillLabel is how a skill reads in a reason: its label in the call's
// language when the taxonomy knows it (postings often list ids), English
// when it has none in that language, else as written.
func (w *want) skillLabel(s, id string) string {
	if id != "" {
		if sk, ok := w.tax.Skill(id); ok {
			return sk.Label(w.labelLang())
		}
	}
	return s
}

func idAt(ids []string, i int) string {
	if i < len(ids) {
		return ids[i]
	}
	return ""
}

// hasSkill compares a vacancy skill with the client's skills: by taxonomy
// id when both are known to the taxonomy (so a skill matches in any of its
// labels and languages), else by text, ignoring case and accepting one
// phrase inside the other ("food hygiene" and "basic food hygiene").
func (w *want) hasSkill(s, id string) bool {
	if id != "" && w.skillIDs[id] {
		return true
	}
	s = strings.ToLower(strings.TrimSpace(s))
	for _, m := range w.skills {
		if m == s || (len(m) >= 4 && strings.Contains(s, m)) || (len(s) >= 4 && strings.Contains(m, s)) {
			return true
		}
	}
	return false
}
