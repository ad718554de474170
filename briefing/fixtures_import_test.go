package briefing

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files under testdata (shared by every golden test of the package).
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// importFixture imports one file of testdata/import.
func importFixture(t *testing.T, name string) *Briefing {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Import(name, data)
	if err != nil {
		t.Fatalf("importing %s: %v", name, err)
	}
	return b
}

// TestImportGolden compares the import of every fixture with its golden
// JSON (quotes and facts left out: they belong to other stages). Run with
// -update to rewrite the golden files, then review them by eye.
func TestImportGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "import", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasSuffix(name, ".golden.json") {
			continue
		}
		n++
		t.Run(name, func(t *testing.T) {
			b := importFixture(t, name)
			b.Quotes, b.Facts = nil, nil
			got, err := json.MarshalIndent(b, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := f + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden file (run go test -run TestImportGolden -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("import of %s differs from %s:\n%s", name, golden, got)
			}
		})
	}
	if n < 6 {
		t.Errorf("only %d fixtures, want at least 6", n)
	}
}

// fixtureWant is what a reader must see of one fixture.
type fixtureWant struct {
	title, dateline, source string
	authors                 []string
	originHas               []string
	captions                int
	creditHas               string
	headings                []string // every section's heading, in order
	paragraphs              []int    // paragraphs per section
	firstStarts             string
	never                   []string // text that must not be in the body
}

var fixtureWants = map[string]fixtureWant{
	"wire-report.txt": {
		title: "Harbour Authority Approves Night Ferries After Two-Year Dispute", dateline: "PORTVALE (AP)",
		authors:  []string{"Marta Oyelaran", "Tobias Quill", "Ren Hadley"},
		captions: 1, creditHas: "Ilse Marten/Coastline Images",
		headings: []string{"", "What the union won", "Who pays for the lights"}, paragraphs: []int{3, 2, 2},
		firstStarts: "The Portvale harbour authority voted",
		never: []string{"Advertisement", "Continue reading", "Related:", "Most Popular", "Five things", "Quiz:",
			"Share this article", "(Photo by", "By Marta", "PORTVALE (AP)"},
	},
	"markets-brief.txt": {
		title: "Grain Exporters Cut Forecasts as Dry Spell Drags On", dateline: "TARNSBURG (Northwire)",
		authors: []string{"Laila Brandt", "Oskar Venn"}, originHas: []string{"Northwire Markets"},
		captions: 1, creditHas: "Jonas Ekberg/Northwire",
		headings: []string{"", "Storage and shipping"}, paragraphs: []int{4, 1},
		firstStarts: "Grain exporters in the southern plains",
		never:       []string{"Advertisement", "RELATED", "Trending", "trading floor", "Sign up", "Image", "originally appeared", "March 12 (Northwire)"},
	},
	"wrapped-column.txt": {
		title: "The Quiet Return of the Village Library", dateline: "ELMSTEAD",
		authors:  []string{"Annika Solvang", "Theo Brackett"},
		headings: []string{"", "Who runs it", "What comes next"}, paragraphs: []int{2, 2, 1},
		firstStarts: "When the village library closed its doors eleven years ago, few people",
		never:       []string{"Read more", "Most Popular", "BY ANNIKA", "ELMSTEAD --"},
	},
	"cronica.txt": {
		title: "Las lluvias llegan tarde a la sierra y el embalse sigue en mínimos", dateline: "VALDEMORA",
		authors:   []string{"Lucía Ferrán", "Mateo Aranda", "Elena Curbelo"},
		originHas: []string{"El Diario del Valle", "Northwire Translate"},
		headings:  []string{""}, paragraphs: []int{4},
		firstStarts: "The first heavy rain of the autumn",
		never:       []string{"You may also like", "drip irrigation", "first appeared", "originalmente", "Por Lucía"},
	},
	"feature.md": {
		title: "The Night Shift at the Observatory", dateline: "BRENNHOLT", source: "Northern Science Weekly",
		authors:  []string{"Petra Lindqvist", "Jonas Aberle"},
		headings: []string{"", "Watching for faint things", "What the team needs"}, paragraphs: []int{2, 3, 4},
		firstStarts: "The telescope on the ridge",
		never:       []string{"Advertisement", "Related:", "**", "*twelve*", "`", "> The sky", "- a second"},
	},
	"harbour-page.html": {
		title: "Harbour Tunnel Opens to Traffic a Year Late", dateline: "KESTRAVIK", source: "The Coastal Ledger",
		authors: []string{"Ruth Okafor", "Sven Dahl"}, captions: 1, creditHas: "Ilse Marten/Coastline Images",
		headings: []string{"", "Delays and costs", "What changes for drivers"}, paragraphs: []int{2, 3, 3},
		firstStarts: "The harbour tunnel opened to traffic",
		never: []string{"Advertisement", "Continue reading", "Share on Facebook", "Related stories", "Bridge repairs",
			"All rights reserved", "Home", "By Ruth", "northern entrance of the harbour tunnel on its first morning"},
	},
	"bare-article.html": {
		title: "Council Delays Vote on Market Hall", source: "Example News",
		headings: []string{""}, paragraphs: []int{4},
		firstStarts: "The city council postponed its vote",
		never:       []string{"Home", "Share on Facebook", "Tweet", "Related stories", "Markets rally", "All rights reserved", "Privacy"},
	},
}

// TestImportFixtures checks what a reader sees of each fixture: metadata,
// section headings and sizes, and the furniture left out of the body.
func TestImportFixtures(t *testing.T) {
	for name, w := range fixtureWants {
		t.Run(name, func(t *testing.T) {
			b := importFixture(t, name)
			if b.Title != w.title {
				t.Errorf("title %q, want %q", b.Title, w.title)
			}
			if b.Dateline != w.dateline {
				t.Errorf("dateline %q, want %q", b.Dateline, w.dateline)
			}
			if w.source != "" && b.Source != w.source {
				t.Errorf("source %q, want %q", b.Source, w.source)
			}
			if strings.Join(b.Authors, "|") != strings.Join(w.authors, "|") {
				t.Errorf("authors %q, want %q", b.Authors, w.authors)
			}
			for _, o := range w.originHas {
				if !strings.Contains(b.Origin, o) {
					t.Errorf("origin %q should name %q", b.Origin, o)
				}
			}
			if len(b.Captions) != w.captions {
				t.Errorf("%d captions %q, want %d", len(b.Captions), b.Captions, w.captions)
			}
			if w.creditHas != "" && (len(b.Captions) == 0 || !strings.Contains(b.Captions[0].Credit, w.creditHas)) {
				t.Errorf("captions %q: no credit naming %q", b.Captions, w.creditHas)
			}
			var headings []string
			var sizes []int
			for _, s := range b.Sections {
				headings = append(headings, s.Heading)
				sizes = append(sizes, len(s.Paragraphs))
			}
			if strings.Join(headings, "|") != strings.Join(w.headings, "|") {
				t.Errorf("headings %q, want %q", headings, w.headings)
			}
			if fmt.Sprint(sizes) != fmt.Sprint(w.paragraphs) {
				t.Errorf("paragraphs per section %v, want %v", sizes, w.paragraphs)
			}
			if len(b.Sections) > 0 && len(b.Sections[0].Paragraphs) > 0 && !strings.HasPrefix(b.Sections[0].Paragraphs[0], w.firstStarts) {
				t.Errorf("first paragraph %.60q, want it to start %q", b.Sections[0].Paragraphs[0], w.firstStarts)
			}
			body := bodyText(b)
			for _, n := range w.never {
				if strings.Contains(body, n) {
					t.Errorf("body holds %q", n)
				}
			}
		})
	}
}
