// Package safetext makes untrusted text safe to print on a terminal. A
// client id or vacancy title holding ESC or BEL can clear the screen,
// retitle the window or hide text when printed raw; safetext turns such
// characters, and bytes that are not UTF-8, into visible escapes such as
// \x1b, leaving tabs, line feeds and all printable text unchanged.
package safetext
