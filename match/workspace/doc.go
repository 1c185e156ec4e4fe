// Package workspace opens what a team works on, in one call: a persistent
// index folder, a folder of data files, or an embedded data set such as the
// demo town, each with its job-development store, its caseload of client
// profiles, a matching engine and the recording gate. It also imports files
// in dependency order (the roster, employers, vacancies, contacts,
// placements), checking a whole folder before writing any of it. The CLI,
// the server and an embedding application all open data through it, so
// they see the same caseload and record through the same disclosure check.
//
// An index folder holds the bleve index, its journal/ (unless the store is
// PostgreSQL) and caseload.path, the path of the folder of client profiles
// it serves: a path, never a copy of a profile. That path is the caseload's
// one source of truth; changing it is an explicit, reported act
// (SetCaseload).
package workspace
