package ui

import (
	"fmt"
	"image/color"
	"os"
	"strings"
	"testing"

	"brief/briefing"
	"brief/content"
	"brief/library"
	"brief/state"
)

// seedModel returns a reader showing the hand-built seed briefing.
func cyberModel(t *testing.T, store state.Store) *model {
	t.Helper()
	b := cyberBriefing(t)
	return New(Options{Library: library.FromBriefings([]*briefing.Briefing{b}), Store: store}).(*model)
}

// sameColor compares two colours by value.
func sameColor(a, b color.Color) bool {
	if a == nil || b == nil {
		return a == b
	}
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}

// squash folds runs of white space, to compare screen text with source text.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestScreenOpens(t *testing.T) {
	for _, size := range [][2]int{{200, 60}, {120, 40}, {80, 24}, {50, 16}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, size[0], size[1])
			s.waitText("Russia and China", "▾ Lead", "§ 1/4")
			txt := s.settle()
			lines := strings.Split(txt, "\n")
			if !strings.HasPrefix(lines[0], "Russia and China") {
				t.Errorf("first line should be the title: %q", lines[0])
			}
			x, _ := s.find("▾ Lead")
			l := computeLayout(size[0], size[1], 80)
			if x != l.articleX+1 {
				t.Errorf("the first heading's marker is at column %d, want %d (the article's column and a margin)", x, l.articleX+1)
			}
			if size[0] < mediumMin && !strings.Contains(txt, "Article │ Quotes │ Facts") {
				t.Errorf("narrow layout shows no tab bar:\n%s", txt)
			}
			golden(t, fmt.Sprintf("cyber_%dx%d", size[0], size[1]), txt)
		})
	}
}

// TestScreenOpensSeed adds the seed article's screens when the shared test
// data is there.
func TestScreenOpensSeed(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("shared test data absent (%v): the seed screens are checked with it", err)
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			b := seedBriefing(t)
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, size[0], size[1])
			s.waitText("China and Russia Forge", "▾ Lead", "§ 1/2")
			golden(t, fmt.Sprintf("seed_%dx%d", size[0], size[1]), s.settle())
		})
	}
}

func TestScreenNextQuoteStepsToTheLast(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := cyberModel(t, nil)
			last := nthQuote(t, m.b, 5)
			if m.b.Quotes[last].Speaker != "the document" {
				t.Fatalf("the fifth quote is not the document's")
			}
			s := startScreen(t, m, size[0], size[1])
			s.waitText("▾ Lead")
			s.typeKeys("]]]]]")
			selected := m.c.pal.Selected
			s.waitFor("the fifth quote selected", func(string) bool {
				x, y := s.findArticle(size[0], size[1], "interfering")
				return x >= 0 && sameColor(s.bg(x, y), selected)
			})
			// A sixth press finds no more quotes and says so.
			s.typeKeys("]")
			s.waitText("no more quotes below")
			if q := s.quit().quotes.Selected(); q != last {
				t.Errorf("quotes pane selection %d, want %d (the document's)", q, last)
			}
		})
	}
}

func TestScreenQuotesHighlightedInText(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	s.typeKeys("}}")
	s.waitText("two major cyber")
	s.settle()
	x, y := s.findArticle(120, 40, "two major cyber")
	if !sameColor(s.bg(x, y), m.c.pal.Highlight) {
		t.Errorf("quote text at %d,%d not highlighted: bg %v", x, y, s.bg(x, y))
	}
	x, y = s.findArticle(120, 40, "Experts in Moscow")
	if sameColor(s.bg(x, y), m.c.pal.Highlight) {
		t.Errorf("text outside quotes is highlighted")
	}
}

func TestScreenFoldMovesNextHeadingUp(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 80, 24)
	s.waitText("▾ Lead")
	if _, y := s.find("Why the American"); y >= 0 {
		t.Fatalf("second heading already on screen at row %d", y)
	}
	s.typeKeys("z")
	s.waitText("▸ Lead", "▾ Why the American")
	_, lead := s.find("▸ Lead")
	_, next := s.find("▾ Why the American")
	if next != lead+3 {
		t.Errorf("next heading at row %d, want %d (folded lead: heading, first line, blank)", next, lead+3)
	}
	golden(t, "cyber_folded_80x24", s.settle())
	s.typeKeys("z")
	s.waitText("▾ Lead")
	if _, y := s.find("Why the American"); y >= 0 {
		t.Errorf("unfolding should push the second heading off screen, it is at row %d", y)
	}
}

func TestScreenFoldAll(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 80, 24)
	s.waitText("▾ Lead")
	s.typeKeys("Z")
	s.waitText("▸ Lead", "▸ Why the American")
	s.typeKeys("Z")
	s.waitText("▾ Lead")
}

func TestScreenSearchHighlightsMatches(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	s.typeKeys("/")
	s.waitText("/")
	want := 0
	for _, sec := range m.b.Sections {
		for _, p := range sec.Paragraphs {
			want += strings.Count(strings.ToLower(p), "beijing")
		}
	}
	s.typeKeys("beijing\r")
	s.waitText(fmt.Sprintf("%d matches", want))
	s.waitFor("a highlighted match", func(string) bool {
		x, y := s.findArticle(120, 40, "Beijing")
		return x >= 0 && (sameColor(s.bg(x, y), m.c.pal.Match) || sameColor(s.bg(x, y), m.c.pal.Selected))
	})
	s.typeKeys("n")
	s.typeKeys("\x1b")
	s.waitFor("matches cleared", func(txt string) bool { return !strings.Contains(txt, "matches") })
}

func TestScreenFactJumpMovesToMention(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	if _, y := s.findArticle(120, 40, "Russian Far East"); y >= 0 {
		t.Fatalf("mention already on screen")
	}
	f := factNamed(t, m.b, "Russian Far East")
	selected := m.c.pal.Selected
	s.prog.Send(jumpMsg{span: f.Mentions[0], endParagraph: f.Mentions[0].Paragraph, quote: -1})
	s.waitFor("the mention on screen, highlighted", func(string) bool {
		x, y := s.findArticle(120, 40, "Russian Far East")
		return x >= 0 && sameColor(s.bg(x, y), selected)
	})
}

func TestScreenResizeKeepsParagraph(t *testing.T) {
	m := cyberModel(t, nil)
	paras := m.b.Sections[0].Paragraphs
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	s.typeKeys(strings.Repeat("j", 12))
	s.settle()
	// topPara finds the paragraph the article's top row comes from.
	topPara := func(width, height int) (int, string) {
		l := computeLayout(width, height, 80)
		row := strings.Split(s.text(), "\n")[l.bodyY]
		r := []rune(row)
		row = squash(string(r[min(l.articleX, len(r)):min(l.articleX+l.articleW, len(r))]))
		for i, p := range paras {
			if row != "" && strings.Contains(squash(p), row) {
				return i, row
			}
		}
		return -1, row
	}
	want, row := topPara(120, 40)
	for tries := 0; want < 0 && tries < 8; tries++ { // a blank line between paragraphs, or a photo's caption
		s.typeKeys("j")
		s.settle()
		want, row = topPara(120, 40)
	}
	if want < 0 {
		t.Fatalf("top row %q is from no paragraph of the lead", row)
	}
	for _, size := range [][2]int{{80, 24}, {50, 16}, {200, 60}, {120, 40}} {
		s.resize(size[0], size[1])
		got, row := -1, ""
		s.waitFor(fmt.Sprintf("reflow to %dx%d", size[0], size[1]), func(txt string) bool {
			lines := strings.Split(txt, "\n")
			if len(lines) > size[1] || len([]rune(lines[len(lines)-1])) > size[0] {
				return false
			}
			got, row = topPara(size[0], size[1])
			return got == want
		})
		if got != want {
			t.Errorf("%dx%d: top row %q from paragraph %d, want %d", size[0], size[1], row, got, want)
		}
	}
}

func TestScreenNoticeQuitsAndRestores(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 80, 24)
	s.waitText("▾ Lead")
	s.prog.Send(NoticeMsg{Text: "server shutting down"})
	<-s.done
	s.mu.Lock()
	alt := s.emu.IsAltScreen()
	s.mu.Unlock()
	if alt {
		t.Errorf("terminal left in the alternate screen")
	}
	if txt := s.text(); !strings.Contains(txt, "server shutting down") {
		t.Errorf("notice not printed:\n%s", txt)
	}
}

func TestScreenQuitLeavesAltScreen(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 80, 24)
	s.waitText("▾ Lead")
	s.typeKeys("q")
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.emu.IsAltScreen() {
		t.Errorf("terminal left in the alternate screen")
	}
}

func TestScreenHelpToggles(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	s.typeKeys("?")
	s.waitText("next / previous", "fold all", "copy quote")
	s.typeKeys("?")
	s.waitText("▾ Lead")
	if txt := s.settle(); strings.Contains(txt, "fold all") || strings.Contains(txt, "copy quote") {
		t.Errorf("help still on screen after the second ?:\n%s", txt)
	}
}

func TestScreenLibraryOpensAndEscReturns(t *testing.T) {
	bs, err := content.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) < 2 {
		t.Fatal("fewer than two embedded briefings")
	}
	// The list shows them newest first.
	entries, _ := library.FromBriefings(bs).Snapshot()
	sortEntries(entries)
	bs = bs[:0]
	for _, e := range entries {
		bs = append(bs, e.Briefing)
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings(bs)}).(*model)
			s := startScreen(t, m, size[0], size[1])
			s.waitText("Library", fmt.Sprintf("%d briefings", len(bs)))
			first := []rune(bs[0].Title)
			title := string(first[:min(len(first), 20)])
			s.typeKeys("\r")
			s.waitText("▾ ", title, "§ 1/")
			s.typeKeys("\x1b")
			s.waitFor("the library again", func(txt string) bool {
				return strings.Contains(txt, "Library") && !strings.Contains(txt, "§ 1/")
			})
			s.typeKeys("j\r")
			second := []rune(bs[1].Title)
			s.waitText("▾ ", string(second[:min(len(second), 20)]))
		})
	}
}

func TestScreenEmbeddedBriefings(t *testing.T) {
	bs, err := content.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
			t.Run(fmt.Sprintf("%s/%dx%d", b.Name, size[0], size[1]), func(t *testing.T) {
				m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
				s := startScreen(t, m, size[0], size[1])
				r := []rune(b.Title)
				s.waitText(string(r[:min(len(r), 20)]), "▾ ", "§ 1/")
				first := -1
				for i, q := range b.Quotes {
					if !q.Partial {
						first = i
						break
					}
				}
				s.typeKeys("]")
				if first >= 0 {
					// The quote's first words show in the article, highlighted.
					words := strings.Fields(b.Quotes[first].Text)
					word := words[0]
					if len(words) > 1 {
						word += " " + words[1]
					}
					selected := m.c.pal.Selected
					s.waitFor("the first quote selected", func(string) bool {
						x, y := s.findArticle(size[0], size[1], word)
						return x >= 0 && sameColor(s.bg(x, y), selected)
					})
				} else {
					s.waitText("no more quotes below")
				}
				s.typeKeys("gz")
				s.waitText("▸ ")
				if got := s.quit().quotes.Selected(); got != first {
					t.Errorf("selected quote %d, want %d", got, first)
				}
			})
		}
	}
}

func TestScreenFactEnterJumpsThroughMentions(t *testing.T) {
	m := cyberModel(t, nil)
	selected := m.c.pal.Selected
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead", "Key facts")
	s.typeKeys("\t\t") // article, quotes, facts
	s.typeKeys("j\r")  // select the first fact, jump to its first mention
	l := computeLayout(120, 40, 80)
	s.waitFor("a mention highlighted in the article", func(string) bool {
		return s.hasBg(l.articleX, l.articleX+l.articleW, selected)
	})
	s.settle()
	final := s.quit()
	f := final.b.Facts[final.facts.selected]
	var got []briefing.Span
	for k, hs := range final.article.strong {
		for _, h := range hs {
			got = append(got, briefing.Span{Section: k.sec, Paragraph: k.para, Start: h.start, End: h.end})
		}
	}
	if len(got) != 1 || got[0] != f.Mentions[0] {
		t.Errorf("strong highlight %v, want the first mention of %s %v", got, f.Text, f.Mentions[0])
	}
}

func TestScreenLightTerminalGetsLightColours(t *testing.T) {
	m := cyberModel(t, nil)
	light := newPalette(false).Accent
	s := startScreenOn(t, m, 80, 24, color.White)
	s.waitFor("the light palette", func(string) bool {
		x, y := s.find("▾ Lead")
		if x < 0 {
			return false
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		c := s.emu.CellAt(x, y)
		return c != nil && sameColor(c.Style.Fg, light)
	})
	if final := s.quit(); final.c.style != "light" {
		t.Errorf("Glamour style %q on a light terminal", final.c.style)
	}
}
