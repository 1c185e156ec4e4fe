#!/usr/bin/env bash
# Crash test: kills real index, journal and CLI writers at random moments
# and checks that nothing half-written survives (see internal/crashtest).
# About 60-90 s: 60 s of runs shared by the scenarios, plus building the
# CLI and one reference run per scenario.
# CRASH_SEED pins the seed (default: the time, printed for a re-run);
# CRASH_DURATION and CRASH_SCENARIOS override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${CRASH_SEED:-$(date +%s)}"
duration="${CRASH_DURATION:-60s}"
scenarios="${CRASH_SCENARIOS:-create,import,journal,cli}"
echo "crash test: go run ./internal/crashtest -duration $duration -seed $seed -scenarios $scenarios"
# The hard limit is the command's own bound plus time to build and to
# finish the last run; a hang fails instead of stalling CI.
exec timeout --kill-after=10s 300s go run ./internal/crashtest -duration "$duration" -seed "$seed" -scenarios "$scenarios"
