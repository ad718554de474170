package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"brief/briefing"
	"brief/content"
	"brief/library"
)

// allSizes are the screen sizes the reader is checked at.
var allSizes = [][2]int{{200, 60}, {120, 40}, {80, 24}, {50, 16}, {40, 12}}

// helpStatus is the help's place in its rows: "12/35 ↓" on a narrow
// screen, "3–24 of 35" on a wider one.
var helpStatus = regexp.MustCompile(`(\d+)/(\d+) ↓|\d+–(\d+) of (\d+)`)

// moreBelow reports whether the help on screen says rows are below it.
func moreBelow(txt string) bool {
	m := helpStatus.FindStringSubmatch(txt)
	if m == nil {
		return false
	}
	if m[1] != "" {
		return atoiTest(m[1]) < atoiTest(m[2])
	}
	return atoiTest(m[3]) < atoiTest(m[4])
}

// atoiTest is the number in s, or 0.
func atoiTest(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// scrollAll presses j until it no longer changes the screen and returns
// every screen seen, squashed into one text. A key that changes nothing
// within half a second is taken as the end, unless the status says more is
// below (then it waits five), so a slow machine (or the race detector)
// does not end it early.
func scrollAll(s *screen) string {
	all := squash(s.settle())
	for range 40 {
		before := s.text()
		s.typeKeys("j")
		changed := false
		// A view whose status says more is below ("Keys 12/35 ↓") must
		// move: it is given time to, as a loaded machine needs. One that
		// does not say so may be at its end, and is given a moment.
		wait := 500 * time.Millisecond
		if moreBelow(before) {
			wait = 5 * time.Second
		}
		for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if s.text() != before {
				changed = true
				break
			}
		}
		if !changed {
			break
		}
		all += " " + squash(s.settle())
	}
	return all
}

func TestScreenQuoteDetailShowsTheWholeQuote(t *testing.T) {
	for _, size := range allSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := cyberModel(t, nil)
			yang := quoteBy(t, m.b, "Yang Jiechi")
			q := m.b.Quotes[yang]
			s := startScreen(t, m, size[0], size[1])
			s.waitText("▾ Lead")
			s.typeKeys("]i")
			first := s.waitText("— Yang Jiechi")
			if !strings.Contains(squash(first), "— Yang Jiechi, former") {
				t.Errorf("the speaker's full name and role do not open the attribution:\n%s", first)
			}
			all := scrollAll(s)
			unwrapped := strings.ReplaceAll(all, "- ", "-")
			for _, want := range []string{q.Text, q.Role, q.Cue, "Why the American track stalled", "paragraph 4"} {
				if !strings.Contains(all, squash(want)) && !strings.Contains(unwrapped, squash(want)) {
					t.Errorf("the detail lacks %q:\n%s", want, all)
				}
			}
			// esc closes it on the reader.
			s.typeKeys("\x1b")
			s.waitText("§ ")
		})
	}
}

func TestScreenQuoteDetailStepsAndShowsInText(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 80, 24)
	s.waitText("▾ Lead")
	s.typeKeys("\t") // the quotes pane
	s.typeKeys("j ") // select the first quote, space shows it in full
	s.waitText("— Yang Jiechi")
	s.typeKeys("]")
	s.waitText("— Valeria Yashchenko", "2/10")
	s.typeKeys("\r")
	selected := m.c.pal.Selected
	s.waitFor("the quote selected in the text", func(string) bool {
		x, y := s.findArticle(80, 24, "long overdue")
		return x >= 0 && sameColor(s.bg(x, y), selected)
	})
	if got := s.quit().quotes.Selected(); got != nthQuote(t, m.b, 2) {
		t.Errorf("selected quote %d after the detail, want the second", got)
	}
}

func TestQuotesPaneNeverCutsASurname(t *testing.T) {
	b := &briefing.Briefing{Title: "t", Sections: []briefing.Section{{Paragraphs: []string{"x"}}},
		Quotes: []briefing.Quote{{Text: "We will build it.", Speaker: "Alexandria Ocasio-Cortez", Role: "congresswoman"}}}
	for _, w := range []int{20, 24, 30} {
		got := paneText(newTestQuotes(b).viewAt(w, 8, false))
		if !strings.Contains(got, "Ocasio-Cortez") {
			t.Errorf("at %d columns the surname is cut:\n%s", w, got)
		}
	}
}

func TestScreenHelpShowsEveryKeyOfTheView(t *testing.T) {
	bs, err := content.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range allSizes {
		for _, view := range []string{"reader", "library"} {
			t.Run(fmt.Sprintf("%s/%dx%d", view, size[0], size[1]), func(t *testing.T) {
				var m *model
				var groups []helpGroup
				if view == "reader" {
					m = cyberModel(t, nil)
					groups = m.c.keys.readerHelp()
				} else {
					m = New(Options{Library: library.FromBriefings(bs)}).(*model)
					groups = m.c.keys.libraryHelp()
				}
				m.opts.Local = true // every key, ctrl+z with them
				s := startScreen(t, m, size[0], size[1])
				if view == "reader" {
					s.waitText("§ 1/")
				} else {
					s.waitText("Library")
				}
				s.typeKeys("?")
				s.waitText("Keys")
				all := scrollAll(s)
				for _, g := range groups {
					for _, l := range g.lines() {
						if !strings.Contains(all, squash(l.keys+" "+l.desc)) {
							t.Errorf("help lacks %q %q:\n%s", l.keys, l.desc, all)
						}
					}
				}
				if view == "library" && strings.Contains(all, "jump") {
					t.Errorf("the library's help shows the reader's keys:\n%s", all)
				}
			})
		}
	}
}
