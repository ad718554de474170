package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brief/briefing"
)

func newTestQuotes(b *briefing.Briefing) quotesPane {
	keys := DefaultKeyMap()
	return newQuotesPane(b, &common{keys: keys, pal: newPalette(true)})
}

// pressQuotes feeds key presses to the pane, drawing it after each one at
// the given size as the root model would.
func pressQuotes(p quotesPane, width, height int, keys ...string) quotesPane {
	p.SetSize(width, height)
	for _, k := range keys {
		p, _ = p.Update(paneKey(k))
	}
	return p
}

// paneLineWith returns the index of the first line containing s, or -1.
func paneLineWith(lines []string, s string) int {
	return slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, s) })
}

func TestQuotesPaneExactSize(t *testing.T) {
	for _, b := range []*briefing.Briefing{paneBriefing(t), paneManyBriefing(50), {}} {
		for _, w := range []int{1, 2, 5, 20, 33, 60, 120} {
			for _, h := range []int{0, 1, 2, 3, 10, 40} {
				p := newTestQuotes(b)
				p.Select(min(3, len(b.Quotes)-1))
				for _, focused := range []bool{true, false} {
					assertPaneSize(t, p.viewAt(w, h, focused), w, h)
				}
			}
		}
	}
}

func TestQuotesPaneShowsAttributionAndGroups(t *testing.T) {
	p := newTestQuotes(paneBriefing(t))
	lines := paneLines(p.viewAt(50, 30, true))
	if !strings.HasPrefix(lines[0], " Quotes") || !strings.Contains(lines[0], "4") {
		t.Errorf("title bar = %q, want the title and the count 4", lines[0])
	}
	ruiz := paneLineWith(lines, "Ana Ruiz, mayor")
	unknown := paneLineWith(lines, "unattributed")
	heading := paneLineWith(lines, "Terms and scare quotes")
	term := paneLineWith(lines, "“quick fix”")
	if ruiz < 0 || unknown < 0 || heading < 0 || term < 0 {
		t.Fatalf("missing speaker, unattributed, heading or term:\n%s", strings.Join(lines, "\n"))
	}
	if !(ruiz < unknown && unknown < heading && heading < term) {
		t.Errorf("want speech quotes, then the terms group; got rows %d, %d, %d, %d", ruiz, unknown, heading, term)
	}
	if !strings.Contains(lines[unknown+1], "“We were not asked,”") {
		t.Errorf("quote text should follow its attribution, got %q", lines[unknown+1])
	}
	if term != heading+1 {
		t.Errorf("an unattributed term should have no attribution line, got %q above it", lines[term-1])
	}
}

func TestQuotesPaneWrapsToThreeLines(t *testing.T) {
	b := paneBriefing(t)
	for _, w := range []int{20, 30, 40, 200} {
		p := newTestQuotes(b)
		lines := paneLines(p.viewAt(w, 40, false))
		first := paneLineWith(lines, "“The harbour")
		if first < 0 {
			t.Fatalf("width %d: first quote missing:\n%s", w, strings.Join(lines, "\n"))
		}
		var text []string
		for _, l := range lines[first:] {
			l = strings.TrimSpace(l)
			if l == "" || strings.Contains(l, "unattributed") {
				break
			}
			text = append(text, l)
		}
		whole := strings.Join(text, " ")
		switch {
		case len(text) > quoteLines:
			t.Errorf("width %d: %d lines of quote text, want at most %d: %q", w, len(text), quoteLines, text)
		case w <= 40 && !strings.HasSuffix(whole, "…"):
			t.Errorf("width %d: cut quote should end with an ellipsis: %q", w, whole)
		case w >= 200 && !strings.HasSuffix(whole, "permitting.”"):
			t.Errorf("width %d: quote should be whole: %q", w, whole)
		}
	}
}

func TestQuotesPaneMovement(t *testing.T) {
	p := newTestQuotes(paneBriefing(t))
	p.viewAt(40, 30, true)
	if p.Selected() != -1 {
		t.Fatalf("new pane: Selected() = %d, want -1", p.Selected())
	}
	// Display order: speech quotes 0 and 2, then the terms 1 and 3.
	steps := []struct {
		key    string
		want   int
		status string
	}{
		{"down", 0, "1/4"},
		{"j", 2, "2/4"},
		{"down", 1, "3/4"},
		{"G", 3, "4/4"},
		{"down", 3, "4/4"},
		{"k", 1, "3/4"},
		{"g", 0, "1/4"},
		{"up", 0, "1/4"},
		{"end", 3, "4/4"},
		{"home", 0, "1/4"},
		{"x", 0, "1/4"},
	}
	for _, s := range steps {
		p = pressQuotes(p, 40, 30, s.key)
		if p.Selected() != s.want {
			t.Fatalf("after %q: Selected() = %d, want %d", s.key, p.Selected(), s.want)
		}
		lines := paneLines(p.viewAt(40, 30, true))
		if !strings.HasSuffix(strings.TrimSpace(lines[0]), s.status) {
			t.Errorf("after %q: title %q, want status %s", s.key, lines[0], s.status)
		}
	}
	lines := paneLines(p.viewAt(40, 30, true))
	if sel := paneLineWith(lines, "▌"); sel < 0 || !strings.Contains(lines[sel], "Ana Ruiz") {
		t.Errorf("selected quote not marked:\n%s", strings.Join(lines, "\n"))
	}
}

func TestQuotesPaneEnterJumps(t *testing.T) {
	b := paneBriefing(t)
	p := newTestQuotes(b)
	if _, cmd := p.Update(paneKey("enter")); cmd != nil {
		t.Errorf("enter with nothing selected should do nothing, got %#v", paneRun(cmd))
	}
	p = pressQuotes(p, 40, 20, "down", "down")
	_, cmd := p.Update(paneKey("enter"))
	msg, ok := paneRun(cmd).(jumpMsg)
	if !ok {
		t.Fatalf("enter: got %#v, want a jumpMsg", paneRun(cmd))
	}
	if msg.quote != 2 || b.Text(msg.span) != "We were not asked," || msg.endParagraph != msg.span.Paragraph {
		t.Errorf("jump = %+v (text %q), want quote 2 over its text", msg, b.Text(msg.span))
	}
}

func TestQuotesPaneMultiParagraphJump(t *testing.T) {
	b := paneBriefing(t)
	b.Quotes[0].EndParagraph = 1
	p := newTestQuotes(b)
	p.Select(0)
	_, cmd := p.Update(paneKey("enter"))
	if msg := paneRun(cmd).(jumpMsg); msg.endParagraph != 1 || msg.span.Paragraph != 0 {
		t.Errorf("jump = %+v, want paragraphs 0 to 1", msg)
	}
}

func TestQuotesPaneSelectQuoteScrolls(t *testing.T) {
	p := newTestQuotes(paneManyBriefing(300))
	p.viewAt(40, 12, false)
	for _, i := range []int{150, 299, 3, 151} {
		p.Select(i)
		if p.Selected() != i {
			t.Fatalf("selectQuoteMsg{%d}: Selected() = %d", i, p.Selected())
		}
		lines := paneLines(p.viewAt(40, 12, false))
		sel := paneLineWith(lines, "▌")
		if sel < 0 || !strings.Contains(lines[sel], fmt.Sprintf("Speaker %d,", i)) {
			t.Errorf("quote %d not in view and marked:\n%s", i, strings.Join(lines, "\n"))
		}
	}
	p.Select(300)
	if p.Selected() != 151 {
		t.Errorf("out of range selectQuoteMsg changed the selection to %d", p.Selected())
	}
}

func TestQuotesPaneKeysKeepSelectionInView(t *testing.T) {
	p := newTestQuotes(paneManyBriefing(100))
	p.viewAt(30, 8, true)
	for i := range 60 {
		p = pressQuotes(p, 30, 8, "j")
		lines := paneLines(p.viewAt(30, 8, true))
		if paneLineWith(lines, "▌") < 0 {
			t.Fatalf("after %d presses the selection left the view:\n%s", i+1, strings.Join(lines, "\n"))
		}
	}
	p = pressQuotes(p, 30, 8, "pgup", "pgup", "space")
	if paneLineWith(paneLines(p.viewAt(30, 8, true)), "▌") < 0 {
		t.Errorf("selection out of view after paging")
	}
	// A smaller window keeps the selection in view without an Update.
	if paneLineWith(paneLines(p.viewAt(30, 4, true)), "▌") < 0 {
		t.Errorf("selection out of view after the pane shrank")
	}
}

func TestQuotesPaneFocusChangesLook(t *testing.T) {
	p := newTestQuotes(paneBriefing(t))
	on, off := p.viewAt(40, 10, true), p.viewAt(40, 10, false)
	if on == off {
		t.Error("focused and unfocused views are identical")
	}
	if strings.Join(paneLines(on), "\n") != strings.Join(paneLines(off), "\n") {
		t.Error("focus should change the colours only")
	}
}

func TestQuotesPaneEmpty(t *testing.T) {
	p := newTestQuotes(&briefing.Briefing{})
	p = pressQuotes(p, 30, 5, "down", "G", "enter")
	if p.Selected() != -1 {
		t.Errorf("empty pane selected %d", p.Selected())
	}
	if paneLineWith(paneLines(p.viewAt(30, 5, true)), "No quotes") < 0 {
		t.Error("empty pane should say there are no quotes")
	}
}

func BenchmarkQuotesPaneView(b *testing.B) {
	p := newTestQuotes(paneManyBriefing(2000))
	p.viewAt(60, 60, true)
	p.Select(1000)
	b.ReportAllocs()
	for b.Loop() {
		p.viewAt(60, 60, true)
	}
}

func TestQuotesPaneClick(t *testing.T) {
	b := paneBriefing(t)
	p := newTestQuotes(b)
	p.SetSize(40, 30)
	lines := paneLines(p.View(true))
	for _, y := range []int{0, paneLineWith(lines, "Terms and scare"), len(lines) - 1} {
		if _, cmd := p.Click((y)); cmd != nil {
			t.Errorf("click on row %d (no quote) gave %#v", y, paneRun(cmd))
		}
	}
	p, cmd := p.Click((paneLineWith(lines, "“We were")))
	if m, ok := paneRun(cmd).(jumpMsg); !ok || m.quote != 2 || p.Selected() != 2 {
		t.Errorf("click on a quote: selected %d, msg %#v; want quote 2 selected and jumped to", p.Selected(), paneRun(cmd))
	}
	// In a scrolled list the click lands on the quote drawn there.
	p = newTestQuotes(paneManyBriefing(300))
	p.SetSize(40, 12)
	p.Select(150)
	lines = paneLines(p.View(true))
	p, cmd = p.Click((paneLineWith(lines, "Speaker 148,") + 1))
	if m, ok := paneRun(cmd).(jumpMsg); !ok || m.quote != 148 || p.Selected() != 148 {
		t.Errorf("click in a scrolled list: selected %d, msg %#v", p.Selected(), paneRun(cmd))
	}
}

// BenchmarkQuotesPaneNewWidth is the cost of a resize: every entry is
// wrapped and styled again.
func BenchmarkQuotesPaneNewWidth(b *testing.B) {
	p := newTestQuotes(paneManyBriefing(2000))
	w := 60
	for b.Loop() {
		w = 121 - w
		p.viewAt(w, 60, true)
	}
}

// TestScreenNextQuoteOnTheNarrowFactsShowsIt presses ] and [ on the Facts
// tab of the narrow layout, which shows nothing of the quotes: the reader
// goes to the text with the quote selected in it, as a jump from a pane
// does, instead of changing only the footer's percentage.
func TestScreenNextQuoteOnTheNarrowFactsShowsIt(t *testing.T) {
	for _, size := range [][2]int{{60, 24}, {40, 12}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			selected := m.c.pal.Selected
			second := m.b.Quotes[nthQuote(t, m.b, 2)]
			word := strings.Fields(second.Text)[1]
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("\t\t")
			s.waitText("Key facts")
			s.typeKeys("]")
			s.waitFor("the text with the first quote selected", func(txt string) bool {
				return !strings.Contains(txt, "Key facts") && s.hasBg(0, w, selected)
			})
			s.typeKeys("\t\t") // back to the facts
			s.waitText("Key facts")
			s.typeKeys("]")
			s.waitFor("the second quote selected in the text", func(txt string) bool {
				if strings.Contains(txt, "Key facts") {
					return false
				}
				// The word may be on screen outside the quote too.
				for _, at := range s.findAll(word) {
					if sameColor(s.bg(at[0], at[1]), selected) {
						return true
					}
				}
				return false
			})
			if got := s.quit().quotes.Selected(); got != nthQuote(t, m.b, 2) {
				t.Errorf("selected quote %d, want the second", got)
			}
		})
	}
}
