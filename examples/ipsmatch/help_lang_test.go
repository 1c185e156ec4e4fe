package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHelpInTheChosenLanguage(t *testing.T) {
	out, stderr, code := runCLI(t, "help", "plan", "--lang", "it")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "pianifica le visite alle aziende di un operatore IPS per la settimana")
	assert.Contains(t, out, "Opzioni:")
	assert.Contains(t, out, "(predefinito 6)")
	out, _, code = runCLI(t, "help", "--lang", "da")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Kommandoer:")
	assert.Contains(t, out, "rangordner ledige stillinger til én borger")
}
