package match

import (
	"fmt"
	"slices"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/preference"
)

// The client's disclosure choice is decided here and nowhere else.
// ContactAllowed is the one rule; every other use (the action a result
// carries, who a visit sheet may name, who may be presented, whether a
// reserved-channel vacancy is shown, and every recording path through
// Recorder) asks it.

// programOnlyPurposes are what "introduce me as coming from an employment
// programme" covers. Arranging or accompanying an interview and support on
// the job say more about the client than that, so they need full disclosure.
var programOnlyPurposes = []employer.Purpose{employer.PurposeIntroduction, employer.PurposePresent}

// ContactAllowed reports whether a client's disclosure choice allows an
// employer contact with purpose about the client. It returns nil or an
// error wrapping ErrDisclosureForbids with a sentence a specialist can act
// on. A contact the client made themselves (byClient) is always allowed.
// On the client's behalf, a specialist may make any contact with full
// disclosure; with program_only only an introduction or presenting the
// client as a candidate, which is all the choice agrees to; with none (or
// an unknown choice) no contact at all.
func ContactAllowed(d preference.Disclosure, purpose employer.Purpose, byClient bool) error {
	return contactAllowed("the client", d, purpose, byClient)
}

// contactAllowed is ContactAllowed naming the client as who.
func contactAllowed(who string, d preference.Disclosure, purpose employer.Purpose, byClient bool) error {
	if byClient || d == preference.DiscloseFull {
		return nil
	}
	what := purposeWords(purpose)
	switch d {
	case preference.DiscloseProgramOnly:
		if slices.Contains(programOnlyPurposes, purpose) {
			return nil
		}
		return fmt.Errorf("%w: %s chose to disclose only that they come from an employment programme: "+
			"on their behalf the specialist may introduce them or present them as a candidate, nothing more "+
			"(this contact: %s, %s); %s, or ask the client whether they want to change their disclosure choice",
			ErrDisclosureForbids, who, what, purpose, programmeAlternative(purpose))
	}
	return fmt.Errorf("%w: %s chose not to disclose: the specialist may not contact employers on their behalf "+
		"(this contact: %s, %s); the client can apply on their own, helped behind the scenes (record that contact with by_client)",
		ErrDisclosureForbids, who, what, purpose)
}

// allows is ContactAllowed as a yes or no, for a specialist acting on the
// client's behalf.
func allows(d preference.Disclosure, purpose employer.Purpose) bool {
	return ContactAllowed(d, purpose, false) == nil
}

// mayNameClient reports whether a specialist may speak of the client to an
// employer at all: name them on a visit sheet, or put them forward through
// a reserved channel, which reveals a registered disability.
func mayNameClient(d preference.Disclosure) bool { return allows(d, employer.PurposeIntroduction) }

// mayPresent reports whether a specialist may present the client to an
// employer as a candidate.
func mayPresent(d preference.Disclosure) bool { return allows(d, employer.PurposePresent) }

// actionFor is what a disclosure choice allows a specialist to do with an
// employer on the client's behalf: advocate when it allows everything up
// to an interview, introduce when it allows presenting them, otherwise the
// client applies on their own.
func actionFor(d preference.Disclosure) Action {
	switch {
	case allows(d, employer.PurposeInterview):
		return SpecialistMayAdvocate
	case mayPresent(d):
		return SpecialistMayIntroduce
	}
	return ApplyOnOwn
}

// programmeAlternative says how a refused contact could still be recorded.
func programmeAlternative(p employer.Purpose) string {
	if p.ClientSpecific() {
		return "the client can take this step on their own (record it with by_client)"
	}
	return "a visit for the programme as a whole can be recorded without client_id"
}

// purposeWords says a contact purpose as a specialist would.
func purposeWords(p employer.Purpose) string {
	switch p {
	case employer.PurposeIntroduction:
		return "an introduction"
	case employer.PurposeLearn:
		return "a visit to learn the business"
	case employer.PurposeThankYou:
		return "a thank-you"
	case employer.PurposePresent:
		return "presenting them as a candidate"
	case employer.PurposeInterview:
		return "an interview"
	case employer.PurposeFollowAlong:
		return "follow-along support at work"
	}
	return "a contact"
}
