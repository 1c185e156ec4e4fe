package preference

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/record"
)

// CareerProfile is the IPS career profile: the client's work history,
// strengths, what they enjoyed and disliked in past jobs, and their goals,
// in their own words. It is stated by the client and is never clinical:
// like the profile, it has no field for a diagnosis, symptoms or
// treatment, and decoding rejects any field it does not define.
//
// It feeds the search through Apply: past jobs add skills, and "never
// again" employers and kinds of work become exclusions.
type CareerProfile struct {
	ClientID    string    `json:"client_id"`
	WorkHistory []PastJob `json:"work_history,omitempty"`
	Strengths   []string  `json:"strengths,omitempty"`
	Enjoyed     []string  `json:"enjoyed,omitempty"`
	Disliked    []string  `json:"disliked,omitempty"`
	Goals       []string  `json:"goals,omitempty"`
	// NeverAgain is what the client will not go back to.
	NeverAgain NeverAgain `json:"never_again,omitzero"`
}

// PastJob is one job the client held, as they tell it.
type PastJob struct {
	Title      string `json:"title"`
	EmployerID string `json:"employer_id,omitempty"` // when the employer is in the index
	Employer   string `json:"employer,omitempty"`    // the name, as the client gives it
	Occupation string `json:"occupation,omitempty"`  // a taxonomy code, when known
	From       Date   `json:"from,omitzero"`
	To         Date   `json:"to,omitzero"`
	// Skills are what the client did and could do again.
	Skills   []string `json:"skills,omitempty"`
	Enjoyed  []string `json:"enjoyed,omitempty"`
	Disliked []string `json:"disliked,omitempty"`
}

// NeverAgain lists employers (by id) and kinds of work the client rules out.
type NeverAgain struct {
	Employers []string  `json:"employers,omitempty"`
	Work      []JobType `json:"work,omitempty"` // Text and/or Occupation; Strength is ignored
}

// DecodeCareer reads one career profile from JSON as strictly as Decode
// reads a profile: unknown fields, duplicate keys and oversized values are
// errors naming the field, and no error quotes what the client said.
func DecodeCareer(data []byte, file string) (CareerProfile, error) {
	var c CareerProfile
	if _, err := record.DecodeJSONWarn(data, &c); err != nil {
		return CareerProfile{}, record.Locate(err, file, 0)
	}
	if err := c.Validate(); err != nil {
		return CareerProfile{}, record.Locate(err, file, 0)
	}
	return c, nil
}

// Validate reports the first problem with a career profile as a
// *FieldError.
func (c *CareerProfile) Validate() error {
	id := c.ClientID
	if strings.TrimSpace(id) == "" {
		return ferr(id, "client_id", ErrRequired, "")
	}
	for i, j := range c.WorkHistory {
		f := fmt.Sprintf("work_history[%d]", i)
		if strings.TrimSpace(j.Title) == "" {
			return ferr(id, f+".title", ErrRequired, "")
		}
		if !j.From.IsZero() && !j.To.IsZero() && j.To.Before(j.From) {
			return ferr(id, f+".to", ErrMinAboveMax, "the job ends before it starts")
		}
	}
	for i, e := range c.NeverAgain.Employers {
		if strings.TrimSpace(e) == "" {
			return ferr(id, fmt.Sprintf("never_again.employers[%d]", i), ErrRequired, "")
		}
	}
	for i, w := range c.NeverAgain.Work {
		if strings.TrimSpace(w.Text) == "" && strings.TrimSpace(w.Occupation) == "" {
			return ferr(id, fmt.Sprintf("never_again.work[%d]", i), ErrRequired, "give text or occupation")
		}
	}
	return nil
}

// Apply returns p with what the career profile says added: the skills of
// past jobs (once each), "never again" employers as avoided employers
// (a hard exclusion), and "never again" kinds of work as job types the
// client must never be offered (Never: excluded and counted by reason,
// like a must). The career profile must belong to the same client.
func (c *CareerProfile) Apply(p Profile) (Profile, error) {
	if c.ClientID != p.ID {
		return p, ferr(p.ID, "client_id", ErrUnknownValue, "the career profile is for another client")
	}
	p.Skills = slices.Clone(p.Skills)
	for _, j := range c.WorkHistory {
		for _, s := range j.Skills {
			if !slices.ContainsFunc(p.Skills, func(x string) bool { return strings.EqualFold(x, s) }) {
				p.Skills = append(p.Skills, s)
			}
		}
	}
	p.AvoidEmployers = slices.Clone(p.AvoidEmployers)
	for _, e := range c.NeverAgain.Employers {
		if !slices.Contains(p.AvoidEmployers, e) {
			p.AvoidEmployers = append(p.AvoidEmployers, e)
		}
	}
	p.JobTypes = slices.Clone(p.JobTypes)
	for _, w := range c.NeverAgain.Work {
		p.JobTypes = append(p.JobTypes, JobType{Text: w.Text, Occupation: w.Occupation, Strength: Never})
	}
	return p, p.Validate()
}
