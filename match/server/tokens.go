package server

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ipsmatch/ipsmatch/internal/atomicfile"
)

// Role is what a token may do.
type Role string

// Roles.
const (
	// RoleSpecialist is an employment specialist: their own caseload only
	// (clients whose profile names them), the employers, their own plan and
	// report.
	RoleSpecialist Role = "specialist"
	// RoleSupervisor reads every caseload and the team's reports, and may
	// record and correct contacts and placements.
	RoleSupervisor Role = "supervisor"
	// RoleIntegration is the case-management application: everything,
	// including feeding employers and vacancies.
	RoleIntegration Role = "integration"
)

// Roles lists the roles, least trusted first.
func Roles() []Role { return []Role{RoleSpecialist, RoleSupervisor, RoleIntegration} }

// TokensFile is the name of the token file in an index folder.
const TokensFile = "tokens.json"

// tokenPrefix starts every secret, so that a leaked token is easy to
// recognise in a log or a repository scan.
const tokenPrefix = "ipsm_"

// Token is what the server knows of a token: never the secret, only its
// SHA-256 (a token is 256 random bits, so a plain hash is enough).
type Token struct {
	ID         string    `json:"id"`
	Name       string    `json:"name,omitempty"`
	Role       Role      `json:"role"`
	Specialist string    `json:"specialist,omitempty"`
	Created    time.Time `json:"created"`
	Hash       string    `json:"sha256"`
}

// Tokens is the set of tokens a server accepts, kept in a JSON file (or in
// memory when the path is empty). Changes made by another process, such as
// `ipsmatch token revoke` beside a running server, are seen at the next
// request. Tokens is safe for concurrent use.
type Tokens struct {
	path string

	mu     sync.Mutex
	list   []Token
	byHash map[string]Token
	stamp  fileStamp
}

type fileStamp struct {
	mod  time.Time
	size int64
}

type tokenFile struct {
	Tokens []Token `json:"tokens"`
}

// OpenTokens reads the token file at path; a missing file is an empty set.
// An empty path keeps the tokens in memory only.
func OpenTokens(path string) (*Tokens, error) {
	t := &Tokens{path: path, byHash: map[string]Token{}}
	if err := t.reload(true); err != nil {
		return nil, err
	}
	return t, nil
}

// reload re-reads the file when it changed since the last read.
func (t *Tokens) reload(force bool) error {
	if t.path == "" {
		return nil
	}
	st, err := os.Stat(t.path)
	if errors.Is(err, fs.ErrNotExist) {
		t.set(nil, fileStamp{})
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w file %s: %v", ErrToken, t.path, err)
	}
	stamp := fileStamp{st.ModTime(), st.Size()}
	if !force && stamp == t.stamp {
		return nil
	}
	b, err := os.ReadFile(t.path)
	if err != nil {
		return fmt.Errorf("%w file %s: %v", ErrToken, t.path, err)
	}
	var f tokenFile
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("%w file %s: %v", ErrToken, t.path, err)
	}
	t.set(f.Tokens, stamp)
	return nil
}

func (t *Tokens) set(list []Token, stamp fileStamp) {
	t.list, t.stamp = list, stamp
	t.byHash = make(map[string]Token, len(list))
	for _, tk := range list {
		t.byHash[tk.Hash] = tk
	}
}

// Create makes a token and returns its secret, the only time it is shown.
// A specialist token must name the specialist it is bound to; other roles
// must not.
func (t *Tokens) Create(role Role, specialist, name string) (secret string, tok Token, err error) {
	switch {
	case !slices.Contains(Roles(), role):
		return "", Token{}, fmt.Errorf("%w: unknown role %q (want one of %v)", ErrToken, role, Roles())
	case role == RoleSpecialist && strings.TrimSpace(specialist) == "":
		return "", Token{}, fmt.Errorf("%w: a specialist token names its specialist", ErrToken)
	case role != RoleSpecialist && specialist != "":
		return "", Token{}, fmt.Errorf("%w: only a specialist token names a specialist", ErrToken)
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", Token{}, err
	}
	secret = tokenPrefix + base64.RawURLEncoding.EncodeToString(raw[:])
	var id [6]byte
	if _, err := rand.Read(id[:]); err != nil {
		return "", Token{}, err
	}
	tok = Token{ID: "tok_" + hex.EncodeToString(id[:]), Name: name, Role: role, Specialist: specialist,
		Created: time.Now().UTC().Truncate(time.Second), Hash: hashSecret(secret)}
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.reload(false); err != nil {
		return "", Token{}, err
	}
	if err := t.save(append(slices.Clone(t.list), tok)); err != nil {
		return "", Token{}, err
	}
	return secret, tok, nil
}

// List returns the tokens, oldest first.
func (t *Tokens) List() ([]Token, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.reload(false); err != nil {
		return nil, err
	}
	return slices.Clone(t.list), nil
}

// Revoke removes the token with the given id; the server refuses it from
// the next request on.
func (t *Tokens) Revoke(id string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.reload(false); err != nil {
		return err
	}
	i := slices.IndexFunc(t.list, func(tk Token) bool { return tk.ID == id })
	if i < 0 {
		return fmt.Errorf("%w: no token %q", ErrToken, id)
	}
	return t.save(slices.Delete(slices.Clone(t.list), i, i+1))
}

// Lookup returns the token whose secret this is.
func (t *Tokens) Lookup(secret string) (Token, bool) {
	if !strings.HasPrefix(secret, tokenPrefix) {
		return Token{}, false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.reload(false); err != nil {
		return Token{}, false
	}
	tk, ok := t.byHash[hashSecret(secret)]
	return tk, ok
}

func hashSecret(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// save writes the list atomically (a temporary sibling renamed over the
// file), readable by its owner only.
func (t *Tokens) save(list []Token) error {
	if t.path == "" {
		t.set(list, fileStamp{})
		return nil
	}
	b, err := json.MarshalIndent(tokenFile{Tokens: list}, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(t.path, append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("%w file %s: %v", ErrToken, t.path, err)
	}
	return t.reload(true)
}
