package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"brief/briefing"
	"brief/library"
)

// TestScreenLibraryNeverShowsAnEntryCutAtTheTop walks down a library of
// thirty briefings of thirty days (j to the end, then G, then back up with
// k) at 80x24, 60x20, 120x40 and 200x50: the first row of the list is
// never an entry's details without its title above them. Scrolling down
// moved the list by rows, so at 80x24 G left "13 Jan 2017 · 4 quotes · 32
// facts" alone on the top row, the title it belongs to scrolled off.
func TestScreenLibraryNeverShowsAnEntryCutAtTheTop(t *testing.T) {
	lib := library.New()
	for i := range 30 {
		day := time.Date(2026, 1, 1+i, 8, 0, 0, 0, time.UTC)
		lib.Put(library.Entry{ID: fmt.Sprintf("day%02d.txt", i), Briefing: &briefing.Briefing{
			Title: fmt.Sprintf("Story of day %d", i+1), Source: "Wire", Published: day,
			Sections: []briefing.Section{{Paragraphs: []string{"Text."}}},
		}})
	}
	lib.Finish()
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}, {200, 50}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: lib}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("Story of day 30")
			// The selection and the offset change in one frame: the screen
			// that shows the selection moved is the one to check.
			check := func(what, txt string) {
				t.Helper()
				lines := strings.Split(txt, "\n")
				if len(lines) < 3 {
					t.Fatalf("%s: no list:\n%s", what, strings.Join(lines, "\n"))
				}
				// Row 0 is the program's title, row 1 the pane's.
				first := lines[2]
				if strings.HasPrefix(first, "    ") && strings.TrimSpace(first) != "" || strings.HasPrefix(first, "▌   ") {
					t.Fatalf("%s: the list starts with an entry's details, its title cut off:\n%s", what, strings.Join(lines, "\n"))
				}
			}
			for i := 1; i < 30; i++ {
				s.typeKeys("j")
				check(fmt.Sprintf("j %d times", i), s.waitText(fmt.Sprintf("▌ ● Story of day %d\n", 30-i)))
			}
			s.typeKeys("g")
			s.waitText("▌ ● Story of day 30\n")
			s.typeKeys("G")
			check("G", s.waitText("▌ ● Story of day 1\n"))
			for i := 1; i < 30; i++ {
				s.typeKeys("k")
				check(fmt.Sprintf("k %d times", i), s.waitText(fmt.Sprintf("▌ ● Story of day %d\n", 1+i)))
			}
		})
	}
}

// sideColumns returns the rows of a screen in the columns [x, x+w).
func sideColumns(txt string, x, w int) []string {
	var out []string
	for _, line := range strings.Split(txt, "\n") {
		r := []rune(line)
		out = append(out, strings.TrimRight(string(r[min(x, len(r)):min(x+w, len(r))]), " "))
	}
	return out
}

// TestScreenSidePanesNeverShowAnEntryCutAtTheTop walks down the quotes and
// the key facts of the cyber briefing with j at 80x24 and 120x40: the first
// row under a pane's title is never the later part of an entry (a quote's
// second line without its speaker, a person's role without the name).
// The panes scrolled by rows, so that "not permit us to renew th…" or
// "President" stood alone on top.
func TestScreenSidePanesNeverShowAnEntryCutAtTheTop(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			l := computeLayout(w, h, 80)
			qx, qw, fx, fw := l.sideX, l.sideW, l.sideX, l.sideW
			if l.mode == wide {
				qx, qw, fx, fw = l.quotesX, l.quotesW, l.factsX, l.factsW
			}
			// The rows that start a quote: the first under the title and
			// each under a blank, on a screen tall enough for them all.
			tall := New(Options{Library: library.FromBriefings([]*briefing.Briefing{cyberBriefing(t)})}).(*model)
			st := startScreen(t, tall, w, 400)
			starts := map[string]bool{}
			rows := sideColumns(st.waitText("▾ Lead", "national segments"), qx, qw)
			for i := l.bodyY + 1; i < len(rows); i++ {
				if strings.TrimSpace(rows[i]) != "" && strings.TrimSpace(rows[i-1]) == "" || i == l.bodyY+1 {
					starts[strings.TrimSpace(rows[i])] = true
				}
			}
			st.stop()
			m := cyberModel(t, nil)
			// The counts are read before the program runs: after, the
			// model is the program's to change.
			quotes, facts := len(m.b.Quotes), len(m.facts.order)
			if facts < 2 {
				t.Fatalf("%d facts in the model before it runs, want them all", facts)
			}
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("\t")
			for i := 1; i <= quotes; i++ {
				s.typeKeys("j")
				txt := s.waitText(itoa(i) + "/" + itoa(quotes))
				top := strings.TrimSpace(sideColumns(txt, qx, qw)[l.bodyY+1])
				if !starts[strings.TrimSpace(strings.TrimPrefix(top, "▌"))] {
					t.Fatalf("quote %d selected: the pane starts inside a quote, %q:\n%s", i, top, txt)
				}
			}
			s.typeKeys("\t")
			s.waitText("Key facts")
			for i := 2; i <= facts; i++ {
				s.typeKeys("j")
				txt := s.waitText(itoa(i) + "/" + itoa(facts))
				top := sideColumns(txt, fx, fw)[l.bodyY+1]
				if strings.HasPrefix(top, "    ") {
					t.Fatalf("fact %d selected: the pane starts with a role, its name cut off, %q:\n%s", i, top, txt)
				}
			}
		})
	}
}

// TestScreenPersonsQuotesNeverStartCutAtTheTop opens, from the people
// index, a person quoted twenty times at lengths of one to four lines, and
// walks down the quotes with j at 80x24 and 60x20: the first row under the
// title is always a quote's briefing and date, never the later lines of a
// quote. The list scrolled by rows, leaving "Browser Efforts”" (the end of a
// quote) alone on top.
func TestScreenPersonsQuotesNeverStartCutAtTheTop(t *testing.T) {
	var bs []*briefing.Briefing
	for i := range 20 {
		text := strings.Repeat("The quay will be built and paid for ", 1+i%4*3)
		p := "“" + text + "” said Ana Ruiz."
		bs = append(bs, &briefing.Briefing{Name: fmt.Sprintf("b%02d.txt", i), Title: fmt.Sprintf("Briefing %d", i+1),
			Sections: []briefing.Section{{Paragraphs: []string{p}}},
			Quotes:   []briefing.Quote{{Text: text, Speaker: "Ana Ruiz", Role: "harbour master", Start: 0, End: len(text) + 6}},
		})
	}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings(bs)}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("Library")
			s.typeKeys("P")
			s.waitText("People", "20 quotes")
			s.typeKeys("\r")
			s.waitText("1/20 quotes")
			for i := 2; i <= 20; i++ {
				s.typeKeys("j")
				txt := s.waitText(itoa(i) + "/20 quotes")
				lines := strings.Split(txt, "\n")
				if first := lines[2]; strings.HasPrefix(first, "    ") || strings.HasPrefix(first, "▌   ") {
					t.Fatalf("quote %d selected: the list starts inside a quote, %q:\n%s", i, first, txt)
				}
			}
		})
	}
}
