package jobposting

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

// application maps applicationContact and directApply. The quickest route
// wins, as rapid job search wants: a telephone number, then an e-mail, then
// applying online at the posting's url; the routes not chosen are noted.
func (m *mapper) application() {
	var phone, email, person, role string
	for _, e := range list(m.get("applicationContact")) {
		c, ok := m.c.deref(e).(map[string]any)
		if !ok {
			m.note("applicationContact: %s not mapped", show(e))
			continue
		}
		if phone == "" {
			phone = text(c["telephone"])
		}
		if email == "" {
			email = strings.TrimPrefix(text(c["email"]), "mailto:")
		}
		if person == "" {
			person, role = text(c["name"]), text(c["contactType"])
		}
		for _, k := range sortedKeys(c) {
			switch k {
			case "@type", "@id", "telephone", "email", "name", "contactType":
			default:
				m.note("applicationContact.%s: %s not mapped", k, show(c[k]))
			}
		}
	}
	pageURL := text(m.get("url"))
	direct := truthy(m.get("directApply"))

	var routes []employer.Application
	if phone != "" {
		routes = append(routes, employer.Application{Method: employer.ApplyPhone, Detail: phone})
	}
	if email != "" {
		routes = append(routes, employer.Application{Method: employer.ApplyEmail, Detail: email})
	}
	if direct {
		routes = append(routes, employer.Application{Method: employer.ApplyOnline, Detail: pageURL})
	} else if pageURL != "" {
		m.note("url: %s not mapped", show(pageURL))
	}
	for i, r := range routes {
		if i == 0 {
			m.rec.Vacancy.Application = r
			continue
		}
		m.note("application: %s to %s also possible", r.Method, show(r.Detail))
	}
	if person != "" && m.rec.Employer != nil {
		m.rec.Employer.People = []employer.Person{{Name: person, Role: role, Phone: phone, Email: email}}
	} else if person != "" {
		m.note("applicationContact.name: %s not mapped: no hiringOrganization", show(person))
	}
}
