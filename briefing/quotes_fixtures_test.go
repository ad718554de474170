package briefing

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenQuote is what a reader sees of a quote, as the golden files keep it.
type goldenQuote struct {
	Text         string `json:"text"`
	Speaker      string `json:"speaker"`
	Role         string `json:"role"`
	Cue          string `json:"cue"`
	Partial      bool   `json:"partial"`
	Section      int    `json:"section"`
	Paragraph    int    `json:"paragraph"`
	EndParagraph int    `json:"end_paragraph,omitempty"`
}

// goldenPerson is one person found in the body, with the text of each mention.
type goldenPerson struct {
	Name     string   `json:"name"`
	Role     string   `json:"role"`
	Mentions []string `json:"mentions"`
}

type goldenReading struct {
	Quotes []goldenQuote  `json:"quotes"`
	People []goldenPerson `json:"people"`
}

// TestQuoteFixtures reads each article of testdata/quotes and compares its
// quotes and people with the reviewed golden file next to it
// (NAME.quotes.golden.json; go test -run TestQuoteFixtures -update rewrites them).
func TestQuoteFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "quotes", "*.txt"))
	if err != nil || len(files) < 6 {
		t.Fatalf("want at least six fixtures in testdata/quotes, got %d (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Import(filepath.Base(f), data)
			if err != nil {
				t.Fatal(err)
			}
			checkQuotePositions(t, b)
			got := reading(b)
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".quotes.golden.json"
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading golden file (run with -update to create it): %v", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("reading differs from %s:\n got: %s\nwant: %s", golden, out, want)
			}
		})
	}
}

// reading is the golden form of a briefing's quotes and people.
func reading(b *Briefing) goldenReading {
	r := goldenReading{Quotes: []goldenQuote{}, People: []goldenPerson{}}
	for _, q := range b.Quotes {
		r.Quotes = append(r.Quotes, goldenQuote{q.Text, q.Speaker, q.Role, q.Cue, q.Partial, q.Section, q.Paragraph, q.EndParagraph})
	}
	for _, p := range findPeople(b) {
		g := goldenPerson{Name: p.name, Role: p.role, Mentions: []string{}}
		for _, m := range p.mentions {
			g.Mentions = append(g.Mentions, b.Text(m))
		}
		r.People = append(r.People, g)
	}
	return r
}

// checkQuotePositions checks that every quote's position points at its
// text: the quote's first word opens paragraph[Start:] and its last word
// ends the last paragraph's [:End] (for a quote in one paragraph with no
// interruption, paragraph[Start:End] is the text itself).
func checkQuotePositions(t *testing.T, b *Briefing) {
	t.Helper()
	for _, q := range b.Quotes {
		ps := b.Sections[q.Section].Paragraphs
		first, last := ps[q.Paragraph], ps[q.LastParagraph()]
		if q.Start < 0 || q.Start > len(first) || q.End < 0 || q.End > len(last) || q.LastParagraph() == q.Paragraph && q.Start > q.End {
			t.Errorf("quote %q: position %d..%d out of its paragraphs", q.Text, q.Start, q.End)
			continue
		}
		words := strings.Fields(q.Text)
		if len(words) == 0 || !strings.HasPrefix(first[q.Start:], words[0]) || !strings.HasSuffix(last[:q.End], words[len(words)-1]) {
			t.Errorf("quote %q: position %d (paragraph %d) to %d (paragraph %d) does not hold it", q.Text, q.Start, q.Paragraph, q.End, q.LastParagraph())
		}
		if q.LastParagraph() == q.Paragraph && !strings.Contains(q.Text, "  ") && len(q.Text) == q.End-q.Start && first[q.Start:q.End] != q.Text {
			t.Errorf("quote %q: paragraph[%d:%d] is %q", q.Text, q.Start, q.End, first[q.Start:q.End])
		}
	}
}
