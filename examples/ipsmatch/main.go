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
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/safetext"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
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
	// width is the width text output is laid out for; 0 finds it from the
	// terminal or COLUMNS (see columns).
	width int
	// rawStdout is stdout before safetext wraps it, to ask a terminal its
	// width.
	rawStdout io.Writer
	// getenv reads LANG, LC_ALL and COLUMNS; nil is os.Getenv.
	getenv func(string) string
	// lang and p are the language of the command's messages and their
	// printer (see lang.go).
	lang language.Tag
	p    *message.Printer
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
	se.stdout, se.stderr, se.rawStdout = out, errOut, e.stdout
	se.chooseLang()
	return runCommand(ctx, &se, args)
}

func runCommand(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e, e.stderr)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		return help(ctx, e, args[1:])
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
				fmt.Fprintf(e.stderr, "ipsmatch %s: %s\n%s\n", c.name, e.errText(err), e.sprintf("usage: ipsmatch %s", c.usage))
				return 2
			default:
				fmt.Fprintf(e.stderr, "ipsmatch %s: %s\n", c.name, e.errText(err))
				return 1
			}
		}
	}
	fmt.Fprintln(e.stderr, e.sprintf("ipsmatch: unknown command %q", args[0])+"\n")
	usage(e, e.stderr)
	return 2
}

// help prints the command list, a group's commands or one command's help
// to stdout.
func help(ctx context.Context, e *env, args []string) int {
	words := args
	for i, a := range args {
		if strings.HasPrefix(a, "-") {
			words = args[:i]
			break
		}
	}
	rest := args[len(words):]
	name := strings.Join(words, " ")
	if len(words) == 0 || slices.Contains(groups, name) {
		fs := flag.NewFlagSet("ipsmatch help", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		registerLang(e, fs)
		if err := fs.Parse(rest); err != nil {
			fmt.Fprintf(e.stderr, "ipsmatch help: %v\n", err)
			return 2
		}
		if len(words) > 0 {
			groupHelp(e, e.stdout, name)
			return 0
		}
		usage(e, e.stdout)
		return 0
	}
	for _, c := range commands {
		if c.name == name {
			if err := c.run(ctx, e, append(rest, "--help")); err != nil && !errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(e.stderr, "ipsmatch %s: %s\n", c.name, e.errText(err))
				return 1
			}
			return 0
		}
	}
	fmt.Fprintln(e.stderr, e.sprintf("ipsmatch help: unknown command %q", name)+"\n")
	usage(e, e.stderr)
	return 2
}

var errUsage = errors.New("usage")

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("ipsmatch "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // runCommand prints the error once
	fs.Usage = func() { commandHelp(e, name, fs) }
	registerLang(e, fs)
	return fs
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
