package taxonomy

import "errors"

var (
	// ErrESCOMissingFile is returned by LoadESCO when one of the ESCO CSV
	// files it needs (occupations_en.csv, skills_en.csv, ISCOGroups_en.csv,
	// occupationSkillRelations.csv, broaderRelationsOccPillar.csv) is
	// neither under the folder nor inside a zip file there. The message
	// names the file.
	ErrESCOMissingFile = errors.New("taxonomy: ESCO file not found")

	// ErrESCOMissingColumn is returned by LoadESCO when the header of an ESCO
	// CSV file lacks a column the loader reads. The message names the file
	// and the column.
	ErrESCOMissingColumn = errors.New("taxonomy: ESCO column not in header")

	// ErrESCOMalformed is returned by LoadESCO when an ESCO file cannot be
	// read as CSV, or a row breaks a rule the loader relies on (an occupation
	// or ISCO group without a code, two occupations or two ISCO groups with
	// the same code). The message names the file and, where known, the line.
	ErrESCOMalformed = errors.New("taxonomy: malformed ESCO file")

	// ErrBuiltinData is returned when the embedded vocabulary cannot be
	// parsed. It means the data files in the package are broken; the tests
	// guard against it.
	ErrBuiltinData = errors.New("taxonomy: malformed built-in data")
)
