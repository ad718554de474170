package content

import (
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"brief/briefing"
)

// defaults imports the embedded briefings once per test, failing the test on
// any error.
func defaults(t *testing.T) []*briefing.Briefing {
	t.Helper()
	bs, err := Defaults()
	if err != nil {
		t.Fatalf("Defaults: %v", err)
	}
	return bs
}

// byName indexes briefings by their embedded file name.
func byName(bs []*briefing.Briefing) map[string]*briefing.Briefing {
	m := make(map[string]*briefing.Briefing, len(bs))
	for _, b := range bs {
		m[b.Name] = b
	}
	return m
}

func TestDefaultsImportEveryFile(t *testing.T) {
	names := Names()
	if len(names) < 3 {
		t.Fatalf("Names() = %v, want at least 3 embedded briefings", names)
	}
	bs := defaults(t)
	if len(bs) != len(names) {
		t.Fatalf("Defaults() gave %d briefings for %d files", len(bs), len(names))
	}
	for i, b := range bs {
		if b.Name != names[i] {
			t.Errorf("briefing %d is named %q, want %q (name order)", i, b.Name, names[i])
		}
		if strings.TrimSpace(b.Title) == "" {
			t.Errorf("%s: empty title", b.Name)
		}
		paragraphs := 0
		for _, s := range b.Sections {
			paragraphs += len(s.Paragraphs)
		}
		if paragraphs < 5 {
			t.Errorf("%s: %d paragraphs, want at least 5", b.Name, paragraphs)
		}
		if len(b.Warnings) > 0 {
			t.Errorf("%s: import warnings %q", b.Name, b.Warnings)
		}
	}
}

func TestDefaultsCoverEveryFormat(t *testing.T) {
	seen := map[briefing.Format][]string{}
	for _, b := range defaults(t) {
		seen[b.Format] = append(seen[b.Format], b.Name)
	}
	for _, f := range []briefing.Format{briefing.Text, briefing.Markdown, briefing.HTML} {
		if len(seen[f]) == 0 {
			t.Errorf("no embedded briefing is read as %s (formats seen: %v)", f, seen)
		}
	}
}

func TestEmbeddedFilesAreCleanUTF8(t *testing.T) {
	entries, err := fs.ReadDir(files, "briefings")
	if err != nil {
		t.Fatalf("listing embedded briefings: %v", err)
	}
	for _, e := range entries {
		data, err := files.ReadFile(path.Join("briefings", e.Name()))
		if err != nil {
			t.Fatalf("reading %s: %v", e.Name(), err)
		}
		if !utf8.Valid(data) {
			t.Errorf("%s: not valid UTF-8", e.Name())
		}
		line := 1
		for _, r := range string(data) {
			if r == '\n' {
				line++
				continue
			}
			if r == utf8.RuneError || r == '\uFEFF' || (unicode.IsControl(r) && r != '\t') {
				t.Errorf("%s:%d: control or replacement character %U", e.Name(), line, r)
			}
		}
		if !strings.HasSuffix(string(data), "\n") {
			t.Errorf("%s: does not end with a newline", e.Name())
		}
	}
}

// minWords and maxWords bound a default briefing's body: long enough to show
// every pane, short enough to read in a few minutes.
const minWords, maxWords = 600, 1200

// expected is what a reader of each default briefing must see.
var expected = map[string]struct {
	format    briefing.Format
	title     string
	headings  []string // every section heading in order; "" is the lead
	authors   []string
	dateline  string
	published string // YYYY-MM-DD, or "" when the file carries no date
	// notInBody are header and furniture lines that must not be read as
	// paragraphs.
	notInBody []string
}{
	"chip-export-controls.html": {
		format:    briefing.HTML,
		title:     "Washington Tightens Chip Export Rules as China Races to Build Its Own",
		headings:  []string{"", "Closing the loopholes", "Allies join, and Beijing answers", "Building at home"},
		authors:   []string{"Hannah Brandt", "Kenji Mori"},
		dateline:  "WASHINGTON",
		published: "2023-10-18",
		notInBody: []string{"Most Read", "Sign up for the Brief Tech Desk newsletter", "All rights reserved", "Newsletters"},
	},
	"russia-china-cyber.txt": {
		format:    briefing.Text,
		title:     "Russia and China Draw Closer on Cybersecurity as Talks With Washington Stall",
		headings:  []string{"", "Why the American track stalled", "Two cyber powers with a shared view", "Cables, servers and software"},
		authors:   []string{"Nadia Forsberg", "Tomas Berglund", "Priya Raman"},
		dateline:  "MOSCOW",
		notInBody: []string{"Popular in the Community", "What's Hot", "Trending", "(Photo by Sasha Mordovets/Getty Images)", "By Nadia Forsberg", "MOSCOW --"},
	},
	"undersea-cables.md": {
		format:    briefing.Markdown,
		title:     "The Cables Under the Sea: Why the Internet's Backbone Has Become a Security Worry",
		headings:  []string{"", "A network older than the internet", "Accidents, anchors and suspicion", "Guarding the seabed"},
		authors:   []string{"Ines Marlow", "Tomasz Wrona"},
		published: "2025-03-03",
		notInBody: []string{"title:", "tags:", "Brief Explainers"},
	},
}

func TestDefaultsAreAllExpected(t *testing.T) {
	for _, n := range Names() {
		if _, ok := expected[n]; !ok {
			t.Errorf("embedded briefing %s has no entry in the expected table", n)
		}
	}
	got := byName(defaults(t))
	for n, want := range expected {
		b, ok := got[n]
		if !ok {
			t.Errorf("expected briefing %s is not embedded", n)
			continue
		}
		if b.Format != want.format {
			t.Errorf("%s: read as %s, want %s", n, b.Format, want.format)
		}
	}
}

func TestDefaultsSections(t *testing.T) {
	got := byName(defaults(t))
	for _, n := range slices.Sorted(maps.Keys(expected)) {
		want := expected[n]
		t.Run(n, func(t *testing.T) {
			b := got[n]
			if b.Title != want.title {
				t.Errorf("title = %q, want %q", b.Title, want.title)
			}
			if w := b.Words(); w < minWords || w > maxWords {
				t.Errorf("body has %d words, want %d-%d", w, minWords, maxWords)
			}
			var headings []string
			for _, s := range b.Sections {
				headings = append(headings, s.Heading)
				if len(s.Paragraphs) == 0 {
					t.Errorf("section %q has no paragraphs", s.Heading)
				}
			}
			if strings.Join(headings, " | ") != strings.Join(want.headings, " | ") {
				t.Errorf("section headings = %q, want %q", headings, want.headings)
			}
			for _, s := range b.Sections {
				for _, p := range s.Paragraphs {
					for _, bad := range want.notInBody {
						if strings.Contains(p, bad) {
							t.Errorf("paragraph in section %q contains %q: %.80q", s.Heading, bad, p)
						}
					}
				}
			}
		})
	}
}

func TestDefaultsMetadata(t *testing.T) {
	got := byName(defaults(t))
	for _, n := range slices.Sorted(maps.Keys(expected)) {
		want := expected[n]
		t.Run(n, func(t *testing.T) {
			b := got[n]
			if strings.Join(b.Authors, ", ") != strings.Join(want.authors, ", ") {
				t.Errorf("authors = %q, want %q", b.Authors, want.authors)
			}
			if want.dateline != "" && b.Dateline != want.dateline {
				t.Errorf("dateline = %q, want %q", b.Dateline, want.dateline)
			}
			if want.published != "" {
				if b.Published.IsZero() {
					t.Errorf("no publication date, want %s", want.published)
				} else if d := b.Published.UTC().Format(time.DateOnly); d != want.published {
					t.Errorf("published = %s, want %s", d, want.published)
				}
			}
		})
	}
}

// Minimum annotations every default briefing must give the quotes pane and
// the key-facts sidebar.
const minQuotes, minFacts = 3, 8

func TestDefaultsHaveQuotesAndFacts(t *testing.T) {
	bs := defaults(t)
	for _, b := range bs {
		if len(b.Quotes) < minQuotes {
			t.Errorf("%s: %d quotes, want at least %d", b.Name, len(b.Quotes), minQuotes)
		}
		if len(b.Facts) < minFacts {
			t.Errorf("%s: %d facts, want at least %d", b.Name, len(b.Facts), minFacts)
		}
		speakers := 0
		for _, q := range b.Quotes {
			if !q.Partial && q.Speaker != "" {
				speakers++
			}
		}
		if speakers < 2 {
			t.Errorf("%s: %d quotes with a named speaker, want at least 2", b.Name, speakers)
		}
	}
}
