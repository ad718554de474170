package ui

import (
	"fmt"
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// jumpBriefing is one long section of numbered paragraphs, two or three
// lines each, with quotes in paragraphs 1, 40 and 41, a person mentioned in
// paragraphs 1 and 2, and a rare word in paragraphs 70 and 71:
// each kind of jump has a target on the first screen and one far below.
func jumpBriefing() *briefing.Briefing {
	b := &briefing.Briefing{Name: "jumps.txt", Title: "Jumps"}
	var ps []string
	for i := range 100 {
		ps = append(ps, fmt.Sprintf("Paragraph %d begins here. The harbour board met again this week to weigh the plans for the new quay, and the minutes ran long as ever.", i))
	}
	quote := "“We will build it,” said Ana Ruiz."
	for _, i := range []int{1, 40, 41} {
		ps[i] += " " + quote
	}
	ps[2] += " Ana Ruiz left early."
	for _, i := range []int{70, 71} {
		ps[i] += " A zeppelin flew over."
	}
	b.Sections = []briefing.Section{{Paragraphs: ps}}
	for _, i := range []int{1, 40, 41} {
		start := strings.Index(ps[i], "“")
		end := strings.Index(ps[i], "”") + len("”")
		b.Quotes = append(b.Quotes, briefing.Quote{Text: "We will build it,", Speaker: "Ana Ruiz", Role: "harbour master",
			Paragraph: i, Start: start, End: end})
	}
	f := briefing.Fact{Kind: briefing.Person, Text: "Ana Ruiz", Detail: "harbour master"}
	for _, i := range []int{1, 2} {
		at := strings.LastIndex(ps[i], "Ana Ruiz")
		f.Mentions = append(f.Mentions, briefing.Span{Paragraph: i, Start: at, End: at + len("Ana Ruiz")})
	}
	b.Facts = []briefing.Fact{f}
	return b
}

// paneBody is the article pane's rows of a width x height screen, under
// the title (and the tab bar) and over the footer.
func paneBody(txt string, width, height int) []string {
	l := computeLayout(width, height, 80)
	rows := articleRows(txt, width, height)
	for len(rows) < height {
		rows = append(rows, "")
	}
	return rows[l.bodyY : l.bodyY+l.bodyH]
}

// TestScreenJumpsShowTheTargetAtTheTop steps through every kind of jump at
// 80x24, 60x20, 120x40 and 200x50 (the next quote, a search and its next
// match, a fact's mention and its next one): a target already on screen
// leaves the text where it is; one off screen comes to the top, its
// paragraph on the pane's third row under the last line of the paragraph
// before it and a blank line. Every jump used to put its target a third of
// the way down the pane, scrolling the text even when the target was in
// view.
func TestScreenJumpsShowTheTargetAtTheTop(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}, {200, 50}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{jumpBriefing()})}).(*model)
			l := computeLayout(w, h, 80)
			s := startScreen(t, m, w, h)
			before := paneBody(s.waitText("▾ Lead", "Paragraph 1 begins"), w, h)
			// at is the pane's row of paragraph p's first line, or -1.
			at := func(rows []string, p int) int {
				opening := fmt.Sprintf("Paragraph %d begins", p)
				for i, r := range rows {
					if strings.Contains(r, opening) {
						return i
					}
				}
				return -1
			}
			// jumps types keys that jump into paragraph p and waits until
			// the target is highlighted there.
			jumps := func(what, keys string, p int) []string {
				t.Helper()
				s.typeKeys(keys)
				s.waitFor(what, func(txt string) bool {
					row := at(paneBody(txt, w, h), p)
					if row < 0 {
						return false
					}
					for y := l.bodyY + row; y < l.bodyY+row+4; y++ {
						for x := l.articleX; x < l.articleX+l.articleW; x++ {
							if sameColor(s.bg(x, y), m.c.pal.Selected) {
								return true
							}
						}
					}
					return false
				})
				return paneBody(s.settle(), w, h)
			}
			// stays jumps to a target on screen: the text must not move.
			stays := func(what, keys string, p int) {
				t.Helper()
				if got := jumps(what, keys, p); strings.Join(got, "\n") != strings.Join(before, "\n") {
					t.Errorf("%s: the target was on screen, yet the text moved from\n%s\nto\n%s", what, strings.Join(before, "\n"), strings.Join(got, "\n"))
				}
			}
			// tops jumps to a target off screen: its paragraph comes to
			// the top under the last line of the paragraph before it.
			tops := func(what, keys string, p int) {
				t.Helper()
				got := jumps(what, keys, p)
				if row := at(got, p); row != 2 || strings.TrimSpace(got[1]) != "" || strings.TrimSpace(got[0]) == "" || at(got, p-1) >= 0 {
					t.Errorf("%s: want paragraph %d on the pane's third row under the end of the one before, got row %d:\n%s", what, p, row, strings.Join(got, "\n"))
				}
				before = got
			}
			stays("] to the first quote, on screen", "]", 1)
			tops("] to the second quote, far below", "]", 40)
			stays("] to the third quote, on screen", "]", 41)
			tops("a search whose first match is far below", "/zeppelin\r", 70)
			stays("n to the next match, on screen", "n", 71)
			s.typeKeys("\x1b")
			s.waitFor("the search cleared", func(txt string) bool { return !strings.Contains(footerLine(txt), "matches") })
			s.typeKeys("\t\t")
			s.waitText("Key facts")
			tops("enter on a fact whose first mention is far above", "\r", 1)
			stays("enter again for the next mention, on screen", "\r", 2)
		})
	}
}

// TestScreenStepsStartFromTheScreenOnceScrolledAway selects a quote and a
// search match, reads on (or back) past them with the paging keys, and
// steps again at 80x24 and 60x20: ] and [ and n go from what is on screen,
// as less's n does, not from the quote or match left behind off screen.
// ] used to jump back up to the quote after the one selected long ago, and
// n after g to the match after the one left at the bottom.
func TestScreenStepsStartFromTheScreenOnceScrolledAway(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{jumpBriefing()})}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead", "Paragraph 1 begins")
			s.typeKeys("]") // the first quote, paragraph 1, on screen
			s.waitFor("the first quote selected", func(string) bool { return s.hasBg(0, w, m.c.pal.Selected) })
			// Read on to paragraph 50, past every quote.
			s.typeKeys(strings.Repeat("f", 40))
			s.waitFor("paragraph 50 at the top", func(txt string) bool {
				for _, r := range paneBody(txt, w, h)[:3] {
					var p int
					if _, err := fmt.Sscanf(strings.TrimSpace(r), "Paragraph %d begins", &p); err == nil && p >= 50 {
						return true
					}
				}
				return strings.Contains(footerLine(txt), "100%")
			})
			page := strings.Join(paneBody(s.settle(), w, h), "\n")
			s.typeKeys("]")
			s.waitText("no more quotes below")
			if got := strings.Join(paneBody(s.text(), w, h), "\n"); got != page {
				t.Errorf("] below every quote moved the text:\n%s", got)
			}
			s.typeKeys("[")
			s.waitText("Paragraph 41 begins")
			if got := s.quit().quotes.Selected(); got != 2 {
				t.Errorf("[ under every quote selected quote %d, want the last (2)", got)
			}

			m = New(Options{Library: library.FromBriefings([]*briefing.Briefing{jumpBriefing()})}).(*model)
			s = startScreen(t, m, w, h)
			s.waitText("▾ Lead", "Paragraph 1 begins")
			s.typeKeys("/zeppelin\r")
			s.waitText("1/2 matches", "Paragraph 70 begins")
			s.typeKeys("g")
			s.waitFor("the top", func(txt string) bool { return strings.Contains(footerLine(txt), " 0%") })
			s.typeKeys("n")
			s.waitText("Paragraph 70 begins")
			if foot := footerLine(s.settle()); !strings.Contains(foot, "1/2 matches") {
				t.Errorf("n from the top went past the first match below it: %q", foot)
			}
		})
	}
}

// TestScreenJumpBackReturnsToTheReadingPlace reads into the middle of a
// long text, checks a fact's first mention near the top (enter in the
// facts pane), and presses ' to go back, then ' again, at 80x24, 60x20 and
// 120x40: ' returns to the screen the reader left, and again to the
// mention, as less's quote key typed twice does. There was no way back
// but scrolling.
func TestScreenJumpBackReturnsToTheReadingPlace(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{jumpBriefing()})}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead", "Paragraph 1 begins")
			s.typeKeys("ffff")
			s.waitFor("four pages down", func(txt string) bool { return !strings.Contains(txt, "Paragraph 1 begins") })
			s.typeKeys("f")
			reading := paneBody(s.settle(), w, h)
			s.typeKeys("\t\t")
			s.waitText("Key facts")
			s.typeKeys("\r")
			s.waitText("Paragraph 1 begins")
			mention := paneBody(s.settle(), w, h)
			s.typeKeys("'")
			s.waitFor("the reading place again", func(txt string) bool { return !strings.Contains(txt, "Paragraph 1 begins") })
			if got := paneBody(s.settle(), w, h); !sameRows(got, reading) {
				t.Errorf("' did not return to the reading place:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(reading, "\n"))
			}
			s.typeKeys("'")
			s.waitText("Paragraph 1 begins")
			if got := paneBody(s.settle(), w, h); !sameRows(got, mention) {
				t.Errorf("' again did not return to the mention:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(mention, "\n"))
			}
		})
	}
}

// sameRows reports whether two screens' rows hold the same text, blanks
// at their ends aside.
func sameRows(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.TrimRight(a[i], " ") != strings.TrimRight(b[i], " ") {
			return false
		}
	}
	return true
}
