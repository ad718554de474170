package briefing

import (
	"regexp"
	"strings"
	"testing"
)

func TestDetectMarkdownOnlyByItsOwnSigns(t *testing.T) {
	cases := []struct {
		name, text string
		want       Format
	}{
		{"numbered list in a paste", "Ten countries ranked\n\nBody text long enough here.\n\n1. Finland\n\n2. Norway\n", Text},
		{"bullets and a quote", "Title here\n\n- one point\n- another point\n\n> a quoted line\n\nMore text.\n", Text},
		{"one bold word", "Title\n\nA **bold** claim in a paste.\n", Text},
		{"title heading", "# The title\n\nBody paragraph.\n", Markdown},
		{"two subheadings", "Title line\n\nText.\n\n## One\n\nText.\n\n## Two\n\nText.\n", Markdown},
		{"link and emphasis", "Title\n\nSee [the report](https://example.com/r) and *this* part.\n", Markdown},
		{"two links", "Title\n\n[a](https://a.example) and [b](https://b.example).\n", Markdown},
		{"fenced code", "Title\n\n```\ncode\n```\n", Markdown},
		{"table", "Title\n\n| a | b |\n|---|---|\n| **1** | 2 |\n", Markdown},
		{"footnote brackets", "Title\n\nAs reported [1] (see below) and [2](3 pages).\n", Text},
		{"arithmetic stars", "Title\n\nIt is 2 * 3 * 4 in all.\n", Text},
		{"md extension", "Plain words only.\n", Markdown},
		{"comments in pasted code", "Socket requests\n\nWe open a client.\n\n# connect the client\nclient.connect((host, port))\n\n# send some data\nrequest = \"GET /\"\n", Text},
		{"comments under code", "Agents\n\nPick one.\n\n# desktop agent\nAGENT = \"a\"\n# mobile agent\nMOBILE = \"b\"\n", Text},
		{"heading over text", "Title line\n\nText.\n\n## One\nText under it.\n\n## Two\nMore text.\n", Markdown},
	}
	for _, c := range cases {
		name := "paste.txt"
		if c.name == "md extension" {
			name = "notes.md"
		}
		if got := Detect(name, c.text); got != c.want {
			t.Errorf("%s: Detect = %s, want %s", c.name, got, c.want)
		}
	}
}

func TestNumberedListPasteKeepsItsTitle(t *testing.T) {
	b, err := Import("list.txt", []byte("Ten countries ranked\n\nBody text long enough here.\n\n1. Finland\n\n2. Norway\n"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Format != Text || b.Title != "Ten countries ranked" {
		t.Errorf("format %s, title %q", b.Format, b.Title)
	}
}

// oldMarkdownSignal is the regular expression Detect used before the scan,
// kept here to measure the scan against it.
var oldMarkdownSignal = regexp.MustCompile(`(?m)^(#{1,6} \S|> \S|[-*+] \S|\d+\. \S|` + "```" + `)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*`)

func benchArticle() string {
	p := "The city council voted on Tuesday to close two libraries and merge their collections, a plan critics said would leave the north without a reading room.\n\n"
	return "Council votes to close libraries\n\n" + strings.Repeat(p, 30)
}

func BenchmarkDetectScan(b *testing.B) {
	text := benchArticle()
	for b.Loop() {
		Detect("a.txt", text)
	}
}

func BenchmarkDetectOldRegexp(b *testing.B) {
	text := benchArticle()[:detectWindow]
	for b.Loop() {
		oldMarkdownSignal.FindAllStringIndex(text, 3)
	}
}
