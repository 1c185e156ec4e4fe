// Package server serves ipsmatch over HTTP: a JSON API that does what the
// ipsmatch command does (match, leads, alerts, the plan, the reports,
// the job-development log, employers and vacancies, the caseload, file
// imports, exports as CSV, HTML and iCalendar, reading a client's words,
// the occupation taxonomy, geocoding), its OpenAPI 3 document at
// /openapi.json, and an offline page for employment specialists, all from
// one http.Handler an embedder can mount. One table of routes makes both
// the handler and the document. Every API request carries a bearer token
// with a role (specialist, supervisor or integration); a specialist sees
// their own caseload only. Every write of a contact or a placement, an
// imported file's included, goes through the workspace's match.Recorder,
// the one gate that enforces the client's disclosure choice. A request's
// Accept-Language header chooses the language of the reasons, flags and
// explanations of match, leads, plan, alerts, follow-ups, the benefits
// what-if and the report: English, Italian, Spanish or Danish, English by
// default; a match request's "lang" field, when given, wins over it.
// Codes, ids and the JSON's shape never change with the language, and
// errors stay English. The page speaks the same four languages from one
// dictionary, web/i18n.json, and sends its choice as Accept-Language.
package server
