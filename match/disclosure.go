package match

import "github.com/ipsmatch/ipsmatch/preference"

// actionFor is what a disclosure choice allows a specialist to do with an
// employer on the client's behalf. A client who chose not to disclose only
// ever gets ApplyOnOwn.
func actionFor(d preference.Disclosure) Action {
	switch d {
	case preference.DiscloseFull:
		return SpecialistMayAdvocate
	case preference.DiscloseProgramOnly:
		return SpecialistMayIntroduce
	}
	return ApplyOnOwn
}
