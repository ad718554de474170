package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// The plain-text fixtures say the same thing in Markdown and in HTML:
// emphasis split over several spans, an escaped ampersand and a tilde, a
// level-4 heading, links and bare URLs longer than a line, a long block
// quote and a numbered list.
var plainFixtures = []string{"print_plain.md", "print_plain.html"}

const (
	plainNotice = "https://timetables.example.org/notices/night-trains-alpine-network-winter-2026-fares-and-conditions.html"
	plainFull   = "https://timetables.example.org/night-trains/alpine-network/winter-2026/full-listing.html?lang=en"
	plainShort  = "https://timetables.example.org/night-trains/short-list-2026"
)

func printFixture(t *testing.T, name string, width int) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	b, err := briefing.Import(name, data)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Print(&out, b, width, ""); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// checkPlainPrint checks piped output of a plain fixture at a width (the
// --width value): what the reader of a pager or a file must see.
func checkPlainPrint(t *testing.T, out string, width int) {
	t.Helper()
	if strings.ContainsRune(out, '\x1b') {
		t.Errorf("width %d: escape byte in piped output:\n%q", width, out)
	}
	// No Markdown escape reaches the reader: the fixtures hold no backslash.
	if strings.ContainsRune(out, '\\') {
		t.Errorf("width %d: a backslash escape shows:\n%s", width, out)
	}
	flat := squash(out)
	for _, want := range []string{"the Q&A with", "by ~5% next"} {
		if !strings.Contains(flat, want) {
			t.Errorf("width %d: output lacks %q:\n%s", width, want, out)
		}
	}
	// Emphasis is marked as Glamour's notty style marks it, once per run of
	// emphasised words, not once per word the page happened to tag apart.
	for _, want := range []string{"*quiet comeback of the sleeper*", "**booking office**"} {
		if !strings.Contains(flat, want) {
			t.Errorf("width %d: output lacks %q:\n%s", width, want, out)
		}
	}
	if strings.Contains(flat, "* *") {
		t.Errorf("width %d: emphasis closed and opened again between two words:\n%s", width, out)
	}
	lines := strings.Split(out, "\n")
	heading := false
	for _, l := range lines {
		heading = heading || l == "#### Timetable: winter | 12 stops"
	}
	if !heading {
		t.Errorf("width %d: no line \"#### Timetable: winter | 12 stops\":\n%s", width, out)
	}
	limit := wrapWidth(width) - 2
	for _, url := range []string{plainNotice, plainFull, plainShort} {
		whole := false
		for _, l := range lines {
			if strings.Contains(l, url) {
				whole = true
				if ansi.StringWidth(url)+2 > limit && strings.TrimSpace(l) != url {
					t.Errorf("width %d: a URL wider than the line shares its line: %q", width, l)
				}
			}
		}
		if !whole {
			t.Errorf("width %d: %s is broken across lines:\n%s", width, url, out)
		}
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > limit && !strings.Contains(l, "https://") {
			t.Errorf("width %d: line of %d cells, wider than %d: %q", width, w, limit, l)
		}
	}
	// Every line of the block quote keeps its bar.
	quote := paragraphOf(lines, "nineteen-seventies")
	if len(quote) < 2 {
		t.Fatalf("width %d: the block quote is not there, or on one line:\n%s", width, out)
	}
	for _, l := range quote {
		if !strings.HasPrefix(l, "  | ") {
			t.Errorf("width %d: a line of the block quote without its bar: %q\n%s", width, l, strings.Join(quote, "\n"))
		}
	}
	if !strings.Contains(squash(strings.ReplaceAll(strings.Join(quote, "\n"), "  | ", "")), "doubt loudly and often.") {
		t.Errorf("width %d: the block quote lost its end:\n%s", width, strings.Join(quote, "\n"))
	}
	if !strings.Contains(out, "\n  1. Vienna\n  2. Innsbruck\n  3. Feldkirch\n") {
		t.Errorf("width %d: the numbered list is not numbered line by line:\n%s", width, out)
	}
}

// paragraphOf returns the lines of the block (between blank lines) that
// holds word.
func paragraphOf(lines []string, word string) []string {
	for i, l := range lines {
		if !strings.Contains(l, word) {
			continue
		}
		from, to := i, i
		for from > 0 && strings.TrimSpace(lines[from-1]) != "" {
			from--
		}
		for to < len(lines) && strings.TrimSpace(lines[to]) != "" {
			to++
		}
		return lines[from:to]
	}
	return nil
}

func TestPrintPlainFixtures(t *testing.T) {
	for _, name := range plainFixtures {
		for _, width := range []int{40, 57, 64, 72, 80, 100} {
			t.Run(fmt.Sprintf("%s/%d", name, width), func(t *testing.T) {
				checkPlainPrint(t, printFixture(t, name, width), width)
			})
		}
	}
}

// TestPrintKeepsEveryQuoteBar lays a long block quote out at every width
// from 24 to 100: Glamour's notty style counts the quote's indent as one
// cell while its bar "| " takes two, so a line that filled the width had
// its last word pushed onto a line of its own, without the bar.
func TestPrintKeepsEveryQuoteBar(t *testing.T) {
	const md = "> Tunnels under the pass were dug in the eighteen-seventies by crews who lived in huts along the line, and the railway museum in the valley keeps their tools, their letters home and a model of the camp as it stood in the winter of the great avalanche, when the work stopped for a month.\n"
	b, err := briefing.Import("quote.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for width := 24; width <= 100; width++ {
		var out bytes.Buffer
		if err := Print(&out, b, width, ""); err != nil {
			t.Fatal(err)
		}
		quote := paragraphOf(strings.Split(out.String(), "\n"), "Tunnels")
		for _, l := range quote {
			if !strings.HasPrefix(l, "  | ") {
				t.Errorf("width %d: quote line without its bar: %q", width, l)
			}
		}
		if got := squash(strings.ReplaceAll(strings.Join(quote, " "), "  | ", "")); !strings.Contains(got, "when the work stopped for a month.") {
			t.Errorf("width %d: the quote lost its end: %q", width, got)
		}
	}
}

func TestWrapPlain(t *testing.T) {
	cases := []struct {
		name, text, first, next string
		width                   int
		want                    []string
	}{
		{"words", "one two three four five", "  ", "  ", 12, []string{"  one two", "  three four", "  five"}},
		{"quote bar on every line", "alpha beta gamma delta", "  | ", "  | ", 14, []string{"  | alpha beta", "  | gamma", "  | delta"}},
		{"URL wider than the line, alone and whole", "see https://example.com/a/very/long-path/to-a-page.html now", "  ", "  ", 20,
			[]string{"  see", "  https://example.com/a/very/long-path/to-a-page.html", "  now"}},
		{"URL not broken at its hyphens", "read it at https://ex.org/a-b-c-d", "", "", 24, []string{"read it at", "https://ex.org/a-b-c-d"}},
		{"a word broken at its hyphen", "the Antwerp-Bruges port", "", "", 16, []string{"the Antwerp-", "Bruges port"}},
		{"URL in parentheses", "(https://example.com/a/long/path/here) x", "", "", 16, []string{"(https://example.com/a/long/path/here)", "x"}},
		{"long word not a URL is cut", "abcdefghijklmnop", "", "", 6, []string{"abcdef", "ghijkl", "mnop"}},
		{"CJK text wraps between characters", "这是一个很长的中文段落没有空格", "  ", "  ", 12, []string{"  这是一个很", "  长的中文段", "  落没有空格"}},
		{"CJK closing mark hangs", "这是一个很长，的中文段落", "", "", 10, []string{"这是一个很", "长，的中文", "段落"}},
		{"a Latin word in CJK text is not cut", "公司DeepMind开发出一款", "", "", 10, []string{"公司", "DeepMind开", "发出一款"}},
		{"no break before a Latin closing mark", "(Neil Armstrong)走出登月舱", "", "", 12, []string{"(Neil", "Armstrong)走", "出登月舱"}},
		{"CJK closing mark at a break hangs", "一二三四五，六七", "", "", 10, []string{"一二三四五，", "六七"}},
	}
	for _, c := range cases {
		got := wrapPlain(c.text, c.first, c.next, c.width)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: wrapPlain(%q, %d) =\n%s\nwant\n%s", c.name, c.text, c.width, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

// TestPrintShowsEscapedPunctuationAsItself checks the characters Glamour
// does not unescape: an ampersand and a tilde, also after a backslash the
// text really has; a code span shows as written.
func TestPrintShowsEscapedPunctuationAsItself(t *testing.T) {
	b, err := briefing.Import("amp.md", []byte("Tom & Jerry, ~5 km, a\\\\&b and a\\\\~b in text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Print(&out, b, 80, ""); err != nil {
		t.Fatal(err)
	}
	if want := `Tom & Jerry, ~5 km, a\&b and a\~b in text.`; !strings.Contains(out.String(), want) {
		t.Errorf("output %q, want it to hold %q", out.String(), want)
	}
	text := `Type c\&d in the shell.`
	b = &briefing.Briefing{
		Title:    "Shell",
		Sections: []briefing.Section{{Paragraphs: []string{text}}},
		Styles:   []briefing.Style{{Kind: briefing.InlineCode, Span: briefing.Span{Start: 5, End: 9}}},
	}
	out.Reset()
	if err := Print(&out, b, 80, ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `c\&d`) {
		t.Errorf("output %q, want the code span c\\&d as written", out.String())
	}
}
