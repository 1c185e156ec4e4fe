// Package i18n holds the catalogue of ipsmatch's user-facing messages in
// English, Italian, Spanish and Danish, chooses the language of one call
// (a --lang flag, then LC_ALL and LANG) and formats dates per locale.
// Messages are keyed by their English format string, so English output is
// the key itself; a test keeps every message translated in every language
// with the same placeholders.
package i18n
