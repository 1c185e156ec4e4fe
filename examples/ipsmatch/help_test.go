package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHelpGoesToStdoutWithDescriptions(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}} {
		out, stderr, code := runCLI(t, args...)
		require.Equal(t, 0, code, stderr)
		assert.Empty(t, stderr)
		assert.Contains(t, out, "rank open vacancies for one client")
		assert.Contains(t, out, "Examples:")
		for _, c := range commands {
			_, s := commandSummary(c)
			assert.NotEmpty(t, s, "command %q has a one-line description", c.name)
		}
	}
}

func TestHelpCommandPrintsItsOwnUsage(t *testing.T) {
	for _, args := range [][]string{{"help", "match"}, {"match", "--help"}, {"match", "-h"}} {
		out, stderr, code := runCLI(t, args...)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, "usage: ipsmatch match --client")
		assert.Contains(t, out, "--limit int")
		assert.Contains(t, out, "number of results (default 10)")
		assert.Contains(t, out, "ipsmatch match --client lucia")
		assert.NotContains(t, out, "ipsmatch leads --client", "not the general usage")
	}
	out, _, code := runCLI(t, "help", "contact", "add")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "usage: ipsmatch contact add")
	out, _, code = runCLI(t, "help", "token")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "token revoke")
	_, stderr, code := runCLI(t, "help", "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `unknown command "frobnicate"`)
}

func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commands {
		out, stderr, code := runCLI(t, "help", c.name)
		assert.Equal(t, 0, code, "%s: %s", c.name, stderr)
		assert.Contains(t, out, "usage: ipsmatch "+c.name, c.name)
	}
}

func TestFlagsAfterPositionalArguments(t *testing.T) {
	out, stderr, code := runCLI(t, "understand", "lavoro in cucina", "--json")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `"text": "lavoro in cucina"`)
	assert.NotContains(t, out, `"text": "--json"`)
	out, _, code = runCLI(t, "understand", "--", "--json")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"--json"`, "after -- a word is a word")
}

func TestUnknownFlagSuggestsTheNearest(t *testing.T) {
	_, stderr, code := runCLI(t, "match", "--client", "lucia", "--limt", "3")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown flag --limt; did you mean --limit?")
	_, stderr, code = runCLI(t, "understand", "x", "--jsn")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "did you mean --json?")
	_, stderr, code = runCLI(t, "match", "--zzzzzz")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown flag --zzzzzz")
	assert.NotContains(t, stderr, "did you mean")
}

func TestEditDistance(t *testing.T) {
	assert.Equal(t, 0, editDistance("json", "json"))
	assert.Equal(t, 1, editDistance("limt", "limit"))
	assert.Equal(t, 2, editDistance("cleint", "client"))
	assert.Equal(t, 4, editDistance("", "json"))
}
