package briefing

import (
	"strings"
	"testing"
)

// hostile holds control sequences written as entities, which only exist
// after the importers decode them: a clipboard write (OSC 52), a screen
// clear, a window title and a bidirectional override.
const hostileEntities = `&#27;]52;c;aGVsbG8=&#7; &#x1b;[2J &#27;]2;pwned&#7; &#x202e;`

func TestImportStripsControlSequencesFromEntities(t *testing.T) {
	inputs := map[string]string{
		"page.html": `<!DOCTYPE html><html><head><title>Title ` + hostileEntities + `</title>` +
			`<meta name="author" content="Ann ` + hostileEntities + `Lee"></head><body><article>` +
			`<h1>Title</h1><p>First paragraph of the story, long enough to be read as the article ` + hostileEntities +
			` and it goes on with more words so that the extractor keeps it as body text.</p>` +
			`<h2>Section ` + hostileEntities + `</h2><p>Second paragraph, also long enough to count as text, ` +
			`with <em>emphasis ` + hostileEntities + `</em> inside and more words after it.</p></article></body></html>`,
		"note.md": "---\ntitle: \"Title\"\ndescription: \"The dek \\e]2;pwned\\a \\e[2J\"\n---\n\nA paragraph with a raw block below.\n\n<div>" + hostileEntities + "</div>\n\n" +
			"## Heading " + hostileEntities + "\n\nText *with " + hostileEntities + "* emphasis.\n",
	}
	for name, data := range inputs {
		b, err := Import(name, []byte(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var all []string
		all = append(all, b.Title, b.Standfirst, b.Source, b.Origin, b.Dateline)
		all = append(all, b.Authors...)
		for _, s := range b.Sections {
			all = append(all, s.Heading)
			all = append(all, s.Paragraphs...)
		}
		for _, s := range all {
			if needsClean(s) || strings.ContainsAny(s, "\x1b\x07") {
				t.Errorf("%s: control sequence left in %q", name, s)
			}
		}
		for _, st := range b.Styles {
			if b.Text(st.Span) == "" {
				t.Errorf("%s: style %+v points outside its paragraph", name, st)
			}
		}
	}
}

func TestNeedsClean(t *testing.T) {
	for s, want := range map[string]bool{
		"plain text, “quoted” — fine": false,
		"line\nbreak":                 false,
		"esc\x1b[2J":                  true,
		"tab\there":                   true,
		"c1\u009b2J":                  true,
		"bidi\u202e":                  true,
		"nbsp\u00a0":                  true,
		"bad\xff":                     true,
	} {
		if got := needsClean(s); got != want {
			t.Errorf("needsClean(%q) = %v, want %v", s, got, want)
		}
	}
}
