package match

import (
	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
	"golang.org/x/text/language"
)

// DisclosureRefusal says in lang why a client's disclosure choice forbids
// a contact with purpose on their behalf: the sentence of the error that
// ContactAllowed and Recorder return, without its "ipsmatch: " prefix,
// in Italian, Spanish or Danish as well as English (zero lang). It is ""
// when the choice allows the contact; the decision is ContactAllowed's.
// clientID names the client ("" says "the client").
func DisclosureRefusal(lang language.Tag, clientID string, d preference.Disclosure, purpose employer.Purpose, byClient bool) string {
	if ContactAllowed(d, purpose, byClient) == nil {
		return ""
	}
	sp := speechIn(lang)
	who := sp.tr("the client")
	if clientID != "" {
		who = sp.sprintf("client %q", clientID)
	}
	what := sp.tr(purposeWords(purpose))
	var why string
	if d == preference.DiscloseProgramOnly {
		why = sp.sprintf("%s chose to disclose only that they come from an employment programme: "+
			"on their behalf the specialist may introduce them or present them as a candidate, nothing more "+
			"(this contact: %s, %s); %s, or ask the client whether they want to change their disclosure choice",
			who, what, purpose, sp.tr(programmeAlternative(purpose)))
	} else {
		why = sp.sprintf("%s chose not to disclose: the specialist may not contact employers on their behalf "+
			"(this contact: %s, %s); the client can apply on their own, helped behind the scenes (record that contact with by_client)",
			who, what, purpose)
	}
	return sp.sprintf("the client's disclosure choice forbids this contact: %s", why)
}
