package workspace

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ipsmatch/ipsmatch/internal/atomicfile"
	"github.com/ipsmatch/ipsmatch/match"
	"github.com/ipsmatch/ipsmatch/preference"
)

const (
	// CaseloadFile, in an index folder, holds the absolute path of the
	// folder of client profiles the index serves.
	CaseloadFile = "caseload.path"
	// legacyCaseloadFile is what earlier versions wrote; it is read when
	// CaseloadFile is absent.
	legacyCaseloadFile = "clients.path"
	// clientsDir is the folder of profiles inside a data folder.
	clientsDir = "clients"
)

// LoadCaseload reads every *.json profile in dir (a missing or empty dir
// is an empty caseload). Two profiles with one id are an error naming both
// files (match.ErrDuplicateClient): neither wins.
func LoadCaseload(dir string) (*match.Caseload, error) {
	if dir == "" {
		return match.NewCaseload(nil)
	}
	return loadCaseloadFS(os.DirFS(dir), ".", dir)
}

// loadCaseloadFS reads the profiles in sub of fsys; name is how messages
// name fsys.
func loadCaseloadFS(fsys fs.FS, sub, name string) (*match.Caseload, error) {
	names, err := fs.Glob(fsys, path.Join(sub, "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	profiles := make([]preference.Profile, 0, len(names))
	where := make([]string, 0, len(names))
	for _, n := range names {
		file := filepath.Join(name, filepath.FromSlash(n))
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		p, err := preference.Decode(b, file)
		if err != nil {
			return nil, err
		}
		profiles = append(profiles, p)
		where = append(where, file)
	}
	return match.NewCaseload(profiles, where...)
}

// caseloadPath reads where an index folder's caseload lives; "" when none
// was ever set.
func caseloadPath(dir string) (string, error) {
	for _, f := range []string{CaseloadFile, legacyCaseloadFile} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return strings.TrimSpace(string(b)), nil
	}
	return "", nil
}

// CaseloadChange reports what setting a caseload changed.
type CaseloadChange struct {
	From, To string   // the folders, before and after ("" for none)
	Clients  int      // clients in the new caseload
	Added    []string `json:"added,omitempty"`
	Removed  []string `json:"removed,omitempty"`
	// DisclosureChanged lists the clients whose disclosure choice differs
	// between the two folders: the new one governs from now on.
	DisclosureChanged []string `json:"disclosure_changed,omitempty"`
}

// SetCaseload makes dir the folder of client profiles the workspace's
// index serves, after reading and checking every profile in it, and
// reports what changed. It is the only way the caseload of an index
// changes. The path is written atomically. A workspace opened on a data
// folder keeps the new caseload in memory until it is opened again.
func (w *Workspace) SetCaseload(dir string) (CaseloadChange, error) {
	if err := w.writable(); err != nil {
		return CaseloadChange{}, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return CaseloadChange{}, err
	}
	if st, err := os.Stat(abs); err != nil || !st.IsDir() {
		return CaseloadChange{}, fmt.Errorf("caseload folder %s: not found", dir)
	}
	next, err := LoadCaseload(abs)
	if err != nil {
		return CaseloadChange{}, err
	}
	ch := diffCaseloads(w.Caseload, next)
	ch.From, ch.To = w.CaseloadDir, abs
	if w.opt.Index == "" {
		w.CaseloadDir, w.Caseload = abs, next
		return ch, w.build()
	}
	if err := atomicfile.Write(filepath.Join(w.opt.Index, CaseloadFile), []byte(abs+"\n"), 0o644); err != nil {
		return CaseloadChange{}, fmt.Errorf("ipsmatch workspace: recording the caseload: %w", err)
	}
	_ = os.Remove(filepath.Join(w.opt.Index, legacyCaseloadFile))
	w.CaseloadDir, w.Caseload = abs, next
	return ch, w.build()
}

func diffCaseloads(old, next *match.Caseload) CaseloadChange {
	ch := CaseloadChange{Clients: next.Len()}
	for _, id := range next.IDs() {
		p, _ := next.Client(id)
		if q, ok := old.Client(id); !ok {
			ch.Added = append(ch.Added, id)
		} else if q.Disclosure != p.Disclosure {
			ch.DisclosureChanged = append(ch.DisclosureChanged, id)
		}
	}
	for _, id := range old.IDs() {
		if _, ok := next.Client(id); !ok {
			ch.Removed = append(ch.Removed, id)
		}
	}
	return ch
}

// Client returns a caseload client by id. A profile read from elsewhere
// (for example a file a specialist names) is checked with Profile.
func (w *Workspace) Client(id string) (preference.Profile, bool) {
	return w.Caseload.Client(id)
}

// Profile checks a profile given for one call, such as a file a
// specialist names: a client of the caseload must match the caseload's
// profile exactly, so a stray file cannot override a disclosure choice;
// a profile whose id is not in the caseload is used as given, for a
// search only (it can never be recorded against).
func (w *Workspace) Profile(p preference.Profile) (preference.Profile, error) {
	q, ok := w.Caseload.Client(p.ID)
	if !ok {
		return p, nil
	}
	if !sameProfile(p, q) {
		return preference.Profile{}, fmt.Errorf("%w: client %q is in the caseload (%s); edit the profile there, or use the client id",
			ErrClientConflict, p.ID, w.CaseloadDir)
	}
	return q, nil
}

// sameProfile compares two profiles as they encode: every field counts.
func sameProfile(a, b preference.Profile) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}
