package main

import (
	"context"
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/journal"
	"github.com/ipsmatch/ipsmatch/index/store"
	"github.com/ipsmatch/ipsmatch/match/server"
	"github.com/ipsmatch/ipsmatch/match/workspace"
)

func init() {
	register(command{name: "token create", usage: "token create --index DIR --role specialist|supervisor|integration [--specialist ID] [--name TEXT]: make an API token for 'ipsmatch serve' and print it once", run: runTokenCreate})
	register(command{name: "token list", usage: "token list --index DIR [--json]: the API tokens (never their secrets)", run: runTokenList})
	register(command{name: "token revoke", usage: "token revoke ID --index DIR: refuse a token from the next request on", run: runTokenRevoke})
}

// tokens opens the token file of an index folder.
func tokens(dir string) (*server.Tokens, error) {
	if dir == "" {
		return nil, usageErr("--index is required: tokens live in the index folder")
	}
	if !index.Exists(dir) {
		return nil, fmt.Errorf("%w: %s is not an ipsmatch index; build one with: ipsmatch index --data DIR --index %s", workspace.ErrNotWorkspace, dir, dir)
	}
	return server.OpenTokens(filepath.Join(dir, server.TokensFile))
}

func runTokenCreate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "token create")
	dir := fs.String("index", "", "index folder the server serves")
	role := fs.String("role", "", "specialist (own caseload), supervisor (all caseloads, reports) or integration (everything)")
	spec := fs.String("specialist", "", "the specialist a specialist token is bound to (an id on the roster)")
	name := fs.String("name", "", "a label, such as who holds the token")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *role == "" {
		return usageErr("--role is required")
	}
	t, err := tokens(*dir)
	if err != nil {
		return err
	}
	if *spec != "" {
		if err := onRoster(ctx, *dir, *spec); err != nil {
			return err
		}
	}
	secret, tok, err := t.Create(server.Role(*role), *spec, *name)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "token %s (%s) created; it is shown once, keep it safe:\n", tok.ID, tok.Role)
	fmt.Fprintln(e.stdout, secret)
	return nil
}

// onRoster checks a specialist id against the index's roster, read beside
// a running server.
func onRoster(ctx context.Context, dir, id string) error {
	st, err := journal.OpenReadOnly(filepath.Join(dir, workspace.JournalDir))
	if err != nil {
		return err
	}
	defer st.Close()
	ss, err := st.Specialists(ctx)
	if err != nil {
		return err
	}
	ids := make([]string, len(ss))
	for i, s := range ss {
		if s.ID == id {
			return nil
		}
		ids[i] = s.ID
	}
	return store.UnknownSpecialist(id, ids)
}

func runTokenList(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "token list")
	dir := fs.String("index", "", "index folder")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	t, err := tokens(*dir)
	if err != nil {
		return err
	}
	list, err := t.List()
	if err != nil {
		return err
	}
	if *asJSON {
		for i := range list {
			list[i].Hash = ""
		}
		return writeJSON(e.stdout, list)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "id\trole\tspecialist\tname\tcreated")
	for _, tk := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", tk.ID, tk.Role, tk.Specialist, tk.Name, tk.Created.Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

func runTokenRevoke(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "token revoke")
	dir := fs.String("index", "", "index folder")
	id, err := parseOne(fs, args)
	if err != nil {
		return err
	}
	if id == "" {
		return usageErr("give the token id: token revoke ID (see 'ipsmatch token list')")
	}
	t, err := tokens(*dir)
	if err != nil {
		return err
	}
	if err := t.Revoke(id); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "token %s revoked\n", id)
	return nil
}
