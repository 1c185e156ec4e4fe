package match

import (
	"strings"

	"github.com/ipsmatch/ipsmatch/employer"
)

func sectorLabel(emp *employer.Employer) string {
	if emp.Sector.Label != "" {
		return emp.Sector.Label
	}
	return emp.Sector.Code
}

// plural makes an occupation label plural for a sentence: "kitchen porters".
func plural(s string) string {
	switch {
	case s == "" || strings.HasSuffix(s, "s") || strings.Contains(s, " de "):
		return s
	case len(s) > 1 && strings.HasSuffix(s, "y") && !strings.ContainsAny(s[len(s)-2:len(s)-1], "aeiou"):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "x"):
		return s + "es"
	}
	return s + "s"
}

func plural1(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
