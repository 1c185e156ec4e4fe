// Package server serves ipsmatch over HTTP: a JSON API with the same
// contracts as the library (match, leads, plan, report, the job-development
// log, employers and vacancies, the caseload), its OpenAPI 3 document at
// /openapi.json, and an offline page for employment specialists, all from
// one http.Handler an embedder can mount. Every API request carries a
// bearer token with a role (specialist, supervisor or integration); a
// specialist sees their own caseload only. Every write of a contact or a
// placement goes through the workspace's match.Recorder, the one gate that
// enforces the client's disclosure choice. A request's Accept-Language
// header chooses the language of the reasons, flags and explanations of
// match, leads, plan, alerts, follow-ups, the benefits what-if and the
// report: English, Italian, Spanish or Danish, English by default; codes,
// ids and the JSON's shape never change with it, and errors stay English.
package server
