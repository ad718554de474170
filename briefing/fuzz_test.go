package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// addFixtureSeeds adds the import fixtures with the given extensions to a
// fuzz target's seed corpus (testdata/fuzz/<Name> holds more).
func addFixtureSeeds(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob(filepath.Join("testdata", "import", "*"+ext))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data)
			}
		}
	}
}

// checkImport imports data under name and checks what must hold for any
// input: no panic, and if it imports, every output string valid UTF-8
// without control characters (newlines allowed only in code paragraphs),
// and every style and quote position inside its paragraph.
func checkImport(t *testing.T, name string, data []byte) {
	b, err := Import(name, data)
	if err != nil {
		return
	}
	check := func(what, s string, newlines bool) {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", what, s)
		}
		for _, r := range s {
			if r == '\n' && newlines {
				continue
			}
			if unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Fatalf("%s holds control character %U: %q", what, r, s)
			}
		}
	}
	check("title", b.Title, false)
	check("source", b.Source, false)
	check("origin", b.Origin, false)
	check("dateline", b.Dateline, false)
	for _, a := range b.Authors {
		check("author", a, false)
	}
	for _, tag := range b.Tags {
		check("tag", tag, false)
	}
	for _, c := range b.Captions {
		check("caption", c.Text, false)
		check("credit", c.Credit, false)
	}
	for i, s := range b.Sections {
		check("heading", s.Heading, false)
		if len(s.Kinds) > len(s.Paragraphs) {
			t.Fatalf("section %d has %d kinds for %d paragraphs", i, len(s.Kinds), len(s.Paragraphs))
		}
		for p, text := range s.Paragraphs {
			check("paragraph", text, s.Kind(p) == Code)
			if strings.TrimSpace(text) == "" {
				t.Fatalf("section %d paragraph %d is empty", i, p)
			}
		}
	}
	for _, st := range b.Styles {
		text := b.Text(st.Span)
		if text == "" || !utf8.ValidString(text) {
			t.Fatalf("style %+v out of range or not on character boundaries", st)
		}
	}
	for _, l := range b.Links {
		check("link target", l.Target, false)
		if text := b.Text(l.Span); text == "" || !utf8.ValidString(text) {
			t.Fatalf("link %+v out of range or not on character boundaries", l)
		}
	}
	for i, s := range b.Sections {
		if len(s.Details) > len(s.Paragraphs) {
			t.Fatalf("section %d has %d details for %d paragraphs", i, len(s.Details), len(s.Paragraphs))
		}
		for p := range s.Paragraphs {
			check("code language", s.Detail(p).Lang, false)
			if s.Kind(p) != TableRow {
				continue
			}
			for _, c := range s.Cells(p) {
				if c[0] < 0 || c[0] > c[1] || c[1] > len(s.Paragraphs[p]) || !utf8.ValidString(s.Paragraphs[p][c[0]:c[1]]) {
					t.Fatalf("section %d paragraph %d: cell %v outside %q", i, p, c, s.Paragraphs[p])
				}
			}
		}
	}
	for _, q := range b.Quotes {
		check("quote", q.Text, false)
		check("speaker", q.Speaker, false)
		check("role", q.Role, false)
		if b.Text(Span{Section: q.Section, Paragraph: q.Paragraph, Start: q.Start, End: q.Start}) == "" &&
			(q.Section < 0 || q.Section >= len(b.Sections) || q.Paragraph < 0 || q.Paragraph >= len(b.Sections[q.Section].Paragraphs) ||
				q.Start < 0 || q.Start > len(b.Sections[q.Section].Paragraphs[q.Paragraph])) {
			t.Fatalf("quote %+v starts outside the body", q)
		}
	}
	for _, f := range b.Facts {
		check("fact", f.Text, false)
		check("fact detail", f.Detail, false)
		for _, m := range f.Mentions {
			if b.Text(m) == "" {
				t.Fatalf("fact %q mention %+v out of range", f.Text, m)
			}
		}
	}
	for _, w := range b.Warnings {
		check("warning", w, false)
	}
}

func FuzzImportText(f *testing.F) {
	addFixtureSeeds(f, ".txt")
	f.Add([]byte("Title\n\nBy A B and C D\n\nMOSCOW -- text here.\n"))
	f.Add([]byte(pastedPage))
	f.Add([]byte("T\n\nPort\tRank\nRotterdam\t1\nAntwerp\t2\n\nA sentence of prose that is long enough to be read as the article.\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.txt", data) })
}

func FuzzImportMarkdown(f *testing.F) {
	addFixtureSeeds(f, ".md")
	f.Add([]byte("---\ntitle: T\nauthor: {name: A B}\n---\n# T\n\n**b** *i* `c`\n"))
	f.Add([]byte("# T &#27;]2;x&#7;\n\n<div>&#x1b;[2J</div>\n\nText *&#27;]52;c;aGk=&#7;* here.\n"))
	f.Add([]byte("# T\n\n1. a [l](http://x) **b**\n   - c\n\n| a | b |\n|:-|-:|\n| *1* | [2](y) |\n\n```go\nx\n```\n"))
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.md", data) })
}

func FuzzImportHTML(f *testing.F) {
	addFixtureSeeds(f, ".html")
	f.Add([]byte("<html><body><article><h1>T</h1><p><em>a</em> b</p><figure><figcaption>c</figcaption></figure></article></body></html>"))
	f.Add([]byte(`<html><head><meta name="DC.date.issued" content="2024-01-02"></head><body><article><h1>T</h1><ol start="3"><li><a href="http://x">a</a></li></ol><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td><b>2</b></td></tr></table><pre class="language-go">x</pre></article></body></html>`))
	// Control sequences written as entities appear only after decoding.
	f.Add([]byte("<html><head><title>T&#27;]2;x&#7;</title></head><body><article><h1>T&#x1b;[2J</h1><p>Text &#27;]52;c;aGk=&#7; and &#x202e; more text.</p></article></body></html>"))
	// The page's metadata for authors, links to other pages, a story card
	// after the article, an image's alt said again under it.
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@graph":[{"author":[{"name":"A B"},"C D"]}]}</script><meta name="byl" content="By E F"></head>` +
		`<body><article><h1>T</h1><p><a href="/x">Other story</a></p><p>14</p><figure><img alt="a b c d e f"></figure><ul><li><p>a b c d e g</p></li></ul>` +
		`<p>A long enough paragraph of the article that runs on for more than twenty words so that it counts as one of the article's own.</p>` +
		`<h4><a href="http://x/y">Card</a></h4><p>Teaser.</p><p>July 22, 2016</p><p>In "News"</p></article></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { checkImport(t, "fuzz.html", data) })
}
