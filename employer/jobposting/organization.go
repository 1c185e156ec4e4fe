package jobposting

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Sector given to an employer taken from a posting: JobPosting carries no
// NACE code, so the team fills it in later. A posting's "industry" text,
// when present, becomes the label.
var unknownSector = employer.Sector{Code: "unknown", Label: "not stated"}

// organization maps hiringOrganization to an Employer and links the vacancy
// to it.
func (m *mapper) organization() {
	raw := m.get("hiringOrganization")
	industry := text(m.get("industry"))
	items := list(raw)
	if len(items) == 0 {
		if industry != "" {
			m.note("industry: %s not mapped: no hiringOrganization", show(industry))
		}
		return
	}
	for _, extra := range items[1:] {
		m.note("hiringOrganization: %s not used: only the first organisation is kept", show(extra))
	}
	e := &employer.Employer{Sector: unknownSector}
	if industry != "" {
		e.Sector.Label = industry
	}
	org, isMap := m.c.deref(items[0]).(map[string]any)
	if !isMap {
		e.Name = collapseSpace(text(items[0]))
	} else {
		m.readOrganization(e, org)
	}
	if e.Name == "" {
		m.note("hiringOrganization: %s not mapped: no name", show(items[0]))
		return
	}
	if e.ID == "" {
		e.ID = "org-" + nameSlug(e.Name)
	}
	if err := e.Validate(); err != nil {
		m.note("hiringOrganization: not mapped: %v", err)
		return
	}
	m.rec.Employer = e
	m.rec.Vacancy.EmployerID = e.ID
}

// organizationKeys are the Organization properties readOrganization maps.
var organizationKeys = set("@type", "@id", "@context", "name", "legalName", "sameAs", "url", "address", "geo", "location")

func (m *mapper) readOrganization(e *employer.Employer, org map[string]any) {
	e.Name = collapseSpace(text(org["name"]))
	if e.Name == "" {
		e.Name = collapseSpace(text(org["legalName"]))
	}
	var site string
	for _, key := range []string{"sameAs", "url"} {
		for _, u := range list(org[key]) {
			s := text(u)
			if s == "" {
				continue
			}
			if site == "" {
				if id := urlID(s); id != "" {
					site, e.ID = s, id
					continue
				}
			}
			if s != site {
				m.note("hiringOrganization.%s: %s not mapped", key, show(s))
			}
		}
	}
	e.Website = site
	e.Address = readAddress(org["address"])
	geo := org["geo"]
	if geo == nil {
		if loc, ok := m.c.deref(org["location"]).(map[string]any); ok {
			addr, pt, _ := readPlace(loc)
			if e.Address == "" {
				e.Address = addr
			}
			e.Location = pt
		}
	} else if pt, note := readPoint(m.c.deref(geo)); note != "" {
		m.note("hiringOrganization.%s", note)
	} else {
		e.Location = pt
	}
	for _, k := range sortedKeys(org) {
		if !organizationKeys[k] {
			m.note("hiringOrganization.%s: %s not mapped", k, show(org[k]))
		}
	}
}

// urlID derives an employer id from a web address: host without "www."
// and path, as a slug, so that the same site always gives the same id.
func urlID(s string) string {
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Hostname() == "" || !strings.Contains(u.Hostname(), ".") {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	sl := slug(host + "/" + strings.Trim(u.Path, "/"))
	if sl == "" {
		return ""
	}
	return "org-" + sl
}

// legalSuffixes are company-form words dropped from the end of a name
// before it becomes an id, so "Rossi S.r.l." and "Rossi srl" are one
// employer.
var legalSuffixes = set("srl", "srls", "spa", "snc", "sas", "sapa", "scarl", "scrl", "ss",
	"ltd", "limited", "inc", "llc", "llp", "plc", "gmbh", "ag", "kg", "sa", "sarl", "sl", "bv", "nv",
	"aps", "as", "co", "corp", "corporation", "company")

// nameSlug normalises an organisation name for an id: lower case, accents
// folded, legal suffixes removed. A name with no ASCII letters or digits
// falls back on a hash of the name.
func nameSlug(name string) string {
	words := strings.Fields(strings.NewReplacer(",", " ", "&", " & ").Replace(fold(name)))
	for len(words) > 1 {
		last := strings.ReplaceAll(words[len(words)-1], ".", "")
		drop := legalSuffixes[last] || last == "&" || last == "" ||
			last == "c" && words[len(words)-2] == "&"
		if !drop {
			break
		}
		words = words[:len(words)-1]
	}
	if s := slug(strings.Join(words, " ")); s != "" {
		return s
	}
	h := sha256.Sum256([]byte(name))
	return hex.EncodeToString(h[:])[:12]
}
