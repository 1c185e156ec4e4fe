// Package browsertest drives the specialists' page in a real headless
// Chromium (Debian's chromium package) through its main paths: sign in,
// a client's matches, an allowed and a refused contact, the printed visit
// sheet, the dashboard, the page switched to Italian and a Danish browser
// getting Danish. It has tests only. Without a Chromium the tests
// skip, except under CI=true, where they fail. Set IPSMATCH_CHROMIUM to
// the browser's path and IPSMATCH_SCREENSHOTS to a folder to keep the
// screenshots (by default they go to a temporary folder).
package browsertest
