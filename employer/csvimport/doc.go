// Package csvimport reads employers, vacancies and contacts from the CSV
// files a team keeps in a spreadsheet: comma or semicolon separated (found
// from the header line), UTF-8 with or without a byte-order mark, with a
// header row whose column names can be mapped from the team's own ("Azienda"
// to "name"). Decimal commas and DD/MM/YYYY dates from Italian spreadsheets
// are accepted. Every record is validated and any problem is a
// *employer.FieldError naming the file, the row (the header is row 1), the
// record id and the column; a file with one bad row is refused whole. The
// columns are documented in FORMAT.md and by Columns.
package csvimport
