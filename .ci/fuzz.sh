#!/bin/sh
# Runs every decoder's fuzz target for a short, bounded time (FUZZTIME per
# target, 5s by default; about three and a half minutes in all on two cores, compiling
# included). A failure leaves the crashing input under the package's
# testdata/fuzz/<Target>/ for `go test` to replay.
set -eu
cd "$(dirname "$0")/.."
t="${FUZZTIME:-5s}"
# run fuzzes one target. On a loaded machine the fuzzing engine can give
# up waiting for a worker to stop ("context deadline exceeded") without any
# failing input: that is the engine's time-out, not a finding, so it is
# run once more; a real finding (an input saved under testdata) fails.
run() {
	echo "fuzz $2 in $1 for $t"
	out=$(go test -run '^$' -fuzz "^$2\$" -fuzztime "$t" -parallel 1 "$1" 2>&1) && { echo "$out" | tail -2; return 0; }
	echo "$out" | tail -20
	if echo "$out" | grep -q "context deadline exceeded" && ! echo "$out" | grep -q "Failing input"; then
		echo "fuzz $2: the engine timed out stopping a worker, with no failing input; running it again"
		go test -run '^$' -fuzz "^$2\$" -fuzztime "$t" -parallel 1 "$1"
		return
	fi
	return 1
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
run ./index FuzzDecodeVac
