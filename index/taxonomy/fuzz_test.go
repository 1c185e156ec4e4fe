package taxonomy

import (
	"os"
	"path/filepath"
	"testing"
)

func FuzzUnderstand(f *testing.F) {
	for _, s := range []string{"kitchen work", "lavoro in cucina, part-time", "rengøring", "ÆØÅ æøå", "", "a the of", "cook cooks cooking"} {
		f.Add(s)
	}
	tx := Builtin()
	f.Fuzz(func(t *testing.T, text string) {
		got := tx.Understand(text)
		if len(got) > maxUnderstood {
			t.Fatalf("%d readings", len(got))
		}
		for i, u := range got {
			if u.Score <= 0 || u.Score > 1 {
				t.Fatalf("score %v for %q", u.Score, text)
			}
			if i > 0 && u.Score > got[i-1].Score {
				t.Fatalf("not ordered: %+v", got)
			}
		}
	})
}

// FuzzLoadESCOOccupations feeds arbitrary bytes as occupations_en.csv: the
// loader must return a taxonomy or an error, never panic.
func FuzzLoadESCOOccupations(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join(tinyDir, "classification", "occupations_en.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("conceptUri,iscoGroup,preferredLabel,altLabels,code\nx,9412,cook,\"a\nb\",1\n"))
	f.Add([]byte("\uFEFFconceptUri\n"))
	skills, err := os.ReadFile(filepath.Join(tinyDir, "classification", "skills_en.csv"))
	if err != nil {
		f.Fatal(err)
	}
	rels, err := os.ReadFile(filepath.Join(tinyDir, "relations", "occupationSkillRelations.csv"))
	if err != nil {
		f.Fatal(err)
	}
	groups, err := os.ReadFile(filepath.Join(tinyDir, "classification", "ISCOGroups_en.csv"))
	if err != nil {
		f.Fatal(err)
	}
	broader, err := os.ReadFile(filepath.Join(tinyDir, "relations", "broaderRelationsOccPillar.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, occ []byte) {
		dir := t.TempDir()
		for name, data := range map[string][]byte{
			escoOccupations: occ, escoSkills: skills, escoRelations: rels, escoISCOGroups: groups, escoBroaderOcc: broader,
		} {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		tx, err := LoadESCO(dir)
		if err == nil {
			_ = tx.Understand("cook")
			for _, o := range tx.Occupations() {
				_ = tx.Broader(o.ID)
			}
		}
	})
}
