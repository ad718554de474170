package ui

import (
	"regexp"
	"strings"
	"testing"
)

// helpBody is the help's rows on a width x height screen: under its
// title bar and over the footer.
func helpBody(txt string, width, height int) []string {
	l := computeLayout(width, height, 80)
	rows := strings.Split(txt, "\n")
	for len(rows) < height {
		rows = append(rows, "")
	}
	return rows[l.bodyY+1 : l.bodyY+l.bodyH]
}

// helpRange reads "from–to of total" in the help's title bar.
var helpRange = regexp.MustCompile(`(\d+)–(\d+) of (\d+)`)

// TestScreenHelpFitsEverySize opens the reader's help, ctrl+z with it, at
// 80x24, 120x16 and 60x20. Every group's heading and its last key are on
// screen, each key with its whole description on one row, nothing cut
// short. At 80x24 and 120x16 it fits with no scrolling, at 80x24 with two
// rows to spare under it; at 60x20, one column, it scrolls with j to its
// last row, and says so in its title bar and the footer. At 80x24 the
// first column, Move over Quotes and sections, filled the screen to its
// last row, and at 120x16 the help scrolled.
func TestScreenHelpFitsEverySize(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		scroll bool
	}{{80, 24, false}, {120, 16, false}, {60, 20, true}} {
		t.Run(itoa(tc.w)+"x"+itoa(tc.h), func(t *testing.T) {
			m := cyberModel(t, nil)
			m.opts.Local = true
			groups := m.c.keys.readerHelp()
			s := startScreen(t, m, tc.w, tc.h)
			s.waitText("§ 1/")
			s.typeKeys("?")
			txt := s.waitText("Keys", "close")
			rows := helpBody(s.settle(), tc.w, tc.h)
			foot := footerLine(txt)
			if got := strings.Contains(foot, "j/k scroll"); got != tc.scroll {
				t.Errorf("the footer offers scrolling: %v, want %v: %q", got, tc.scroll, foot)
			}
			if tc.scroll {
				// Scroll to the end, a row at a time, keeping every row seen.
				for range 40 {
					before := s.text()
					if r := helpRange.FindStringSubmatch(before); r == nil {
						t.Fatalf("the scrolling help's title bar gives no range:\n%s", before)
					} else if r[2] == r[3] {
						break
					}
					s.typeKeys("j")
					s.waitFor("the help to scroll", func(txt string) bool { return txt != before })
					rows = append(rows, helpBody(s.settle(), tc.w, tc.h)...)
				}
				if r := helpRange.FindStringSubmatch(s.text()); r == nil || r[2] != r[3] {
					t.Errorf("j never reached the help's last row:\n%s", s.text())
				}
			} else if strings.Contains(s.text(), " of ") {
				t.Errorf("the help scrolls:\n%s", s.text())
			}
			all := strings.Join(rows, "\n")
			if strings.Contains(all, ellipsis) {
				t.Errorf("a row of the help is cut short:\n%s", all)
			}
			row := func(sub string) bool {
				for _, r := range rows {
					if strings.Contains(squash(r), squash(sub)) {
						return true
					}
				}
				return false
			}
			for _, g := range groups {
				lines := g.lines()
				last := lines[len(lines)-1]
				if !row(g.title) || !row(last.keys+" "+last.desc) {
					t.Errorf("group %q or its last key %q %q is missing:\n%s", g.title, last.keys, last.desc, all)
				}
				for _, l := range lines {
					if !row(l.keys + " " + l.desc) {
						t.Errorf("%q %q is not on one row of the help:\n%s", l.keys, l.desc, all)
					}
				}
			}
			if tc.w == 80 {
				spare := 0
				for i := len(rows) - 1; i >= 0 && strings.TrimSpace(rows[i]) == ""; i-- {
					spare++
				}
				if spare < 2 {
					t.Errorf("the help leaves %d rows under it at 80x24, want two or more:\n%s", spare, all)
				}
				// Two columns side by side, of about one height.
				if !strings.Contains(rows[0], "Move") || !strings.Contains(rows[0], "Sections") {
					t.Errorf("the help's first row is not two headings:\n%s", all)
				}
			}
		})
	}
}

// TestScreenHelpHalfPageInTheQuotesPane checks a key the help lists in
// the reader, d (half a page down), in the quotes pane: it moved nothing
// there.
func TestScreenHelpHalfPageInTheQuotesPane(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 120, 40)
	s.waitText("§ 1/")
	s.typeKeys("\t")
	s.waitFor("the quotes pane focused", func(txt string) bool { return strings.Contains(footerLine(txt), "show in text") })
	s.typeKeys("j")
	s.waitText("1/10")
	s.typeKeys("d")
	s.waitFor("d to move the selection down", func(txt string) bool {
		return !strings.Contains(txt, "1/10") && regexp.MustCompile(`\b[2-9]/10\b`).MatchString(txt)
	})
	s.typeKeys("u")
	s.waitText("1/10")
}
