package taxonomy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnderstandClientWords(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		iscos []string // the first reading must be in one of these unit groups
		id    string   // and, when set, be this occupation
	}{
		{"kitchen work in English", "kitchen work", []string{"9412", "5120"}, ""},
		{"kitchen work in Italian", "lavoro in cucina, part-time", []string{"9412", "5120"}, ""},
		{"office cleaning in Spanish", "limpieza de oficinas", []string{"9112"}, "office-cleaner"},
		{"cleaning in Danish", "rengøring", []string{"9112", "9111"}, ""},
		{"animals, vaguely", "something with animals", []string{"5164"}, ""},
		{"accents and case do not matter", "RENGORING", []string{"9112", "9111"}, ""},
		{"a near form of a label word", "magazzino", []string{"9333", "4321"}, ""},
		{"a compound written as one word", "dishwasher", []string{"9412"}, "dishwasher"},
		{"the specific label beats the general one", "dog groomer", []string{"5164"}, "pet-groomer"},
		{"Danish kitchen", "arbejde i køkken", []string{"9412"}, "kitchen-assistant"},
		{"Spanish waiter", "camarero", []string{"5131"}, "waiter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Builtin().Understand(c.text)
			require.NotEmpty(t, got)
			assert.Contains(t, c.iscos, got[0].Occupation.ISCO, "first reading: %+v", got[0])
			if c.id != "" {
				assert.Equal(t, c.id, got[0].Occupation.ID)
			}
		})
	}
}

func TestUnderstandItalianKitchenFindsSeveralKitchenJobs(t *testing.T) {
	kitchen := 0
	for _, u := range Builtin().Understand("lavoro in cucina, part-time") {
		if u.Occupation.ISCO == "9412" || u.Occupation.ISCO == "5120" {
			kitchen++
		}
	}
	assert.GreaterOrEqual(t, kitchen, 2)
}

func TestUnderstandNothing(t *testing.T) {
	for _, text := range []string{"", "   ", "!!!", "something with", "xyzzy plugh"} {
		assert.Empty(t, Builtin().Understand(text), "%q", text)
	}
}

func TestUnderstandReadingsAreOrderedAndBounded(t *testing.T) {
	got := Builtin().Understand("cleaner")
	require.Len(t, got, maxUnderstood)
	for i := 1; i < len(got); i++ {
		prev, cur := got[i-1], got[i]
		// Equal scores: a preferred label first, then by id.
		require.True(t, prev.Score > cur.Score || (prev.Score == cur.Score && (preferredMatch(prev) && !preferredMatch(cur) ||
			preferredMatch(prev) == preferredMatch(cur) && prev.Occupation.ID < cur.Occupation.ID)),
			"%+v before %+v", prev, cur)
	}
	for _, u := range got {
		assert.True(t, u.Score > 0 && u.Score <= 1, u.Score)
	}
	assert.Equal(t, got, Builtin().Understand("cleaner"), "deterministic")
}

func TestUnderstandReportsTheMatchedLabel(t *testing.T) {
	got := Builtin().Understand("Lavapiatti")
	require.NotEmpty(t, got)
	assert.Equal(t, "lavapiatti", got[0].Matched)
	assert.Equal(t, "it", got[0].Lang)
	assert.Equal(t, 1.0, got[0].Score)
}

func TestPartialMatchesScoreBelowFullOnes(t *testing.T) {
	for _, u := range Builtin().Understand("something with animals") {
		if u.Matched != "work with animals" {
			assert.Less(t, u.Score, 0.5, "%+v", u)
		}
	}
}

func TestClassifyVacancyTitles(t *testing.T) {
	cases := []struct {
		title, lang string
		iscos       []string
		id          string
	}{
		{"Kitchen Porter (part-time)", "en", []string{"9412"}, "kitchen-porter"},
		{"Addetto/a pulizie uffici", "it", []string{"9112"}, "office-cleaner"},
		{"Magazziniere", "", []string{"9333", "4321"}, ""},
		{"Cassiera supermercato - 20 ore", "it", []string{"5230"}, "cashier"},
		{"Lagermedarbejder søges", "da", []string{"9333"}, "warehouse-operative"},
	}
	for _, c := range cases {
		t.Run(c.title, func(t *testing.T) {
			got, ok := Builtin().Classify(c.title, c.lang)
			require.True(t, ok)
			assert.Contains(t, c.iscos, got.Occupation.ISCO, "%+v", got)
			if c.id != "" {
				assert.Equal(t, c.id, got.Occupation.ID)
			}
		})
	}
}

func TestClassifyRefusesToGuess(t *testing.T) {
	for _, title := range []string{"", "Senior quantum cryptographer", "assistant"} {
		_, ok := Builtin().Classify(title, "en")
		assert.False(t, ok, title)
	}
}

func TestClassifyLanguageHintBreaksTies(t *testing.T) {
	// "receptionist" is a label in English, Italian and Danish alike.
	got, ok := Builtin().Classify("receptionist", "da")
	require.True(t, ok)
	assert.Equal(t, "da", got.Lang)
	got, _ = Builtin().Classify("receptionist", "")
	assert.Equal(t, "en", got.Lang)
}

func TestTokens(t *testing.T) {
	cases := map[string][]string{
		"Kitchen work":                {"kitchen"},
		"lavoro in cucina, part-time": {"cucina", "part", "time"},
		"Rengøring på hospital":       {"rengoring", "hospital"},
		"Æble ñandú Straße":           {"aeble", "nandu", "strasse"},
		"cook cook COOK":              {"cook"},
		"24/7 shop":                   {"24", "7", "shop"},
	}
	for in, want := range cases {
		assert.Equal(t, want, tokens(in), in)
	}
}

func TestNearlyEqual(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"cleaner", "cleaning", true},
		{"cucina", "cucine", true},
		{"magazzino", "magazziniere", true},
		{"animal", "animals", true},
		{"cook", "cooks", true},
		{"cook", "cooking", false}, // only 4 letters shared
		{"pack", "packer", false},
		{"clean", "cleanliness", false}, // too long a difference
		{"personal", "personalities", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, nearlyEqual(c.a, c.b), "%s/%s", c.a, c.b)
		assert.Equal(t, c.want, nearlyEqual(c.b, c.a), "%s/%s", c.b, c.a)
	}
}

func BenchmarkUnderstandBuiltin(b *testing.B) {
	tx := Builtin()
	texts := []string{"kitchen work", "lavoro in cucina, part-time", "something with animals", "limpieza de oficinas", strings.Repeat("warehouse ", 3)}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		tx.Understand(texts[i%len(texts)])
		i++
	}
}

func preferredMatch(u Understood) bool {
	ls := u.Occupation.Labels[u.Lang]
	return len(ls) > 0 && ls[0] == u.Matched
}
