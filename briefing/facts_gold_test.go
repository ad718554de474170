package briefing

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The -update flag rewrites golden files. Another test file of the package
// may declare it too, so it is looked up rather than declared twice.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files under testdata")
	}
}

func updatingGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// seedDir holds the example article and its reference reading, shared by
// the project's helpers outside the repository.
const seedDir = "../../shared/testdata/seed"

const seedName = "000_c3a08c2fcaf44687"

// factsGold is the key-facts part of a reference reading (*.gold.json).
type factsGold struct {
	Metadata struct {
		Dateline string `json:"dateline"`
	} `json:"metadata"`
	Sections []struct {
		Heading              string `json:"heading"`
		FirstParagraphStarts string `json:"first_paragraph_starts"`
	} `json:"sections"`
	NeverInBody []string `json:"never_in_body"`
	Facts       struct {
		Person []struct {
			Name              string   `json:"name"`
			DetailContainsAny []string `json:"detail_contains_any"`
		} `json:"person"`
		Organization []string `json:"organization"`
		Place        []string `json:"place"`
		Date         []string `json:"date"`
		Figure       []struct {
			Value             string   `json:"value"`
			DetailContainsAny []string `json:"detail_contains_any"`
		} `json:"figure"`
		NeverAPerson []string `json:"never_a_person"`
	} `json:"facts"`
}

// readSeed returns the seed article and its reference reading, or skips
// the test when the shared material is not there (a fresh clone).
func readSeed(t *testing.T) ([]byte, factsGold) {
	t.Helper()
	article, err := os.ReadFile(filepath.Join(seedDir, seedName+".txt"))
	if err != nil {
		t.Skipf("shared seed article not available (%v): these checks need ../shared next to the repository", err)
	}
	raw, err := os.ReadFile(filepath.Join(seedDir, seedName+".gold.json"))
	if err != nil {
		t.Skipf("shared seed reference not available (%v)", err)
	}
	var g factsGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatalf("reading the seed reference: %v", err)
	}
	return article, g
}

// findFact looks a fact up the way the gold check does: by kind and text,
// ignoring case and spacing.
func findFact(facts []Fact, kind FactKind, text string) (Fact, bool) {
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	for _, f := range facts {
		if f.Kind == kind && norm(f.Text) == norm(text) {
			return f, true
		}
	}
	return Fact{}, false
}

func containsAnyFold(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(strings.ToLower(s), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// checkGoldFacts checks the organisation, place, date and figure facts of
// the reference reading, and every mention's text.
func checkGoldFacts(t *testing.T, b *Briefing, g factsGold) {
	t.Helper()
	for kind, names := range map[FactKind][]string{Organization: g.Facts.Organization, Place: g.Facts.Place, Date: g.Facts.Date} {
		for _, n := range names {
			if _, ok := findFact(b.Facts, kind, n); !ok {
				t.Errorf("%s fact missing: %q", kind, n)
			}
		}
	}
	for _, fig := range g.Facts.Figure {
		f, ok := findFact(b.Facts, Figure, fig.Value)
		if !ok {
			t.Errorf("figure missing: %q", fig.Value)
			continue
		}
		if !containsAnyFold(f.Detail, fig.DetailContainsAny) {
			t.Errorf("figure %q detail %q names none of %q", fig.Value, f.Detail, fig.DetailContainsAny)
		}
	}
	for _, f := range b.Facts {
		for _, m := range f.Mentions {
			if b.Text(m) == "" {
				t.Errorf("%s %q: mention %+v points outside the body", f.Kind, f.Text, m)
			}
		}
	}
}

// checkGoldPeople checks the person facts, which come from the people
// finder: every reference person with the right detail, nobody twice.
func checkGoldPeople(t *testing.T, b *Briefing, g factsGold) {
	var people []string
	for _, f := range b.Facts {
		if f.Kind == Person {
			people = append(people, strings.ToLower(f.Text))
		}
	}
	for _, p := range g.Facts.Person {
		f, ok := findFact(b.Facts, Person, p.Name)
		if !ok {
			t.Errorf("person missing: %q (people: %q)", p.Name, people)
			continue
		}
		if len(p.DetailContainsAny) > 0 && !containsAnyFold(f.Detail, p.DetailContainsAny) {
			t.Errorf("person %q role %q names none of %q", p.Name, f.Detail, p.DetailContainsAny)
		}
	}
	seen := map[string]bool{}
	for _, p := range people {
		if seen[p] {
			t.Errorf("person listed twice: %q", p)
		}
		seen[p] = true
	}
	for _, bad := range g.Facts.NeverAPerson {
		if seen[strings.ToLower(bad)] {
			t.Errorf("%q listed as a person", bad)
		}
	}
}

// TestFactsGoldSeed imports the seed article the way the command does and
// checks its key facts against the reference reading.
func TestFactsGoldSeed(t *testing.T) {
	article, g := readSeed(t)
	b, err := Import(seedName+".txt", article)
	if err != nil {
		t.Fatalf("importing the seed: %v", err)
	}
	checkGoldFacts(t, b, g)
	for _, f := range b.Facts {
		if len(f.Text) > 4 && f.Text == strings.ToUpper(f.Text) && f.Kind != Figure && f.Kind != Date {
			t.Errorf("%s fact %q is a caption or dateline word in capitals", f.Kind, f.Text)
		}
	}
	t.Run("people", func(t *testing.T) { checkGoldPeople(t, b, g) })
}

// TestFactsGoldSeedBody checks the same facts on the seed's body alone,
// without the header lines (caption, platform notice, byline), dateline
// and footer a full importer drops: the facts must not depend on that junk.
func TestFactsGoldSeedBody(t *testing.T) {
	article, g := readSeed(t)
	b := seedBody(t, string(article), g)
	b.Facts = findFacts(b, nil)
	checkGoldFacts(t, b, g)
}

// seedBody builds the seed's sections as the reference describes them: the
// body starts at the first section's first paragraph, headings start
// sections, and paragraphs holding junk the reference names are dropped.
func seedBody(t *testing.T, article string, g factsGold) *Briefing {
	t.Helper()
	var paras []string
	for _, p := range strings.Split(article, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	start := -1
	for i, p := range paras {
		if d := g.Metadata.Dateline; d != "" && strings.HasPrefix(p, d+" ") {
			// The dateline and the dash after it.
			paras[i] = strings.TrimLeft(strings.TrimPrefix(p, d+" "), "-–— ")
		}
		if len(g.Sections) > 0 && strings.HasPrefix(paras[i], g.Sections[0].FirstParagraphStarts) {
			start = i
			break
		}
	}
	if start < 0 {
		t.Fatal("the seed's first paragraph was not found")
	}
	b := &Briefing{}
	cur := Section{}
	for _, p := range paras[start:] {
		junk := false
		for _, j := range g.NeverInBody {
			junk = junk || strings.Contains(p, j)
		}
		if junk {
			continue
		}
		isHeading := false
		for _, s := range g.Sections[1:] {
			isHeading = isHeading || p == s.Heading
		}
		if isHeading {
			b.Sections = append(b.Sections, cur)
			cur = Section{Heading: p}
			continue
		}
		cur.Paragraphs = append(cur.Paragraphs, p)
	}
	b.Sections = append(b.Sections, cur)
	return b
}

// goldenFact is a fact as written in a golden file: each mention with the
// text it covers, so the file can be checked by eye.
type goldenFact struct {
	Kind     FactKind        `json:"kind"`
	Text     string          `json:"text"`
	Detail   string          `json:"detail"`
	Mentions []goldenMention `json:"mentions"`
}

type goldenMention struct {
	Span
	Text string `json:"text"`
}

// fixtureBriefing reads a fixture article: the first block is the title,
// the other blocks (separated by blank lines) are the paragraphs of one
// section. It does not use the importer, so the goldens test the facts
// rules alone.
func fixtureBriefing(text string) *Briefing {
	b := &Briefing{}
	var paras []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p == "" {
			continue
		}
		if b.Title == "" {
			b.Title = p
			continue
		}
		paras = append(paras, p)
	}
	b.Sections = []Section{{Paragraphs: paras}}
	return b
}

// TestFactsGolden checks the facts of the articles in testdata/facts
// against their golden files; go test -run TestFactsGolden -update
// rewrites them.
func TestFactsGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "facts", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture articles in testdata/facts (%v)", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("reading the fixture: %v", err)
			}
			b := fixtureBriefing(string(text))
			var got []goldenFact
			for _, f := range findFacts(b, nil) {
				gf := goldenFact{Kind: f.Kind, Text: f.Text, Detail: f.Detail}
				for _, m := range f.Mentions {
					gf.Mentions = append(gf.Mentions, goldenMention{m, b.Text(m)})
				}
				got = append(got, gf)
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatalf("writing the facts: %v", err)
			}
			out = append(out, '\n')
			golden := filepath.Join("testdata", "facts", name+".facts.golden.json")
			if updatingGolden() {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatalf("updating the golden file: %v", err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading the golden file (run with -update to create it): %v", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("facts of %s differ from %s (run with -update and review the diff):\n%s", file, golden, out)
			}
		})
	}
}
