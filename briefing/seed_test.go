package briefing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// sharedDir is the shared test material next to the repository; tests that
// need it skip when it is absent (a fresh clone has none).
const sharedDir = "../../shared"

func needShared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(sharedDir, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared test material %s is absent (only present next to the lead's checkout): %v", rel, err)
	}
	return p
}

// goldNorm is check_gold.py's norm: unify quote marks and dashes, collapse
// white space, lower case.
func goldNorm(s string) string {
	s = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "\u2014", "--", "\u2013", "-").Replace(s)
	return strings.ToLower(strings.TrimSpace(regexp.MustCompile(`\s+`).ReplaceAllString(s, " ")))
}

type goldFile struct {
	Metadata struct {
		Title                 string   `json:"title"`
		Authors               []string `json:"authors"`
		Dateline              string   `json:"dateline"`
		OriginContains        []string `json:"origin_contains"`
		SourceContains        []string `json:"source_contains"`
		Captions              *int     `json:"captions"`
		CaptionCreditContains string   `json:"caption_credit_contains"`
	} `json:"metadata"`
	Sections []struct {
		Heading              string `json:"heading"`
		Paragraphs           int    `json:"paragraphs"`
		FirstParagraphStarts string `json:"first_paragraph_starts"`
	} `json:"sections"`
	NeverInBody []string `json:"never_in_body"`
}

// TestSeedStructure imports the seed article and makes the structure checks
// of eval/check_gold.py: metadata, sections and what must stay out of the body.
func TestSeedStructure(t *testing.T) {
	dir := needShared(t, "testdata/seed")
	data, err := os.ReadFile(filepath.Join(dir, "000_c3a08c2fcaf44687.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "000_c3a08c2fcaf44687.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFile
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("reading the gold file: %v", err)
	}
	b, err := Import("000_c3a08c2fcaf44687.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	m := gold.Metadata
	if goldNorm(b.Title) != goldNorm(m.Title) {
		t.Errorf("title %q, want %q", b.Title, m.Title)
	}
	if len(b.Authors) != len(m.Authors) {
		t.Errorf("authors %q, want %q", b.Authors, m.Authors)
	} else {
		for i := range m.Authors {
			if goldNorm(b.Authors[i]) != goldNorm(m.Authors[i]) {
				t.Errorf("author %d %q, want %q", i, b.Authors[i], m.Authors[i])
			}
		}
	}
	if goldNorm(b.Dateline) != goldNorm(m.Dateline) {
		t.Errorf("dateline %q, want %q", b.Dateline, m.Dateline)
	}
	for _, w := range m.OriginContains {
		if !strings.Contains(goldNorm(b.Origin), goldNorm(w)) {
			t.Errorf("origin %q should name %q", b.Origin, w)
		}
	}
	for _, w := range m.SourceContains {
		if !strings.Contains(goldNorm(b.Source), goldNorm(w)) {
			t.Errorf("source %q should name %q", b.Source, w)
		}
	}
	if m.Captions != nil && len(b.Captions) != *m.Captions {
		t.Errorf("%d captions %q, want %d", len(b.Captions), b.Captions, *m.Captions)
	}
	if m.CaptionCreditContains != "" {
		found := false
		for _, c := range b.Captions {
			found = found || strings.Contains(goldNorm(c.Credit), goldNorm(m.CaptionCreditContains))
		}
		if !found {
			t.Errorf("no caption credit names %q: %q", m.CaptionCreditContains, b.Captions)
		}
	}
	if len(b.Sections) != len(gold.Sections) {
		t.Errorf("%d sections, want %d", len(b.Sections), len(gold.Sections))
	}
	for i, ws := range gold.Sections {
		if i >= len(b.Sections) {
			break
		}
		s := b.Sections[i]
		if goldNorm(s.Heading) != goldNorm(ws.Heading) {
			t.Errorf("section %d heading %q, want %q", i, s.Heading, ws.Heading)
		}
		if len(s.Paragraphs) != ws.Paragraphs {
			t.Errorf("section %d: %d paragraphs, want %d", i, len(s.Paragraphs), ws.Paragraphs)
		}
		if len(s.Paragraphs) > 0 && !strings.HasPrefix(goldNorm(s.Paragraphs[0]), goldNorm(ws.FirstParagraphStarts)) {
			t.Errorf("section %d starts %.60q, want %q", i, s.Paragraphs[0], ws.FirstParagraphStarts)
		}
	}
	var body []string
	for _, s := range b.Sections {
		body = append(body, s.Paragraphs...)
	}
	for _, s := range b.Sections {
		body = append(body, s.Heading)
	}
	all := goldNorm(strings.Join(body, " "))
	for _, junk := range gold.NeverInBody {
		if strings.Contains(all, goldNorm(junk)) {
			t.Errorf("body still holds %q", junk)
		}
	}
}
