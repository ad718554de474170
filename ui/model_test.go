package ui

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
	"brief/library"
	"brief/state"
)

func TestParagraphMarkdownRendersTheTextItself(t *testing.T) {
	cases := []struct {
		name, text string
		kind       briefing.BlockKind
		want       string // the rendered text, white space squashed
	}{
		{"plain", "Plain words.", "", "Plain words."},
		{"emphasis marks stay literal", "a *b* _c_ `d` [e](f) <g> #h", "", "a *b* _c_ `d` [e](f) <g> #h"},
		{"leading dash is not a list", "- not a list", "", "- not a list"},
		{"leading plus", "+ plus", "", "+ plus"},
		{"leading number is not a list", "1986. A year.", "", "1986. A year."},
		{"percent and dollars", `He said "60%" of $60 million -- no.`, "", `He said "60%" of $60 million -- no.`},
		{"block quote", "Quoted words.", briefing.BlockQuote, "| Quoted words."},
		{"list item", "An item.", briefing.ListItem, "• An item."},
		{"code", "x := `y` * 2", briefing.Code, "x := `y` * 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := newGlamour(60, "notty")
			if err != nil {
				t.Fatal(err)
			}
			out, err := r.Render(paragraphMarkdown(c.text, c.kind, nil))
			if err != nil {
				t.Fatal(err)
			}
			if got := squash(ansi.Strip(out)); got != c.want {
				t.Errorf("rendered %q, want %q", got, c.want)
			}
		})
	}
}

func TestParagraphMarkdownEmphasis(t *testing.T) {
	text := "One strong word and an emphasised one."
	styles := []briefing.Style{
		{Span: briefing.Span{Start: 4, End: 10}, Kind: briefing.Strong},
		{Span: briefing.Span{Start: 23, End: 33}, Kind: briefing.Emphasis},
	}
	md := paragraphMarkdown(text, "", styles)
	if md != "One **strong** word and an *emphasised* one." {
		t.Errorf("markdown %q", md)
	}
	rp := renderChunk(&briefing.Briefing{Sections: []briefing.Section{{Paragraphs: []string{text}}}, Styles: styles}, 0, 0, 60, "dark", 1).paras[0]
	if got := squash(strings.Join(rp.plain, " ")); got != text {
		t.Errorf("rendered %q, want the text unchanged", got)
	}
	if !regexp.MustCompile(`\x1b\[([0-9;]*;)?1m`).MatchString(rp.lines[0]) {
		t.Errorf("strong text not bold: %q", rp.lines[0])
	}
}

func TestIndexLinesFindsEverySpan(t *testing.T) {
	text := `Collaboration has increased. In May, the state telecom company signed a "$60 million" contract with Huawei to build an underwater line in the Russian Far East, officials said.`
	b := &briefing.Briefing{Sections: []briefing.Section{{Paragraphs: []string{text}}}}
	for _, width := range []int{20, 33, 50, 80} {
		rp := renderChunk(b, 0, 0, width, "dark", 1).paras[0]
		for _, word := range []string{"Collaboration", "$60 million", "Huawei", "Russian Far East", "said."} {
			start := strings.Index(text, word)
			end := start + len(word)
			// Every character of the word is found on some line, in order.
			var got strings.Builder
			for i := range rp.lines {
				from, to, ok := rp.columns(text, i, start, end)
				if !ok {
					continue
				}
				if got.Len() > 0 {
					got.WriteByte(' ')
				}
				got.WriteString(ansi.Cut(rp.plain[i], from, to))
			}
			if squash(got.String()) != word {
				t.Errorf("width %d: %q painted as %q", width, word, got.String())
			}
			if l := rp.lineOf(start); !strings.Contains(rp.plain[l], strings.Fields(word)[0]) {
				t.Errorf("width %d: lineOf(%q) = %d: %q", width, word, l, rp.plain[l])
			}
		}
	}
}

func TestLayoutFillsTheScreenExactly(t *testing.T) {
	b := cyberBriefing(t)
	sizes := [][2]int{{40, 12}, {50, 16}, {79, 24}, {80, 24}, {100, 30}, {119, 30}, {120, 40}, {200, 60}, {300, 80}}
	for _, size := range sizes {
		for _, focus := range []pane{articleFocus, quotesFocus, factsFocus} {
			for _, help := range []bool{false, true} {
				m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
				m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				m.setFocus(focus)
				m.help = help
				lines := strings.Split(m.View().Content, "\n")
				if len(lines) != size[1] {
					t.Errorf("%dx%d focus %d help %v: %d lines", size[0], size[1], focus, help, len(lines))
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w != size[0] {
						t.Errorf("%dx%d focus %d help %v: line %d is %d wide: %q", size[0], size[1], focus, help, i, w, ansi.Strip(l))
						break
					}
				}
			}
		}
	}
}

func TestComputeLayoutModes(t *testing.T) {
	cases := []struct {
		width int
		mode  layoutMode
	}{{40, narrow}, {79, narrow}, {80, medium}, {119, medium}, {120, wide}, {250, wide}}
	for _, c := range cases {
		l := computeLayout(c.width, 30, 80)
		if l.mode != c.mode {
			t.Errorf("width %d: mode %d, want %d", c.width, l.mode, c.mode)
		}
		if sum := l.factsW + l.articleW + l.quotesW + l.sideW; sum != c.width {
			t.Errorf("width %d: columns add up to %d", c.width, sum)
		}
		if l.articleW > 84 {
			t.Errorf("width %d: article %d wider than the reading width", c.width, l.articleW)
		}
	}
}

func TestReadingStateRestored(t *testing.T) {
	store := state.NewMemory()
	m := cyberModel(t, store)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(tea.KeyPressMsg{Code: ']', Text: "]"})
	m.Update(tea.KeyPressMsg{Code: ']', Text: "]"})
	m.Update(tea.KeyPressMsg{Code: '}', Text: "}"})
	m.Update(tea.KeyPressMsg{Code: 'z', Text: "z"})
	wantSec, wantPara := m.article.topParagraph()
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	r, ok, _ := store.Load("local", m.entryID)
	if !ok {
		t.Fatal("nothing saved on quit")
	}
	second := nthQuote(t, m.b, 2)
	if r.Section != wantSec || r.Paragraph != wantPara || r.Quote != second || fmt.Sprint(r.Folded) != "[2]" {
		t.Errorf("saved %+v, want section %d paragraph %d quote %d folded [2]", r, wantSec, wantPara, second)
	}

	m2 := cyberModel(t, store)
	m2.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s, p := m2.article.topParagraph(); s != wantSec || p != wantPara {
		t.Errorf("restored at %d/%d, want %d/%d", s, p, wantSec, wantPara)
	}
	if !m2.article.folded[2] || m2.quotes.Selected() != second {
		t.Errorf("folds %v, quote %d not restored", m2.article.folded, m2.quotes.Selected())
	}
}

func TestReadingStateSavedAfterAPauseNotPerKey(t *testing.T) {
	store := &countingStore{Store: state.NewMemory()}
	m := cyberModel(t, store)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	timers := 0
	for range 20 {
		_, cmd := m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
		if cmd != nil {
			timers++
		}
	}
	if store.saves != 0 || timers != 1 {
		t.Fatalf("%d saves and %d timers while scrolling, want 0 and 1", store.saves, timers)
	}
	// The timer fires while the reader is still scrolling: it re-arms.
	if _, cmd := m.Update(saveMsg{}); cmd == nil || store.saves != 0 {
		t.Fatalf("a save too early (%d) or no re-armed timer", store.saves)
	}
	m.changedAt = m.changedAt.Add(-saveDelay)
	_, cmd := m.Update(saveMsg{})
	if cmd == nil || store.saves != 0 {
		t.Fatalf("after the pause: no save command, or a save on the update loop (%d)", store.saves)
	}
	m.Update(cmd())
	if store.saves != 1 {
		t.Errorf("%d saves after the pause, want 1", store.saves)
	}
	// Nothing changed since: the next timer saves nothing.
	m.changedAt = m.changedAt.Add(-saveDelay)
	if _, cmd := m.Update(saveMsg{}); cmd != nil {
		t.Errorf("a second save of the same reading state")
	}
}

type countingStore struct {
	state.Store
	saves int
}

func (s *countingStore) Save(reader, id string, r state.Reading) error {
	s.saves++
	return s.Store.Save(reader, id, r)
}

func TestCopyQuoteWithAttribution(t *testing.T) {
	m := cyberModel(t, nil)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if _, cmd := m.Update(tea.KeyPressMsg{Code: 'y', Text: "y"}); cmd != nil {
		t.Errorf("y with no quote selected should copy nothing")
	}
	m.Update(tea.KeyPressMsg{Code: ']', Text: "]"})
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'y', Text: "y"})
	if cmd == nil {
		t.Fatal("y copied nothing")
	}
	got := fmt.Sprint(cmd())
	q := m.b.Quotes[nthQuote(t, m.b, 1)]
	want := "“The United State's incorrect position does not permit us to renew the Sino-American talks on this subject,” — Yang Jiechi, " + q.Role
	if q.Role == "" || !strings.Contains(got, want) {
		t.Errorf("clipboard message %q, want it to hold %q", got, want)
	}
}

func TestPrintNotty(t *testing.T) {
	b := cyberBriefing(t)
	var out bytes.Buffer
	if err := Print(&out, b, 60, "notty"); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if strings.Contains(s, "\x1b") {
		t.Errorf("notty output holds escape sequences")
	}
	for _, want := range []string{b.Title, "Authors: Nadia Forsberg", "## Why the American track stalled", "Yang Jiechi, now a member"} {
		if !strings.Contains(squash(s), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, l := range strings.Split(s, "\n") {
		if ansi.StringWidth(l) > 60 {
			t.Errorf("line wider than 60: %q", l)
		}
	}
}

func TestNoColorUsesNoColours(t *testing.T) {
	b := cyberBriefing(t)
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b}), NoColor: true}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(tea.KeyPressMsg{Code: ']', Text: "]"})
	v := m.View().Content
	if strings.Contains(v, "38;5;") || strings.Contains(v, "48;5;") {
		t.Errorf("NO_COLOR view holds colours")
	}
	if !strings.Contains(v, "\x1b[7") && !strings.Contains(v, ";7m") {
		t.Errorf("the selected quote should show in reverse video")
	}
}

func TestSanitizeLine(t *testing.T) {
	in := "a\x1b]52;c;aGk=\x07b\x1b[2Jc\u009bd\r\ne\u202ef"
	if got := sanitizeLine(in); got != "abcd  ef" {
		t.Errorf("sanitizeLine = %q", got)
	}
}

func TestMouseWheelScrollsThePaneUnderThePointer(t *testing.T) {
	m := cyberModel(t, nil)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	l := m.lay
	m.Update(tea.MouseWheelMsg{X: l.articleX + 5, Y: 10, Button: tea.MouseWheelDown})
	if m.article.top != 3 {
		t.Errorf("wheel over the article: top %d, want 3", m.article.top)
	}
	m.Update(tea.MouseWheelMsg{X: l.quotesX + 5, Y: 10, Button: tea.MouseWheelDown})
	if m.article.top != 3 {
		t.Errorf("wheel over the quotes pane scrolled the article")
	}
	if m.quotes.Selected() < 0 {
		t.Errorf("wheel over the quotes pane did not move it")
	}
}

func TestMouseClickFoldsHeadingAndSelectsQuote(t *testing.T) {
	m := cyberModel(t, nil)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	l := m.lay
	m.Update(tea.MouseClickMsg{X: l.articleX + 2, Y: l.bodyY, Button: tea.MouseLeft})
	if !m.article.folded[0] {
		t.Fatalf("click on the lead's heading did not fold it")
	}
	m.Update(tea.MouseClickMsg{X: l.articleX + 2, Y: l.bodyY, Button: tea.MouseLeft})
	// Find a row and column of the first quote in the article and click it.
	want := nthQuote(t, m.b, 1)
	for row := 0; row < l.bodyH; row++ {
		for col := 0; col < l.articleW; col++ {
			if m.article.quoteAtRow(row, col) == want {
				m.Update(tea.MouseClickMsg{X: l.articleX + col, Y: l.bodyY + row, Button: tea.MouseLeft})
				if m.quotes.Selected() != want || m.focus != articleFocus {
					t.Errorf("click on quote %d: selected %d, focus %v", want, m.quotes.Selected(), m.focus)
				}
				return
			}
		}
		if row == l.bodyH-1 {
			m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
			row = -1
			if m.article.top >= m.article.maxTop() {
				t.Fatal("the first quote is nowhere in the article")
			}
		}
	}
}

func TestIdleTimeoutQuitsWithNotice(t *testing.T) {
	b := cyberBriefing(t)
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b}), IdleTimeout: time.Minute}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	_, cmd := m.Update(idleMsg{})
	if cmd == nil {
		t.Fatal("idle check before the timeout should re-arm")
	}
	m.lastInput = time.Now().Add(-2 * time.Minute)
	_, cmd = m.Update(idleMsg{})
	if cmd == nil {
		t.Fatal("no notice after the timeout")
	}
	notice, ok := cmd().(NoticeMsg)
	if !ok || !strings.Contains(notice.Text, "without input") {
		t.Fatalf("got %#v, want a notice", notice)
	}
	_, cmd = m.Update(notice)
	if cmd == nil || fmt.Sprint(cmd()) != fmt.Sprint(tea.Quit()) {
		t.Errorf("the notice should quit")
	}
	v := m.View()
	if v.AltScreen || !strings.Contains(v.Content, "without input") {
		t.Errorf("final view should leave the alt screen and show the notice: %+v", v)
	}
}

func TestLightBackgroundSwitchesStyle(t *testing.T) {
	m := cyberModel(t, nil)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if m.c.style != "dark" {
		t.Fatalf("style %q before the terminal answers, want dark", m.c.style)
	}
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	if m.c.style != "light" || m.c.pal.dark || m.article.style != "light" {
		t.Errorf("after a light background: style %q, article %q, dark palette %v", m.c.style, m.article.style, m.c.pal.dark)
	}
	_ = m.View()
	// An explicit --style is kept whatever the background.
	b := cyberBriefing(t)
	m2 := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b}), Style: "dark"}).(*model)
	m2.Update(tea.BackgroundColorMsg{Color: color.White})
	if m2.c.style != "dark" {
		t.Errorf("--style dark became %q", m2.c.style)
	}
}

func TestRenderForAClosedBriefingIsIgnored(t *testing.T) {
	long, short := bigBriefing(256<<10), bigBriefing(64<<10)
	long.Name, short.Name = "long.txt", "short.txt"
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{long, short})}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(openMsg{id: long.Name})
	m.article.scrollTo(m.article.maxTop()) // render from the last section on
	m.article.rendering = false
	old := m.article.renderMore()
	if old == nil {
		t.Fatal("the long briefing has nothing left to render")
	}
	m.Update(openMsg{id: short.Name})
	if !m.article.rendering {
		t.Fatal("the short briefing should be rendering in the background")
	}
	// The stale message must not start a second chain of background renders.
	if _, cmd := m.Update(old()); cmd != nil || !m.article.rendering {
		t.Errorf("a stale render restarted the short briefing's background render")
	}
}

func TestBottomReachesTheEndOfALongArticle(t *testing.T) {
	m := openModel(bigBriefing(1<<20), NewRenderCache(), 120, 30)
	m.Update(tea.KeyPressMsg{Code: 'G', Text: "G"})
	d := m.article.articleDoc
	if d.top != d.maxTop() || d.percent() != 100 {
		t.Errorf("G: top %d of %d (%d%%), want the end", d.top, d.maxTop(), d.percent())
	}
	last := d.b.Sections[len(d.b.Sections)-1].Paragraphs
	words := strings.Fields(last[len(last)-1])
	if v := squash(ansi.Strip(m.View().Content)); !strings.Contains(v, strings.Join(words[len(words)-3:], " ")) {
		t.Errorf("the last words are not on screen")
	}
}

func TestKeysBeforeTheFirstSizeDoNotPanic(t *testing.T) {
	m := cyberModel(t, nil)
	for _, k := range []tea.KeyPressMsg{
		{Code: 'j', Text: "j"}, {Code: ']', Text: "]"}, {Code: '}', Text: "}"}, {Code: 'z', Text: "z"},
		{Code: 'Z', Text: "Z"}, {Code: 'G', Text: "G"}, {Code: tea.KeyTab}, {Code: 'y', Text: "y"},
	} {
		m.Update(k)
		_ = m.View()
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "Lead") {
		t.Errorf("no article after the first size:\n%s", v)
	}
}

func TestRenderCacheSharesOneRendering(t *testing.T) {
	b := bigBriefing(32 << 10)
	c := NewRenderCache()
	got := make(chan *renderedSection, 8)
	for range 8 {
		go func() { got <- c.Section(b, 1, 0, 60, "dark") }()
	}
	first := <-got
	for range 7 {
		if r := <-got; r != first {
			t.Fatal("programs asking for the same chunk got different renderings")
		}
	}
	if c.Peek(b, 1, 0, 60, "dark") != first || c.Peek(b, 1, 0, 61, "dark") != nil || c.Peek(b, 1, 0, 60, "light") != nil {
		t.Error("the cache is not keyed by briefing, section, chunk, width and style")
	}
}

// TestOddBriefingsDoNotPanic opens briefings a careless importer or a JSON
// file could produce (no sections at all, a section without paragraphs, a
// quote pointing outside the text) and presses every moving key at a small
// and a wide size.
func TestOddBriefingsDoNotPanic(t *testing.T) {
	odd := []*briefing.Briefing{
		{Name: "title-only", Title: "Only a title"},
		{Name: "empty-section", Title: "Heading only", Sections: []briefing.Section{{Heading: "Nothing below"}}},
		{Name: "bad-quote", Title: "Bad quote", Sections: []briefing.Section{{Paragraphs: []string{"Short text."}}},
			Quotes: []briefing.Quote{{Text: "x", Section: 0, Paragraph: -1, Start: -3, End: 99}, {Text: "y", Section: 7, Paragraph: 2}}},
	}
	keys := []tea.KeyPressMsg{
		{Code: 'j', Text: "j"}, {Code: 'k', Text: "k"}, {Code: ']', Text: "]"}, {Code: '[', Text: "["},
		{Code: '}', Text: "}"}, {Code: '{', Text: "{"}, {Code: 'z', Text: "z"}, {Code: 'Z', Text: "Z"},
		{Code: 'G', Text: "G"}, {Code: 'g', Text: "g"}, {Code: tea.KeyEnter}, {Code: 'y', Text: "y"},
		{Code: tea.KeyTab}, {Code: tea.KeyEnter}, {Code: tea.KeyTab}, {Code: tea.KeyEnter}, {Code: 'n', Text: "n"},
		{Code: 'i', Text: "i"}, {Code: 'j', Text: "j"}, {Code: tea.KeyEscape}, {Code: 'L', Text: "L"}, {Code: tea.KeyEnter},
		{Code: tea.KeyEscape}, {Code: 'P', Text: "P"}, {Code: tea.KeyEnter}, {Code: tea.KeyEnter}, {Code: tea.KeyEscape},
		{Code: tea.KeyEscape}, {Code: '?', Text: "?"}, {Code: 'G', Text: "G"}, {Code: '?', Text: "?"},
	}
	for _, b := range odd {
		for _, size := range [][2]int{{40, 12}, {130, 40}} {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			for _, k := range keys {
				m.Update(k)
				_ = m.View()
			}
			if v := ansi.Strip(m.View().Content); !strings.Contains(v, b.Title[:8]) {
				t.Errorf("%s at %v: title not shown:\n%s", b.Name, size, v)
			}
		}
	}
	if len(odd[0].Sections) != 0 {
		t.Error("opening a briefing must not change the shared briefing")
	}
}

func TestSaveStateKeepsTheLastSecondsOfAnEndedReader(t *testing.T) {
	store := &countingStore{Store: state.NewMemory()}
	m := cyberModel(t, store)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(tea.KeyPressMsg{Code: '}', Text: "}"})
	if store.saves != 0 {
		t.Fatalf("saved at once, before the pause")
	}
	SaveState(m) // the program ended without quitting the reader
	if store.saves != 1 {
		t.Fatalf("%d saves, want 1", store.saves)
	}
	r, ok, _ := store.Load("local", m.entryID)
	if !ok || r.Section != 1 {
		t.Errorf("saved reading %+v (%v), want the second section on top", r, ok)
	}
	SaveState(m)
	if store.saves != 1 {
		t.Errorf("an unchanged reading was saved again")
	}
}

func TestNarrowJumpShowsTheArticle(t *testing.T) {
	m := cyberModel(t, nil)
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 16})
	m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
	m.Update(tea.KeyPressMsg{Code: tea.KeyTab})
	if m.focus != factsFocus {
		t.Fatalf("focus %v after two tabs, want the facts pane", m.focus)
	}
	f := m.b.Facts[len(m.b.Facts)-1]
	m.Update(jumpMsg{span: f.Mentions[0], endParagraph: f.Mentions[0].Paragraph, quote: -1})
	if m.focus != articleFocus {
		t.Fatalf("focus %v after a jump in the narrow layout, want the article", m.focus)
	}
	mention := m.b.Text(f.Mentions[0])
	if v := ansi.Strip(m.View().Content); !strings.Contains(squash(v), mention) {
		t.Errorf("the mention %q is not on screen:\n%s", mention, v)
	}
}

// failingStore is a reading-state store whose saves fail.
type failingStore struct{ state.Store }

func (failingStore) Save(string, string, state.Reading) error {
	return errors.New("disk full")
}

func TestReadingStateSaveErrorShowsInStatus(t *testing.T) {
	m := cyberModel(t, failingStore{state.NewMemory()})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(tea.KeyPressMsg{Code: '}', Text: "}"}) // the next section: a new place to save
	m.changedAt = m.changedAt.Add(-saveDelay)
	_, cmd := m.Update(saveMsg{})
	if cmd == nil {
		t.Fatal("no save after the pause")
	}
	m.Update(cmd())
	if !strings.Contains(m.status, "saving reading state: disk full") {
		t.Errorf("status %q does not report the failed save", m.status)
	}
}

// TestOpenedBriefingNotReadBeforeItsSize: the messages a terminal sends
// before its size (colour profile, environment) leave a briefing that was
// just opened unread; at 80x24 the embedded briefing is longer than a screen.
func TestOpenedBriefingNotReadBeforeItsSize(t *testing.T) {
	store := state.NewMemory()
	m := cyberModel(t, store)
	m.Update(tea.ColorProfileMsg{})
	m.Update(tea.EnvMsg{})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.read {
		t.Error("the briefing counts as read at its first screen")
	}
	m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if r, ok, _ := store.Load("local", m.entryID); ok && r.Read {
		t.Errorf("quitting at the top saved %+v: marked read", r)
	}
}

// TestPlaceReadOnceTheSizeIsKnown: a reader started with a briefing open
// does not wait for the store before the program starts; the place is read
// with the first size, and a quit before it leaves the saved place alone.
func TestPlaceReadOnceTheSizeIsKnown(t *testing.T) {
	store := &loadCountingStore{Store: state.NewMemory()}
	b := cyberBriefing(t)
	lib := library.FromBriefings([]*briefing.Briefing{b})
	entries, _ := lib.Snapshot()
	id := entries[0].ID
	if err := store.Save("local", id, state.Reading{Section: 1, Quote: -1}); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Library: lib, Store: store}).(*model)
	m.Update(tea.EnvMsg{})
	if store.loads != 0 {
		t.Fatalf("the store was read %d times before the size", store.loads)
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s, _ := m.article.topParagraph(); store.loads != 1 || s != 1 {
		t.Errorf("after the size: %d reads of the store, at section %d (want 1 read, section 1)", store.loads, s)
	}

	early := New(Options{Library: lib, Store: store}).(*model)
	early.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if r, _, _ := store.Load("local", id); r.Section != 1 {
		t.Errorf("a quit before the first size saved %+v over the place", r)
	}
}

type loadCountingStore struct {
	state.Store
	loads int
}

func (s *loadCountingStore) Load(reader, id string) (state.Reading, bool, error) {
	s.loads++
	return s.Store.Load(reader, id)
}
