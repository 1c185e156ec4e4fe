#!/bin/sh
# Runs every decoder's fuzz target for a short, bounded time (FUZZTIME per
# target, 5s by default; about two and a half minutes in all on two cores, compiling
# included). A failure leaves the crashing input under the package's
# testdata/fuzz/<Target>/ for `go test` to replay.
set -eu
cd "$(dirname "$0")/.."
t="${FUZZTIME:-5s}"
run() {
	echo "fuzz $2 in $1 for $t"
	go test -run '^$' -fuzz "^$2\$" -fuzztime "$t" "$1"
}
run ./internal/record FuzzDecodeJSON
run ./internal/safetext FuzzString
run ./preference FuzzDecode
run ./employer FuzzReadVacancies
run ./employer FuzzReadRecords
run ./employer/csvimport FuzzRead
run ./employer/jobposting FuzzDecode
run ./employer/jobposting FuzzParseWorkHours
run ./index/taxonomy FuzzLoadESCOOccupations
