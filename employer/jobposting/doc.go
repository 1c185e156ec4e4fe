// Package jobposting turns schema.org JobPosting markup, the JSON-LD that job
// boards and company career pages embed for search engines, into employer
// vacancies: a bare JSON-LD object, an array, an @graph, or a whole HTML page
// with one or more <script type="application/ld+json"> blocks. It maps what
// the engine uses (title, hours and shifts from free-text workHours in English
// and Italian, pay, place, occupation, skills, the hiring organisation) and
// lists every property it could not map on the record, so that nothing is
// dropped silently. Volunteer postings and postings without a title are
// skipped with a reason rather than imported.
package jobposting
