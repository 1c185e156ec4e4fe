package csvimport

import "slices"

// Column documents one column of a CSV file.
type Column struct {
	Name     string
	Required bool // the column must be in the header (its cells may still be checked by Validate)
	Doc      string
}

// Columns lists the documented columns of a kind of file: "employers",
// "vacancies" or "contacts". It returns nil for any other kind.
func Columns(kind string) []Column {
	switch kind {
	case "employers":
		return slices.Clone(employerColumns)
	case "vacancies":
		return slices.Clone(vacancyColumns)
	case "contacts":
		return slices.Clone(contactColumns)
	}
	return nil
}

var employerColumns = []Column{
	{"id", true, "unique employer id"},
	{"name", true, "business name"},
	{"sector_code", true, "economic sector code, for example a NACE Rev. 2 division such as I56"},
	{"sector_label", false, "sector name"},
	{"address", false, "street address"},
	{"lat", false, "latitude in decimal degrees; give lat and lon together"},
	{"lon", false, "longitude in decimal degrees; give lat and lon together"},
	{"size", false, "headcount band: micro, small, medium or large"},
	{"website", false, "web address"},
	{"contact_name", false, "the person specialists deal with"},
	{"contact_role", false, "that person's role"},
	{"contact_phone", false, "that person's telephone"},
	{"contact_email", false, "that person's e-mail"},
	{"typical_occupations", false, "kinds of work the employer hires for, separated by ';': each either code|isco|label, or one value (a 4-digit ISCO-08 code, an ESCO code such as 9412.1, or a label)"},
	{"inclusion_policy", false, "has a stated inclusion policy: yes/no, true/false, si/sì/no, 1/0; empty means no"},
	{"knows_programme", false, "already knows the IPS programme: yes/no as above"},
	{"notes", false, "free text"},
}

var vacancyColumns = []Column{
	{"id", true, "unique vacancy id"},
	{"employer_id", false, "id of the employer in the employers file"},
	{"title", true, "job title"},
	{"description", false, "free text"},
	{"language", false, "ISO 639-1 code of title and description; empty means en"},
	{"occupation_code", false, "taxonomy id or ESCO code"},
	{"isco", false, "4-digit ISCO-08 unit group"},
	{"occupation_label", false, "occupation name"},
	{"essential_skills", false, "skills the job requires, separated by '|'"},
	{"optional_skills", false, "skills that help, separated by '|'"},
	{"hours_min", false, "minimum hours a week, 0 to 80"},
	{"hours_max", false, "maximum hours a week, 0 to 80"},
	{"employment_type", false, "permanent, fixed_term, seasonal or temporary"},
	{"shifts", false, "day, evening, night, rotating, weekend, split; separated by '|' or ','"},
	{"earliest_start", false, "earliest shift start, HH:MM (8:00 and 8.00 are accepted)"},
	{"pay_min", false, "minimum pay in currency per pay_unit"},
	{"pay_max", false, "maximum pay"},
	{"currency", false, "ISO 4217 code such as EUR; required when pay is given"},
	{"pay_unit", false, "hour, day, week, month or year; empty means pay not stated"},
	{"address", false, "place of work"},
	{"lat", false, "latitude of the place of work; give lat and lon together"},
	{"lon", false, "longitude of the place of work"},
	{"remote", false, "empty, no or on_site for on-site work; hybrid; full (or yes) for fully remote"},
	{"social", false, "dealing with the public and co-workers: low, medium or high"},
	{"noise", false, "low, medium or high"},
	{"outdoor", false, "share of outdoor work: low, medium or high"},
	{"physical", false, "lifting, standing, walking: low, medium or high"},
	{"driving_licence", false, "a driving licence is required: yes/no"},
	{"languages", false, "ISO 639-1 codes of languages required, separated by '|' or ','"},
	{"posted", false, "date posted, YYYY-MM-DD or DD/MM/YYYY"},
	{"valid_through", false, "last day to apply"},
	{"start_date", false, "first working day"},
	{"apply_method", false, "walk_in, phone, email, online or agency"},
	{"apply_detail", false, "address, e-mail, URL or person to ask for"},
	{"channel", false, "competitive (the default), quota, convention, traineeship or sheltered"},
}

var contactColumns = []Column{
	{"id", true, "unique contact id"},
	{"employer_id", true, "id of the employer met"},
	{"specialist", false, "the employment specialist; required unless by_client"},
	{"date", false, "day of the contact, YYYY-MM-DD or DD/MM/YYYY; give date (with time) or at"},
	{"time", false, "time of the contact, HH:MM; optional, with date"},
	{"at", false, "date and time with offset, RFC 3339 (2025-03-01T10:00:00+01:00), instead of date and time"},
	{"type", true, "face_to_face, phone or email"},
	{"purpose", true, "introduction, learn_business, thank_you, present_candidate, interview or follow_along"},
	{"person", false, "who was met at the employer"},
	{"learned", false, "what the specialist found out"},
	{"outcome", false, "free text"},
	{"follow_up", false, "what to do next"},
	{"follow_up_date", false, "when to do it, not before the contact"},
	{"client_id", false, "the client the contact was about; required for present_candidate, interview, follow_along and by_client"},
	{"by_client", false, "the client made the contact: yes/no"},
}
