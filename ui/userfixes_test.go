package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// fixtureModel returns a reader showing a briefing imported from a file
// of ui/testdata.
func fixtureModel(t *testing.T, name string) *model {
	t.Helper()
	b, err := briefing.ReadFile(filepath.Join("testdata", name), 0)
	if err != nil {
		t.Fatalf("importing %s: %v", name, err)
	}
	return New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
}

// articleRows returns the article pane's column of every screen row.
func articleRows(txt string, width, height int) []string {
	l := computeLayout(width, height, 80)
	var out []string
	for _, line := range strings.Split(txt, "\n") {
		r := []rune(line)
		out = append(out, string(r[min(l.articleX, len(r)):min(l.articleX+l.articleW, len(r))]))
	}
	return out
}

// TestScreenBlockQuoteKeepsItsBar searches into a long block quote and
// checks that every line of it, on screen, has the quote bar and that the
// whole quote is inside the article column.
func TestScreenBlockQuoteKeepsItsBar(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := fixtureModel(t, "longquote.md")
			var quote string
			for _, p := range m.b.Sections[0].Paragraphs {
				if strings.HasPrefix(p, "Note:") {
					quote = p
				}
			}
			if quote == "" {
				t.Fatal("the fixture has no quote opening with Note:")
			}
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("/wall\r")
			s.waitText("1/2 matches")
			txt := s.settle()
			rows := articleRows(txt, w, h)
			first, last := -1, -1
			for i, r := range rows {
				if strings.Contains(r, "Note: in the first") {
					first = i
				}
				if strings.Contains(r, "considerably.") {
					last = i
				}
			}
			if first < 0 || last < first {
				t.Fatalf("the quote is not whole on screen (rows %d to %d):\n%s", first, last, txt)
			}
			var got []string
			for _, r := range rows[first : last+1] {
				body, ok := strings.CutPrefix(r, "  │ ")
				if !ok {
					t.Errorf("a line of the quote has no bar: %q\n%s", r, txt)
				}
				got = append(got, body)
			}
			if squash(strings.Join(got, " ")) != squash(quote) {
				t.Errorf("the quote on screen is not all of its text inside the column:\n got %q\nwant %q", squash(strings.Join(got, " ")), squash(quote))
			}
		})
	}
}

// searchRan reports whether the footer shows a search's count of matches
// ("1/3 matches"): "1/" alone is on the screen before (the quotes pane's
// "1/9 quotes"), so waiting for it does not wait for the search.
func searchRan(txt string) bool {
	foot := footerLine(txt)
	return strings.Contains(foot, " matches") || strings.Contains(foot, " match ") || strings.HasSuffix(foot, " match")
}

// footerLine returns the last row of the screen.
func footerLine(txt string) string {
	lines := strings.Split(txt, "\n")
	return lines[len(lines)-1]
}

// TestScreenFooterKeepsPairsWhole opens the quote view and a search at
// 80 and 140 columns: the footer shows both keys of their pair, next and
// previous, or neither, and still ends with help and quit.
func TestScreenFooterKeepsPairsWhole(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			check := func(view, next, prev string) {
				t.Helper()
				foot := footerLine(s.settle())
				if strings.Contains(foot, next) != strings.Contains(foot, prev) {
					t.Errorf("%s: the footer shows one key of a pair: %q", view, foot)
				}
				if !strings.Contains(foot, next) {
					t.Errorf("%s: the footer drops %q, which matters most there: %q", view, next, foot)
				}
				if !strings.HasSuffix(foot, "? help · q quit") {
					t.Errorf("%s: the footer does not end with help and quit: %q", view, foot)
				}
			}
			s.typeKeys("i")
			s.waitText("previous quote")
			check("quote view", "] next quote", "[ previous quote")
			s.typeKeys("\x1b")
			s.waitFor("the quote view closed", func(txt string) bool { return !strings.Contains(txt, "previous quote") })
			s.typeKeys("/beijing\r")
			s.waitFor("the search ran", searchRan)
			check("search", "n next match", "N previous match")
		})
	}
}

// TestScreenHelpOffersScrollingOnlyWhenItScrolls opens the help at a size
// where it fits, where the footer must not offer j/k, and at one where it
// does not, where it must.
func TestScreenHelpOffersScrollingOnlyWhenItScrolls(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		scroll bool
	}{{80, 24, false}, {140, 40, false}, {50, 16, true}} {
		t.Run(itoa(tc.w)+"x"+itoa(tc.h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, tc.w, tc.h)
			s.waitText("▾ Lead")
			s.typeKeys("?")
			s.waitText("Keys", "close")
			foot := footerLine(s.settle())
			if got := strings.Contains(foot, "j/k scroll"); got != tc.scroll {
				t.Errorf("the footer offers j/k scroll: %v, want %v: %q", got, tc.scroll, foot)
			}
			if !strings.Contains(foot, "? close") {
				t.Errorf("the footer does not say how to close the help: %q", foot)
			}
		})
	}
}

// TestScreenArticleKeepsAGapBeforeTheSidePane opens a section with a long
// heading and long words at 80 and 140 columns: on every row of the body,
// the article column's last cell is blank, so its text never runs into
// the pane to its right.
func TestScreenArticleKeepsAGapBeforeTheSidePane(t *testing.T) {
	long := "Analysis: what the harbour master's notebook says about the winter of the storms and the pilots"
	b := &briefing.Briefing{Name: "gap.txt", Title: "The harbour master's notebook"}
	var paras []string
	for i := range 12 {
		paras = append(paras, strings.Repeat("Pilots went out to the ships waiting beyond the breakwater "+itoa(i)+". ", 4))
	}
	b.Sections = []briefing.Section{{Paragraphs: paras[:3]}, {Heading: long, Paragraphs: paras}}
	b.Quotes = []briefing.Quote{{Text: "Pilots went out", Speaker: "the notebook", Section: 1, Paragraph: 0, Start: 0, End: len("Pilots went out")}}
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("}")
			s.waitText("▾ Analysis")
			txt := s.settle()
			l := computeLayout(w, h, 80)
			for y, line := range strings.Split(txt, "\n")[l.bodyY : l.bodyY+l.bodyH] {
				r := []rune(line)
				if x := l.articleX + l.articleW - 1; x < len(r) && r[x] != ' ' {
					t.Errorf("row %d: the article's last column holds %q, no gap before the side pane:\n%s", l.bodyY+y, r[x], txt)
				}
			}
		})
	}
}

// findAll returns the cell positions of every occurrence of sub in the
// body of the screen (under the header).
func (s *screen) findAll(sub string) [][2]int {
	var out [][2]int
	for y, line := range strings.Split(s.text(), "\n") {
		if y == 0 {
			continue // the title
		}
		for off := 0; ; {
			i := strings.Index(line[off:], sub)
			if i < 0 {
				break
			}
			out = append(out, [2]int{len([]rune(line[:off+i])), y})
			off += i + len(sub)
		}
	}
	return out
}

// TestScreenCurrentMatchStandsOut searches a word found in the captions
// and the text, every match on the first screen, and steps through them
// with n and N: the current match is painted in the selected style, every
// other one in the match style, and each key moves the one that differs.
func TestScreenCurrentMatchStandsOut(t *testing.T) {
	b := &briefing.Briefing{
		Name: "matches.txt", Title: "The harbour master's notebook",
		Standfirst: "What the harbour master wrote down",
		Captions: []briefing.Caption{
			{Text: "The harbour at dusk, from the breakwater"},
			{Text: "The pilots' office on the harbour wall"},
		},
		Sections: []briefing.Section{{Paragraphs: []string{
			"The harbour master keeps a notebook of every ship that asks to come in after dark.",
			"She reads from it to anyone who asks about the winter of the storms and the harbour.",
		}}},
	}
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			pal := m.c.pal
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead", "from it to anyone")
			s.typeKeys("/harbour\r")
			s.waitText("1/5 matches")
			// current returns which of the five on screen is painted
			// selected, failing unless the other four are painted as matches.
			current := func(which string) int {
				t.Helper()
				cur := -1
				s.waitFor(which, func(string) bool {
					at := s.findAll("harbour")
					if len(at) != 5 {
						return false
					}
					cur = -1
					for i, p := range at {
						switch bg := s.bg(p[0], p[1]); {
						case sameColor(bg, pal.Selected) && cur < 0:
							cur = i
						case !sameColor(bg, pal.Match):
							return false
						}
					}
					return cur >= 0
				})
				return cur
			}
			first := current("one match selected, four painted as matches")
			s.typeKeys("n")
			s.waitText("2/5 matches")
			second := current("the next match selected")
			if second != first+1 {
				t.Errorf("n selected match %d on screen after %d", second, first)
			}
			s.typeKeys("nn")
			s.waitText("4/5 matches")
			if got := current("the fourth match selected"); got != first+3 {
				t.Errorf("nnn selected match %d on screen, want %d", got, first+3)
			}
			s.typeKeys("N")
			s.waitText("3/5 matches")
			if got := current("the third match selected"); got != first+2 {
				t.Errorf("N selected match %d on screen, want %d", got, first+2)
			}
		})
	}
}

// captionedBriefing has more photo captions than are shown open, each of
// two lines or more at 80 columns, above a lead of a few paragraphs.
func captionedBriefing() *briefing.Briefing {
	b := &briefing.Briefing{Name: "captions.txt", Title: "The harbour in winter"}
	for _, c := range []string{
		"The pilots' boat leaves the inner basin at first light, watched from the office window by the harbour master",
		"A freighter waits beyond the breakwater for the tide, its deck lights still on after a long night at anchor",
		"The list of pilots on the wall of the office, written out again each week in the same blue ink",
		"Ice on the mooring ropes of the ferry in the coldest week of the winter, when no ship came in for four days",
		"The old lighthouse keeper's cottage, now a museum of the harbour's storms and the ships they drove ashore",
	} {
		b.Captions = append(b.Captions, briefing.Caption{Text: c})
	}
	lead := []string{"The first paragraph of the lead tells how the harbour master came to keep her notebook of the ships that asked to come in after dark."}
	for i := range 12 {
		lead = append(lead, strings.Repeat("The lead goes on with the winter of the storms, night "+itoa(i+1)+" of the notebook. ", 4))
	}
	b.Sections = []briefing.Section{{Paragraphs: lead}, {Heading: "What changed", Paragraphs: []string{"Only the list on the wall."}}}
	return b
}

// TestScreenManyCaptionsFoldIntoOneLine opens a briefing with five photo
// captions at 80x24 and 140x40: they show as one folded line and the
// lead's first paragraph is on the first screen; the fold key opens and
// closes them with their line at the top, and a search for a word of a
// caption opens them and shows the match.
func TestScreenManyCaptionsFoldIntoOneLine(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {140, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{captionedBriefing()})}).(*model)
			s := startScreen(t, m, w, h)
			txt := s.waitText("▾ Lead", "▸ 5 photo captions", "The first paragraph of the lead")
			if strings.Contains(txt, "pilots' boat") || strings.Contains(txt, "lighthouse") {
				t.Errorf("folded captions are shown:\n%s", txt)
			}
			_, head := s.findArticle(w, h, "▾ Lead")
			_, fold := s.findArticle(w, h, "▸ 5 photo captions")
			if fold != head+1 {
				t.Errorf("the captions' line is on row %d, want %d, right under the heading", fold, head+1)
			}
			s.typeKeys("j") // the captions' line at the top
			s.waitFor("the footer offering to show the captions", func(txt string) bool { return strings.Contains(footerLine(txt), "z show captions") })
			s.typeKeys("z")
			s.waitText("▾ 5 photo captions", "pilots' boat leaves", "lighthouse")
			s.waitFor("the footer offering to fold the captions", func(txt string) bool { return strings.Contains(footerLine(txt), "z fold captions") })
			if _, y := s.findArticle(w, h, "▾ 5 photo captions"); y != s.bodyRow(w, h) {
				t.Errorf("opening the captions moved their line to row %d, want the top", y)
			}
			s.typeKeys("z")
			s.waitText("▸ 5 photo captions")
			if txt := s.settle(); strings.Contains(txt, "lighthouse") || !strings.Contains(txt, "The first paragraph") {
				t.Errorf("closing the captions left them shown or the lead off screen:\n%s", txt)
			}
			s.typeKeys("g")
			s.typeKeys("/lighthouse\r")
			s.waitText("1/1 match", "lighthouse")
			selected := m.c.pal.Selected
			s.waitFor("the caption's match painted", func(string) bool {
				x, y := s.findArticle(w, h, "lighthouse")
				return x >= 0 && sameColor(s.bg(x, y), selected)
			})
			// z with the lead's heading at the top still folds the lead.
			s.typeKeys("\x1b")
			s.waitFor("the search closed", func(txt string) bool { return !strings.Contains(footerLine(txt), "match") })
			s.typeKeys("g")
			s.waitFor("the lead's heading at the top", func(string) bool {
				_, y := s.findArticle(w, h, "▾ Lead")
				return y == s.bodyRow(w, h)
			})
			s.typeKeys("z")
			s.waitText("▸ Lead")
		})
	}
}

// bodyRow is the screen row of the article pane's first line.
func (s *screen) bodyRow(width, height int) int {
	return computeLayout(width, height, 80).bodyY
}
