package main

import (
	"errors"
	"flag"
	"strings"
)

// takesArgs are the commands that read any number of positional arguments.
var takesArgs = []string{"ipsmatch import", "ipsmatch understand", "ipsmatch geocode"}

// parse parses flags given anywhere among the positional arguments, so that
// `understand "x" --json` reads --json as a flag; everything after "--" is
// positional. Only the commands in takesArgs accept positional arguments.
func parse(fs *flag.FlagSet, args []string) error {
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	for _, n := range takesArgs {
		if fs.Name() == n {
			return nil
		}
	}
	if len(pos) > 0 {
		return usageErr("unexpected argument %q", pos[0])
	}
	return nil
}

// parseArgs splits args into flags and positional arguments, refuses an
// unknown flag with a suggestion, parses the flags and returns the
// positional arguments, which fs.Args() also returns.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, pos []string
	wantHelp := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "h" || name == "help" {
			wantHelp = true
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			return nil, unknownFlag(fs, name)
		}
		flags = append(flags, a)
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); hasValue || (ok && b.IsBoolFlag()) {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if wantHelp {
		_ = fs.Parse(flags) // for --lang; the help is printed whatever else is wrong
		fs.Usage()
		return nil, flag.ErrHelp
	}
	if err := fs.Parse(append(append(flags, "--"), pos...)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, usageErr("%v", err)
	}
	return pos, nil
}

// unknownFlag is the usage error for --name, suggesting the closest flag
// the command knows when one is near enough to be a typing slip.
func unknownFlag(fs *flag.FlagSet, name string) error {
	best, bestD := "", 3
	fs.VisitAll(func(f *flag.Flag) {
		limit := max(1, len(name)/3)
		if d := editDistance(name, f.Name); d < bestD && d <= limit || strings.HasPrefix(f.Name, name) && bestD > 1 {
			best, bestD = f.Name, min(d, 1)
		}
	})
	if best == "" {
		return usageErr("unknown flag --%s", name)
	}
	return usageErr("unknown flag --%s; did you mean --%s?", name, best)
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// parseOne parses flags given before or after one positional argument,
// such as the ID of "employer show ID --json", and returns it ("" when
// none is given). More than one is a usage error.
func parseOne(fs *flag.FlagSet, args []string) (string, error) {
	pos, err := parseArgs(fs, args)
	if err != nil {
		return "", err
	}
	switch len(pos) {
	case 0:
		return "", nil
	case 1:
		return pos[0], nil
	}
	return "", usageErr("unexpected argument %q", pos[1])
}
