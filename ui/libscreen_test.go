package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
	"brief/library"
	"brief/state"
)

// morningShelf is a library of a morning's reading: three days, one read.
func morningShelf(t *testing.T) (*library.Library, *state.Memory) {
	t.Helper()
	day := func(d int) time.Time { return time.Date(2026, 3, d, 8, 0, 0, 0, time.UTC) }
	para := func(s string) []briefing.Section {
		return []briefing.Section{{Paragraphs: []string{s, strings.Repeat("More of the story goes on here. ", 40)}}}
	}
	lib := library.New()
	lib.Put(library.Entry{ID: "old.txt", Briefing: &briefing.Briefing{Title: "Oldest story of the week", Published: day(2), Sections: para("Old.")}})
	lib.Put(library.Entry{ID: "maori.txt", Briefing: &briefing.Briefing{Title: "Māori language week opens", Published: day(9), Authors: []string{"Aroha Ngata"}, Sections: para("Kia ora.")}})
	lib.Put(library.Entry{ID: "mid.txt", Briefing: &briefing.Briefing{Title: "Midweek markets", Published: day(5), Source: "Wire", Sections: para("Markets.")}})
	lib.Put(library.Entry{ID: "photo.jpg", Err: &briefing.InputError{Name: "photo.jpg", Err: briefing.ErrBinary}})
	lib.Finish()
	store := state.NewMemory()
	store.Save("local", "mid.txt", state.Reading{Read: true, Quote: -1})
	return lib, store
}

func TestScreenLibraryNewestFirstWithUnreadMarks(t *testing.T) {
	lib, store := morningShelf(t)
	m := New(Options{Library: lib, Store: store}).(*model)
	s := startScreen(t, m, 80, 24)
	txt := s.waitText("2 unread · 3 briefings", "Could not be read")
	order := []string{"Monday 9 March", "Māori language week", "Thursday 5 March", "Midweek markets", "Monday 2 March", "Oldest story", "Could not be read", "photo.jpg", "binary"}
	last := -1
	for _, w := range order {
		i := strings.Index(txt, w)
		if i <= last {
			t.Fatalf("%q out of order (newest first, grouped by day, failed last):\n%s", w, txt)
		}
		last = i
	}
	lines := strings.Split(txt, "\n")
	for _, l := range lines {
		switch {
		case strings.Contains(l, "Midweek markets") && strings.Contains(l, "●"):
			t.Errorf("a read briefing is marked unread: %q", l)
		case (strings.Contains(l, "Māori language") || strings.Contains(l, "Oldest story")) && !strings.Contains(l, "●"):
			t.Errorf("an unread briefing is not marked: %q", l)
		}
	}
	// Read the newest to its end: back in the list, it is no longer unread.
	s.typeKeys("\r")
	s.waitText("Kia ora")
	s.typeKeys("G")
	s.typeKeys("\x1b")
	txt = s.waitText("1 unread · 3 briefings")
	for _, l := range strings.Split(txt, "\n") {
		if strings.Contains(l, "Māori language") && strings.Contains(l, "●") {
			t.Errorf("read to the end, still unread: %q", l)
		}
	}
	s.quit()
	if r, ok, _ := store.Load("local", "maori.txt"); !ok || !r.Read {
		t.Errorf("the read mark was not kept with the reading state: %+v", r)
	}
}

func TestScreenLibraryFilterIgnoresAccentsAndFindsAuthors(t *testing.T) {
	lib, store := morningShelf(t)
	for _, typed := range []string{"maori", "MAORI", "aroha", "wire"} {
		t.Run(typed, func(t *testing.T) {
			m := New(Options{Library: lib, Store: store}).(*model)
			s := startScreen(t, m, 80, 24)
			s.waitText("Library")
			s.typeKeys("/" + typed)
			txt := s.waitText("1 of 4")
			if typed == "wire" {
				if !strings.Contains(txt, "Midweek markets") {
					t.Errorf("filter %q: the source is not searched:\n%s", typed, txt)
				}
				return
			}
			if !strings.Contains(txt, "Māori language week") || strings.Contains(txt, "Oldest") {
				t.Errorf("filter %q:\n%s", typed, txt)
			}
		})
	}
}

func TestLibraryClickOnEitherRowOfAnEntry(t *testing.T) {
	lib, store := morningShelf(t)
	for _, size := range [][2]int{{80, 24}, {50, 16}} {
		m := New(Options{Library: lib, Store: store}).(*model)
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(ansi.Strip(m.View().Content), "\n")
		y := -1
		for i, l := range lines {
			if strings.Contains(l, "Midweek markets") {
				y = i
			}
		}
		for _, row := range []int{y, y + 1} { // the title, then the details
			m.Update(tea.MouseClickMsg{X: 6, Y: 0, Button: tea.MouseLeft}) // the header: nothing
			m.lib.move(0)
			m.Update(tea.MouseClickMsg{X: 6, Y: row, Button: tea.MouseLeft})
			if e, _ := m.lib.selectedEntry(); e.ID != "mid.txt" {
				t.Errorf("%v: a click on screen row %d selected %q, want mid.txt", size, row, e.ID)
			}
		}
	}
}

func TestScreenASingleFileThatFailsLateEndsTheReader(t *testing.T) {
	lib := library.New()
	m := New(Options{Library: lib}).(*model)
	if !m.inLibrary {
		t.Fatal("a loading library should show the list")
	}
	m.autoOpen = true // as for one file given on the command line
	s := startScreen(t, m, 80, 24)
	s.waitText("Library")
	lib.Put(library.Entry{ID: "big.html", Err: &briefing.InputError{Name: "big.html", Err: briefing.ErrNoText}})
	lib.Finish()
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the reader did not end when its one file failed")
	}
	if s.final.(*model).openErr == nil {
		t.Error("the failure is not kept for the command's one-line error")
	}
	s.mu.Lock()
	alt := s.emu.IsAltScreen()
	s.mu.Unlock()
	if alt {
		t.Error("terminal left in the alternate screen")
	}
}

// TestScreenLibraryFillingOpensOnTheNewest fills a library in an order that
// is not the list's (the oldest import first, the newest last): the list
// stays at its top with the newest selected, and enter opens the newest.
// Once the reader has moved, the selection stays on their entry, and the
// entries scrolled off the top are counted in the title bar.
func TestScreenLibraryFillingOpensOnTheNewest(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 1, d, 8, 0, 0, 0, time.UTC) }
	story := func(id string, d int) library.Entry {
		return library.Entry{ID: id, Briefing: &briefing.Briefing{Title: "Story of day " + strconv.Itoa(d), Published: day(d),
			Sections: []briefing.Section{{Paragraphs: []string{"Text of day " + strconv.Itoa(d) + "."}}}}}
	}
	order := []int{3, 1, 7, 2, 9, 4, 10, 6, 8, 5} // days, in the order they import
	lib := library.New()
	m := New(Options{Library: lib, Store: state.NewMemory()}).(*model)
	s := startScreen(t, m, 100, 30)
	s.waitText("Library")
	for i, d := range order {
		lib.Put(story("day"+strconv.Itoa(d)+".txt", d))
		s.waitText("loading " + strconv.Itoa(i+1) + "/")
	}
	lib.Finish()
	txt := s.waitText("10 briefings")
	lines := strings.Split(txt, "\n")
	if !strings.Contains(lines[2], "Friday 10 January") || !strings.Contains(lines[3], "▌") || !strings.Contains(lines[3], "Story of day 10") {
		t.Fatalf("the list does not open at its top on the newest entry:\n%s", txt)
	}
	if strings.Contains(lines[1], "above") {
		t.Errorf("nothing is above, yet the title bar says so: %q", lines[1])
	}
	s.typeKeys("\r")
	s.waitText("Text of day 10.")
	s.typeKeys("\x1b")
	s.waitText("10 briefings")

	// The reader moves to the last entry: the three newest scroll off, and
	// the title bar says so; a newer import keeps the selection where it is.
	s.typeKeys("G")
	s.waitText("↑ 3 above")
	lib.Put(story("day11.txt", 11))
	txt = s.waitText("↑ 4 above", "11 briefings")
	for _, l := range strings.Split(txt, "\n") {
		if strings.Contains(l, "▌") && strings.Contains(l, "Story") && !strings.HasSuffix(strings.TrimSpace(l), "Story of day 1") {
			t.Errorf("the selection left the entry the reader chose: %q", l)
		}
	}
	s.typeKeys("\r")
	s.waitText("Text of day 1.")
}

// TestScreenNarrowLibraryHasNoBlankTabBar draws the library under 80
// columns, where the reader has a tab bar: the library, which has no panes
// to name, puts its title bar right under the header as at 100 columns,
// keeps it there after a briefing was opened and closed, and a click still
// lands on the entry under it.
func TestScreenNarrowLibraryHasNoBlankTabBar(t *testing.T) {
	for _, size := range [][2]int{{60, 24}, {100, 30}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			lib, store := morningShelf(t)
			m := New(Options{Library: lib, Store: store}).(*model)
			s := startScreen(t, m, w, h)
			row := func(what string) {
				t.Helper()
				txt := s.waitText("3 briefings")
				if lines := strings.Split(txt, "\n"); !strings.HasPrefix(lines[1], " Library") {
					t.Fatalf("%s: the library's title bar is not right under the header:\n%s", what, txt)
				}
			}
			row("at the start")
			s.typeKeys("\r")
			s.waitText("Kia ora")
			s.typeKeys("\x1b")
			s.waitText("Library")
			row("back from a briefing")
			_, y := s.find("Midweek markets")
			s.prog.Send(tea.MouseClickMsg{X: 6, Y: y, Button: tea.MouseLeft})
			s.prog.Send(tea.MouseClickMsg{X: 6, Y: y, Button: tea.MouseLeft})
			s.waitText("Markets.")
		})
	}
}
