// Command ipsmatch is the example command-line tool of ipsmatch: it ranks
// vacancies and employers for a client, plans job-development visits and
// reports fidelity figures, on a folder of data files, a persistent index,
// or the built-in demo town of Valmora when given neither.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"sort"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/safetext"
)

// command is one subcommand.
type command struct {
	name  string
	usage string
	run   func(ctx context.Context, env *env, args []string) error
}

// env is what a command writes to; tests swap it.
type env struct {
	stdout, stderr io.Writer
	isTerminal     bool
}

var commands []command

// groups are the first words of two-word commands.
var groups = []string{"contact", "placement", "employer", "caseload", "specialist", "token", "export"}

func register(c command) { commands = append(commands, c) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{stdout: os.Stdout, stderr: os.Stderr, isTerminal: isTerminal(os.Stderr)}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run executes one command line and returns the exit code: 0 success, 1 a
// failure, 2 a usage error. Everything it prints goes through safetext, so
// that an ESC or BEL in a client id or a vacancy title is shown as \x1b,
// never obeyed by the terminal. JSON output passes through unchanged in
// meaning: encoding/json already writes control characters as \u001b, and
// the only characters safetext still rewrites there (C1 and bidirectional
// controls, inside strings) it writes as the equivalent JSON escape \u0085.
func run(ctx context.Context, e *env, args []string) int {
	out, errOut := safetext.NewWriter(e.stdout), safetext.NewWriter(e.stderr)
	errOut.KeepCR = e.isTerminal // the progress line is redrawn with \r
	defer func() { out.Flush(); errOut.Flush() }()
	se := *e
	se.stdout, se.stderr = out, errOut
	return runCommand(ctx, &se, args)
}

func runCommand(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	name := args[0]
	// Two-word commands: "contact add", "placement list", "employer show"...
	if len(args) > 1 && slices.Contains(groups, name) {
		name += " " + args[1]
		args = args[1:]
	}
	for _, c := range commands {
		if c.name == name {
			err := c.run(ctx, e, args[1:])
			switch {
			case err == nil:
				return 0
			case errors.Is(err, flag.ErrHelp):
				return 0
			case errors.Is(err, errUsage):
				fmt.Fprintf(e.stderr, "ipsmatch %s: %v\nusage: ipsmatch %s\n", c.name, err, c.usage)
				return 2
			default:
				fmt.Fprintf(e.stderr, "ipsmatch %s: %v\n", c.name, err)
				return 1
			}
		}
	}
	fmt.Fprintf(e.stderr, "ipsmatch: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return 2
}

var errUsage = errors.New("usage")

func usageErr(format string, a ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "ipsmatch: job search and job development for IPS employment specialists")
	fmt.Fprintln(w, "\nWith no --data or --index, commands run on the built-in demo town of Valmora.\n\nCommands:")
	cs := append([]command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  ipsmatch %s\n", c.usage)
	}
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("ipsmatch "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageErr("%v", err)
	}
	if fs.NArg() > 0 && !strings.HasPrefix(fs.Name(), "ipsmatch import") && !strings.HasPrefix(fs.Name(), "ipsmatch understand") {
		return usageErr("unexpected argument %q", fs.Arg(0))
	}
	return nil
}

// parseOne parses flags given before or after one positional argument,
// such as the ID of "employer show ID --json", and returns it ("" when
// none is given). More than one is a usage error.
func parseOne(fs *flag.FlagSet, args []string) (string, error) {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && i+1 < len(args) {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	if err := parse(fs, flags); err != nil {
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

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
