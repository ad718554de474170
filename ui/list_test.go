package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// paneKey returns the key press a user makes: a named key ("down", "enter",
// "esc", "backspace", "home", "end", "pgdown", "pgup", "space", "tab") or
// one character.
func paneKey(s string) tea.KeyPressMsg {
	named := map[string]rune{
		"down": tea.KeyDown, "up": tea.KeyUp, "enter": tea.KeyEnter, "esc": tea.KeyEscape,
		"backspace": tea.KeyBackspace, "home": tea.KeyHome, "end": tea.KeyEnd,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "tab": tea.KeyTab,
	}
	if s == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if c, ok := named[s]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	r := []rune(s)
	if len(r) != 1 {
		panic("paneKey: unknown key " + s)
	}
	return tea.KeyPressMsg{Code: r[0], Text: s}
}

// paneLines strips the styles of a view and splits it into its lines.
func paneLines(view string) []string {
	return strings.Split(ansi.Strip(view), "\n")
}

// assertPaneSize fails unless view is exactly width x height cells.
func assertPaneSize(t *testing.T, view string, width, height int) {
	t.Helper()
	if height == 0 || width == 0 {
		if view != "" {
			t.Fatalf("%dx%d: want an empty view, got %q", width, height, view)
		}
		return
	}
	lines := strings.Split(view, "\n")
	if len(lines) != height {
		t.Fatalf("%dx%d: got %d lines:\n%s", width, height, len(lines), ansi.Strip(view))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != width {
			t.Fatalf("%dx%d: line %d is %d cells wide: %q", width, height, i, w, ansi.Strip(l))
		}
	}
}

// paneRun runs a command and returns its message (nil for a nil command).
func paneRun(cmd tea.Cmd) tea.Msg {
	if cmd == nil {
		return nil
	}
	return cmd()
}

// paneSpanOf returns the span of the first occurrence of text in paragraph
// (s, p) of b, failing the test if it is not there.
func paneSpanOf(t testing.TB, b *briefing.Briefing, s, p int, text string) briefing.Span {
	t.Helper()
	i := strings.Index(b.Sections[s].Paragraphs[p], text)
	if i < 0 {
		t.Fatalf("%q not in section %d paragraph %d", text, s, p)
	}
	return briefing.Span{Section: s, Paragraph: p, Start: i, End: i + len(text)}
}

// paneBriefing is a small hand-made briefing with quotes of every shape and
// facts of every kind, their spans found in the text.
func paneBriefing(t testing.TB) *briefing.Briefing {
	t.Helper()
	b := &briefing.Briefing{
		Name: "harbour.txt", Title: "Harbour deal signed", Source: "Coast Herald",
		Sections: []briefing.Section{
			{Paragraphs: []string{
				`Mayor Ana Ruiz said on Monday: "The harbour will reopen in spring, and the ferries will run every hour from the first week of April onwards, weather permitting."`,
				`Critics called the plan a "quick fix". "We were not asked," a resident said.`,
			}},
			{Heading: "Money", Paragraphs: []string{
				`The port authority will spend 40 million euros. Ruiz said the money was "already there". Ana Ruiz thanked the port authority and Ruiz left.`,
			}},
		},
	}
	quote := func(s, p int, text, speaker, role string, partial bool) briefing.Quote {
		sp := paneSpanOf(t, b, s, p, text)
		return briefing.Quote{Text: text, Speaker: speaker, Role: role, Partial: partial,
			Section: sp.Section, Paragraph: sp.Paragraph, Start: sp.Start, End: sp.End}
	}
	b.Quotes = []briefing.Quote{
		quote(0, 0, "The harbour will reopen in spring, and the ferries will run every hour from the first week of April onwards, weather permitting.", "Ana Ruiz", "mayor", false),
		quote(0, 1, "quick fix", "", "", true),
		quote(0, 1, "We were not asked,", "", "", false),
		quote(1, 0, "already there", "Ana Ruiz", "mayor", true),
	}
	ruiz := []briefing.Span{paneSpanOf(t, b, 0, 0, "Ana Ruiz"), paneSpanOf(t, b, 1, 0, "Ruiz said"), paneSpanOf(t, b, 1, 0, "Ana Ruiz")}
	ruiz[1].End = ruiz[1].Start + len("Ruiz")
	last := strings.LastIndex(b.Sections[1].Paragraphs[0], "Ruiz")
	ruiz = append(ruiz, briefing.Span{Section: 1, Paragraph: 0, Start: last, End: last + 4})
	b.Facts = []briefing.Fact{
		{Kind: briefing.Figure, Text: "40 million euros", Detail: "the port authority's spending", Mentions: []briefing.Span{paneSpanOf(t, b, 1, 0, "40 million euros")}},
		{Kind: briefing.Person, Text: "Ana Ruiz", Detail: "mayor", Mentions: ruiz},
		{Kind: briefing.Organization, Text: "port authority", Mentions: []briefing.Span{paneSpanOf(t, b, 1, 0, "port authority")}},
		{Kind: briefing.Date, Text: "Monday", Mentions: []briefing.Span{paneSpanOf(t, b, 0, 0, "Monday")}},
		{Kind: briefing.Place, Text: "Harbour", Detail: "", Mentions: nil},
	}
	return b
}

// paneManyBriefing returns a briefing with n quotes and n facts, for scrolling
// and benchmarks.
func paneManyBriefing(n int) *briefing.Briefing {
	b := &briefing.Briefing{Title: "Many"}
	var ps []string
	for i := range n {
		ps = append(ps, fmt.Sprintf("Speaker %d said: \"Statement number %d is long enough to need wrapping over more than one line of the pane, and then some more words so it is cut.\"", i, i))
	}
	b.Sections = []briefing.Section{{Paragraphs: ps}}
	for i := range n {
		text := fmt.Sprintf("Statement number %d is long enough to need wrapping over more than one line of the pane, and then some more words so it is cut.", i)
		start := strings.Index(ps[i], text)
		b.Quotes = append(b.Quotes, briefing.Quote{Text: text, Speaker: fmt.Sprintf("Speaker %d", i), Role: "spokesperson",
			Paragraph: i, Start: start, End: start + len(text), Partial: i%10 == 9})
		name := fmt.Sprintf("Speaker %d", i)
		ns := strings.Index(ps[i], name)
		b.Facts = append(b.Facts, briefing.Fact{Kind: briefing.FactKinds[i%len(briefing.FactKinds)], Text: name, Detail: "spokesperson",
			Mentions: []briefing.Span{{Paragraph: i, Start: ns, End: ns + len(name)}}})
	}
	return b
}

func TestFitCells(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"abc", 5, "abc  "},
		{"abcdef", 4, "abc…"},
		{"abcd", 4, "abcd"},
		{"\x1b[1mbold text\x1b[0m", 6, "bold …"},
		{"日本語テキスト", 5, "日本…"},
		{"x", 0, ""},
	}
	for _, tt := range tests {
		got := fitCells(tt.in, tt.width)
		if ansi.Strip(got) != tt.want || ansi.StringWidth(got) != tt.width {
			t.Errorf("fitCells(%q, %d) = %q (width %d), want %q", tt.in, tt.width, ansi.Strip(got), ansi.StringWidth(got), tt.want)
		}
	}
}

func TestFitRows(t *testing.T) {
	for _, size := range [][2]int{{10, 1}, {10, 3}, {3, 5}, {1, 1}} {
		got := fitRows([]string{"first line is long", "second"}, size[0], size[1])
		assertPaneSize(t, got, size[0], size[1])
	}
	if got := fitRows([]string{"a"}, 0, 3); got != "" {
		t.Errorf("zero width: got %q", got)
	}
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		text     string
		width    int
		max      int
		want     []string
		wantNote string
	}{
		{"one two three", 20, 3, []string{"one two three"}, "fits on one line"},
		{"one two three four", 9, 3, []string{"one two", "three", "four"}, "wraps at spaces"},
		{"one two three four five six", 9, 2, []string{"one two", "three…"}, "cut after max lines"},
		{"aaaaaaaa bbbbbbbb cccc", 8, 2, []string{"aaaaaaaa", "bbbbbbb…"}, "full last line loses a cell to the ellipsis"},
		{"  spaced \n out  ", 20, 3, []string{"spaced out"}, "whitespace collapsed"},
		{"", 10, 3, nil, "empty"},
	}
	for _, tt := range tests {
		got := wrapText(tt.text, tt.width, tt.max)
		for i := range got {
			got[i] = strings.TrimRight(got[i], " ")
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: wrapText(%q, %d, %d) = %q, want %q", tt.wantNote, tt.text, tt.width, tt.max, got, tt.want)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > tt.width {
				t.Errorf("%s: line %q wider than %d", tt.wantNote, l, tt.width)
			}
		}
	}
}

func TestKeepInView(t *testing.T) {
	tests := []struct {
		name                              string
		offset, top, bottom, height, rows int
		want                              int
	}{
		{"already visible", 0, 2, 4, 10, 50, 0},
		{"below the window", 0, 12, 15, 10, 50, 5},
		{"above the window", 20, 3, 5, 10, 50, 3},
		{"taller than the window shows its top", 0, 12, 30, 10, 50, 12},
		{"clamped to the end", 45, -1, -1, 10, 50, 40},
		{"short list", 5, -1, -1, 10, 4, 0},
	}
	for _, tt := range tests {
		if got := keepInView(tt.offset, tt.top, tt.bottom, tt.height, tt.rows); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestEntryAt(t *testing.T) {
	l := rowList{top: []int{1, 4, 9}, bottom: []int{3, 8, 10}}
	want := map[int]int{0: -1, 1: 0, 2: 0, 3: -1, 4: 1, 7: 1, 8: -1, 9: 2, 10: -1, 99: -1}
	for row, d := range want {
		if got := l.entryAt(row); got != d {
			t.Errorf("entryAt(%d) = %d, want %d", row, got, d)
		}
	}
}
