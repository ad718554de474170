package briefing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The reference readings of testdata/goldreadings are articles written for
// the project as people paste them from news sites, each with a hand-made
// reading in the schema of ../shared/eval/check_gold.py (see the folder's
// README). Set A (a*) is tuned on; set B (b*) is held out, and its test
// prints sums only.

// goldReading is a whole reference reading: check_gold.py's schema.
type goldReading struct {
	Metadata struct {
		Title                 *string  `json:"title"`
		Authors               []string `json:"authors"`
		Dateline              *string  `json:"dateline"`
		OriginContains        []string `json:"origin_contains"`
		SourceContains        []string `json:"source_contains"`
		Captions              *int     `json:"captions"`
		CaptionCreditContains *string  `json:"caption_credit_contains"`
	} `json:"metadata"`
	Sections []struct {
		Heading              string  `json:"heading"`
		Paragraphs           int     `json:"paragraphs"`
		FirstParagraphStarts *string `json:"first_paragraph_starts"`
	} `json:"sections"`
	NeverInBody []string `json:"never_in_body"`
	Quotes      []struct {
		Text         string   `json:"text"`
		Speaker      *string  `json:"speaker"`
		SpeakerAnyOf []string `json:"speaker_any_of"`
		RoleContains *string  `json:"role_contains"`
		Partial      *bool    `json:"partial"`
	} `json:"quotes"`
	PartialQuotes []struct {
		Text string `json:"text"`
	} `json:"partial_quotes"`
	Facts map[string]json.RawMessage `json:"facts"`
}

// goldFact is one listed fact: a bare name, or a name or value with words
// its detail should hold.
type goldFact struct {
	Name              string   `json:"name"`
	Value             string   `json:"value"`
	DetailContainsAny []string `json:"detail_contains_any"`
}

func (f *goldFact) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		f.Name = s
		return nil
	}
	type plain goldFact
	return json.Unmarshal(b, (*plain)(f))
}

// exported is the part of the JSON export that check_gold.py reads.
type exported struct {
	Title    string   `json:"title"`
	Authors  []string `json:"authors"`
	Dateline string   `json:"dateline"`
	Origin   string   `json:"origin"`
	Source   string   `json:"source"`
	Captions []struct {
		Credit string `json:"credit"`
	} `json:"captions"`
	Sections []struct {
		Heading    string   `json:"heading"`
		Paragraphs []string `json:"paragraphs"`
	} `json:"sections"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Role    string `json:"role"`
		Partial bool   `json:"partial"`
	} `json:"quotes"`
	Facts []struct {
		Kind   string `json:"kind"`
		Text   string `json:"text"`
		Detail string `json:"detail"`
	} `json:"facts"`
}

// goldChecks counts the checks of one reading and keeps the failed ones.
type goldChecks struct {
	passed, total int
	failed        []string
}

func (c *goldChecks) check(ok bool, format string, args ...any) {
	c.total++
	if ok {
		c.passed++
		return
	}
	c.failed = append(c.failed, fmt.Sprintf(format, args...))
}

// checkGoldReading makes check_gold.py's checks of the export b against
// the reference g, in its order and with its matching rules.
func checkGoldReading(b exported, g goldReading) goldChecks {
	var c goldChecks
	m := g.Metadata
	if m.Title != nil {
		c.check(goldNorm(b.Title) == goldNorm(*m.Title), "title %q", b.Title)
	}
	if m.Authors != nil {
		c.check(slices.Equal(normAll(b.Authors), normAll(m.Authors)), "authors %q", b.Authors)
	}
	if m.Dateline != nil {
		c.check(goldNorm(b.Dateline) == goldNorm(*m.Dateline), "dateline %q", b.Dateline)
	}
	for _, w := range m.OriginContains {
		c.check(strings.Contains(goldNorm(b.Origin), goldNorm(w)), "origin should name %q: %q", w, b.Origin)
	}
	for _, w := range m.SourceContains {
		c.check(strings.Contains(goldNorm(b.Source), goldNorm(w)), "source should name %q: %q", w, b.Source)
	}
	if m.Captions != nil {
		c.check(len(b.Captions) == *m.Captions, "captions: %d, want %d", len(b.Captions), *m.Captions)
	}
	if m.CaptionCreditContains != nil {
		ok := false
		for _, x := range b.Captions {
			ok = ok || strings.Contains(goldNorm(x.Credit), goldNorm(*m.CaptionCreditContains))
		}
		c.check(ok, "caption credit")
	}
	c.check(len(b.Sections) == len(g.Sections), "sections: %d, want %d", len(b.Sections), len(g.Sections))
	for i, ws := range g.Sections {
		if i >= len(b.Sections) {
			break
		}
		s := b.Sections[i]
		c.check(goldNorm(s.Heading) == goldNorm(ws.Heading), "section %d heading %q", i, s.Heading)
		c.check(len(s.Paragraphs) == ws.Paragraphs, "section %d: %d paragraphs, want %d", i, len(s.Paragraphs), ws.Paragraphs)
		if len(s.Paragraphs) > 0 && ws.FirstParagraphStarts != nil {
			c.check(strings.HasPrefix(goldNorm(s.Paragraphs[0]), goldNorm(*ws.FirstParagraphStarts)), "section %d starts %q", i, clip(s.Paragraphs[0], 60))
		}
	}
	var paras, heads []string
	for _, s := range b.Sections {
		paras = append(paras, s.Paragraphs...)
		heads = append(heads, s.Heading)
	}
	body := goldNorm(strings.Join(paras, " ") + " " + strings.Join(heads, " "))
	for _, junk := range g.NeverInBody {
		c.check(!strings.Contains(body, goldNorm(junk)), "body still holds %q", junk)
	}
	for _, gq := range g.Quotes {
		want := strings.TrimRight(goldNorm(gq.Text), ",.")
		hit := -1
		for i, q := range b.Quotes {
			if strings.Contains(goldNorm(q.Text), want) {
				hit = i
				break
			}
		}
		c.check(hit >= 0, "quote not found: %q", clip(gq.Text, 60))
		if hit < 0 {
			continue
		}
		q := b.Quotes[hit]
		if gq.Speaker != nil {
			c.check(goldNorm(q.Speaker) == goldNorm(*gq.Speaker), "speaker of %q: %q, want %q", clip(gq.Text, 40), q.Speaker, *gq.Speaker)
		}
		if gq.SpeakerAnyOf != nil {
			ok := false
			for _, w := range gq.SpeakerAnyOf {
				ok = ok || strings.Contains(goldNorm(q.Speaker), w)
			}
			c.check(ok, "speaker of %q: %q", clip(gq.Text, 40), q.Speaker)
		}
		if gq.RoleContains != nil {
			c.check(strings.Contains(goldNorm(q.Role), goldNorm(*gq.RoleContains)), "role of %q: %q", clip(gq.Text, 40), q.Role)
		}
		if gq.Partial != nil {
			c.check(q.Partial == *gq.Partial, "partial flag of %q", clip(gq.Text, 40))
		}
	}
	for _, gq := range g.PartialQuotes {
		found, all := false, true
		for _, q := range b.Quotes {
			if goldNorm(q.Text) == goldNorm(gq.Text) {
				found = true
				all = all && q.Partial
			}
		}
		c.check(found && all, "partial quote %q missing or not marked partial", gq.Text)
	}
	byKind := map[string][]int{}
	for i, f := range b.Facts {
		byKind[f.Kind] = append(byKind[f.Kind], i)
	}
	kinds := make([]string, 0, len(g.Facts))
	for k := range g.Facts {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, kind := range kinds {
		if kind == "never_a_person" {
			continue
		}
		var items []goldFact
		if err := json.Unmarshal(g.Facts[kind], &items); err != nil {
			c.check(false, "reading the gold's %s facts: %v", kind, err)
			continue
		}
		for _, it := range items {
			name := it.Name
			if name == "" {
				name = it.Value
			}
			hit := -1
			for _, i := range byKind[kind] {
				if goldNorm(b.Facts[i].Text) == goldNorm(name) {
					hit = i
					break
				}
			}
			c.check(hit >= 0, "%s fact missing: %q", kind, name)
			if hit >= 0 && it.DetailContainsAny != nil {
				ok := false
				for _, w := range it.DetailContainsAny {
					ok = ok || strings.Contains(goldNorm(b.Facts[hit].Detail), goldNorm(w))
				}
				c.check(ok, "%s %q detail %q", kind, name, b.Facts[hit].Detail)
			}
		}
	}
	var people []string
	for _, i := range byKind["person"] {
		people = append(people, goldNorm(b.Facts[i].Text))
	}
	var never []string
	if raw, ok := g.Facts["never_a_person"]; ok {
		if err := json.Unmarshal(raw, &never); err != nil {
			c.check(false, "reading the gold's never_a_person: %v", err)
		}
	}
	for _, bad := range never {
		c.check(!slices.Contains(people, goldNorm(bad)), "%q listed as a person", bad)
	}
	unique := slices.Clone(people)
	slices.Sort(unique)
	c.check(len(slices.Compact(unique)) == len(people), "people listed twice: %q", people)
	return c
}

func normAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = goldNorm(x)
	}
	return out
}

// goldReadingCase is an article of testdata/goldreadings and its reference.
type goldReadingCase struct {
	name    string
	article []byte
	gold    goldReading
}

// goldReadingCases loads the articles of testdata/goldreadings whose names
// start with prefix, each beside its NAME.gold.json.
func goldReadingCases(t *testing.T, prefix string) []goldReadingCase {
	t.Helper()
	golds, err := filepath.Glob(filepath.Join("testdata", "goldreadings", prefix+"*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldReadingCase
	for _, gf := range golds {
		base := strings.TrimSuffix(gf, ".gold.json")
		var article string
		for _, ext := range []string{".txt", ".md", ".html", ".htm"} {
			if _, err := os.Stat(base + ext); err == nil {
				article = base + ext
				break
			}
		}
		if article == "" {
			t.Fatalf("%s: no article beside it", gf)
		}
		raw, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		var g goldReading
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("reading %s: %v", gf, err)
		}
		data, err := os.ReadFile(article)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, goldReadingCase{filepath.Base(article), data, g})
	}
	if len(cases) == 0 {
		t.Fatalf("no reference readings %s* in testdata/goldreadings", prefix)
	}
	return cases
}

// readGold imports an article as the command does, exports it as JSON
// and checks the export against the reference.
func readGold(t *testing.T, c goldReadingCase) goldChecks {
	t.Helper()
	b, err := Import(c.name, c.article)
	if err != nil {
		return goldChecks{total: 1, failed: []string{fmt.Sprintf("import: %v", err)}}
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []*Briefing{b}); err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	var e exported
	if err := json.Unmarshal(buf.Bytes(), &e); err != nil {
		t.Fatalf("%s: reading the export: %v", c.name, err)
	}
	return checkGoldReading(e, c.gold)
}

// goldSums are the sums of a set of reference readings.
type goldSums struct {
	articles, allPass, passed, total int
}

func (s goldSums) String() string {
	return fmt.Sprintf("%d articles, %d with every check passing, checks %d/%d (%.3f)",
		s.articles, s.allPass, s.passed, s.total, float64(s.passed)/float64(s.total))
}

// scoreGoldReadings checks every case and returns the sums; each failed
// check is logged when show is set.
func scoreGoldReadings(t *testing.T, cases []goldReadingCase, show bool) goldSums {
	var s goldSums
	for _, c := range cases {
		r := readGold(t, c)
		s.articles++
		s.passed += r.passed
		s.total += r.total
		if len(r.failed) == 0 {
			s.allPass++
		}
		if show {
			t.Logf("%s: %d/%d", c.name, r.passed, r.total)
			for _, f := range r.failed {
				t.Logf("  %s: FAIL %s", c.name, f)
			}
		}
	}
	return s
}

// TestGoldReadings checks set A, the tuned reference readings, and logs
// every failed check. Its first reading, at the stop's start (d9e8186),
// passed 896 of 1017 checks; the rules written from it since pass 950 of
// 1022, its floor.
func TestGoldReadings(t *testing.T) {
	s := scoreGoldReadings(t, goldReadingCases(t, "a"), true)
	t.Logf("reference readings, set A (tuned): %s", s)
	checkGoldFloor(t, s, goldSums{articles: 12, passed: 950})
}

// checkGoldFloor fails when a set's articles are not those of its floor,
// or fewer checks pass than there. (The number of checks may grow: a
// fact's detail is checked only when the fact is found.)
func checkGoldFloor(t *testing.T, s, floor goldSums) {
	t.Helper()
	if s.articles != floor.articles {
		t.Errorf("%d articles, want %d: a reference reading was added or lost", s.articles, floor.articles)
	}
	if s.passed < floor.passed {
		t.Errorf("%d checks pass, below the floor of %d", s.passed, floor.passed)
	}
}

// TestHeldOutGoldReadings checks set B, held out: only its sums are
// logged, unless BRIEF_SHOW_HELD_OUT=1. Its floor is its first reading,
// at the stop's start (d9e8186): 963 of 1139 checks.
func TestHeldOutGoldReadings(t *testing.T) {
	s := scoreGoldReadings(t, goldReadingCases(t, "b"), os.Getenv("BRIEF_SHOW_HELD_OUT") == "1")
	t.Logf("reference readings, set B (held out): %s", s)
	checkGoldFloor(t, s, goldSums{articles: 12, total: 1139, passed: 963})
}

// TestGoldCheckerOnSeed holds the port of check_gold.py to the script's
// count on the seed (80 checks, all passing), and shows that it fails a
// reading that lost a quote's speaker and a section.
func TestGoldCheckerOnSeed(t *testing.T) {
	dir := needShared(t, "testdata/seed")
	article, err := os.ReadFile(filepath.Join(dir, seedName+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, seedName+".gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := goldReadingCase{name: seedName + ".txt", article: article}
	if err := json.Unmarshal(raw, &c.gold); err != nil {
		t.Fatal(err)
	}
	if r := readGold(t, c); r.passed != 80 || r.total != 80 {
		t.Errorf("seed: %d/%d checks pass, want 80/80 as check_gold.py counts: %q", r.passed, r.total, r.failed)
	}
	b, err := Import(c.name, article)
	if err != nil {
		t.Fatal(err)
	}
	b.Quotes[0].Speaker = ""
	b.Sections = b.Sections[:1]
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []*Briefing{b}); err != nil {
		t.Fatal(err)
	}
	var e exported
	if err := json.Unmarshal(buf.Bytes(), &e); err != nil {
		t.Fatal(err)
	}
	if r := checkGoldReading(e, c.gold); r.passed == r.total {
		t.Errorf("a reading without a speaker and a section passes every check")
	}
}
