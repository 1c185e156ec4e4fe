#!/usr/bin/env bash
# Makes Debian's chromium available for the browser tests
# (match/server/browsertest) and exports its path. Source it from .ci/run:
#   . .ci/browser.sh
# Under CI=true the browser tests fail, rather than skip, without it.
if ! command -v chromium >/dev/null 2>&1; then
	echo "installing chromium for the browser tests"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
if command -v chromium >/dev/null 2>&1; then
	IPSMATCH_CHROMIUM="$(command -v chromium)"
	export IPSMATCH_CHROMIUM
	echo "browser tests use $IPSMATCH_CHROMIUM ($("$IPSMATCH_CHROMIUM" --version 2>/dev/null))"
fi
