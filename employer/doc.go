// Package employer describes what a region's labour market holds for an IPS
// team: employers, their vacancies, the specialists' contacts with employers
// (the job-development log) and placements (job starts and how they ended).
// It validates records and decodes them from JSON Lines, naming the file,
// line and field of anything it rejects. It depends on nothing else in
// ipsmatch.
package employer
