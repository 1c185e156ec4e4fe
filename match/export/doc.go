// Package export writes what the engine produces in formats a team already
// uses: a client's list as CSV and as a printable HTML page to share with
// the client, the week's visits and follow-alongs as an iCalendar file a
// phone calendar imports (RFC 5545), and the fidelity and outcome reports
// as CSV. Spreadsheet cells that would start a formula are quoted with a
// leading apostrophe, so that an exported posting cannot run in a
// spreadsheet. What a person reads (the page, calendar entries) is in the
// language asked for; CSV column names and codes stay the same in every
// language, since programs read them, while the reasons in a list's cells
// are in the language the list was matched in.
package export
