// Package fidelity computes the figures an IPS fidelity review and a
// programme's outcome report look at, from a caseload, the job-development
// log and job starts: face-to-face employer contacts per specialist per week
// (target about 6), caseload size (20 or fewer), days from enrolment to the
// first face-to-face employer contact (within 30), job starts and how varied
// they are, the share of clients working, 90-day retention and job tenure.
// It also names what needs attention: a specialist below the contact target
// or over caseload, a client past day 30 with no employer contact. The
// functions are pure: the same input always gives the same report.
package fidelity
