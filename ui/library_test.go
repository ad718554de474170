package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/briefing"
	"brief/library"
)

func newTestLibrary(lib *library.Library) libraryPane {
	keys := DefaultKeyMap()
	return newLibraryPane(lib, &common{keys: keys, pal: newPalette(true)})
}

// pressLibrary feeds key presses to the pane, drawing it after each one, and
// returns the message of the last command.
func pressLibrary(p libraryPane, width, height int, keys ...string) (libraryPane, tea.Msg) {
	var msg tea.Msg
	p.SetSize(width, height)
	for _, k := range keys {
		var cmd tea.Cmd
		p, cmd = p.Update(paneKey(k))
		msg = paneRun(cmd)
	}
	return p, msg
}

// paneTypeText presses one key per character of s.
func paneTypeText(s string) []string {
	var ks []string
	for _, r := range s {
		ks = append(ks, string(r))
	}
	return ks
}

func paneShelf(t testing.TB) *library.Library {
	t.Helper()
	day := time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC)
	lib := library.New()
	lib.Put(library.Entry{ID: "news/harbour.txt", Briefing: paneBriefing(t)})
	lib.Put(library.Entry{ID: "news/broken.html", Err: errors.New("import news/broken.html: detect format: no text found\nmore detail")})
	lib.Put(library.Entry{ID: "news/summit.md", Briefing: &briefing.Briefing{Title: "Summit ends without a deal", Source: "Daily Wire", Published: day,
		Quotes: make([]briefing.Quote, 1), Facts: make([]briefing.Fact, 12)}})
	lib.Put(library.Entry{ID: "news/untitled.txt", Briefing: &briefing.Briefing{}})
	lib.Finish()
	return lib
}

func TestLibraryPaneExactSize(t *testing.T) {
	big := library.New()
	for i := range 300 {
		big.Put(library.Entry{ID: fmt.Sprint(i), Briefing: &briefing.Briefing{Title: strings.Repeat("Long title ", i%9)}})
	}
	for _, lib := range []*library.Library{paneShelf(t), big, library.New(), nil} {
		for _, w := range []int{1, 4, 20, 47, 80} {
			for _, h := range []int{0, 1, 2, 3, 7, 30} {
				p := newTestLibrary(lib)
				assertPaneSize(t, p.viewAt(w, h), w, h)
				p, _ = pressLibrary(p, w, h, "j", "j", "/", "e")
				assertPaneSize(t, p.viewAt(w, h), w, h)
			}
		}
	}
}

func TestLibraryPaneEntries(t *testing.T) {
	p := newTestLibrary(paneShelf(t))
	lines := paneLines(p.viewAt(60, 20))
	if !strings.Contains(lines[0], "Library") || !strings.Contains(lines[0], "3 briefings · 1 failed") {
		t.Errorf("title bar %q, want the title and 3 briefings · 1 failed", lines[0])
	}
	// Newest first, undated ones after, failed ones last, each group under
	// its heading.
	want := []struct{ line, next string }{
		{"Monday 9 March", "● Summit ends without a deal"},
		{"Summit ends without a deal", "Daily Wire · 9 Mar 2026 · 1 quote · 12 facts"},
		{"Undated", "● Harbour deal signed"},
		{"Harbour deal signed", "Coast Herald · 4 quotes · 5 facts"},
		{"untitled.txt", "0 quotes · 0 facts"},
		{"Could not be read", "✗ broken.html"},
		{"broken.html", "detect format: no text found"},
	}
	prev := 0
	for _, w := range want {
		i := paneLineWith(lines, w.line)
		if i < prev || paneRowText(lines[i+1]) != w.next {
			t.Errorf("want %q then %q after row %d:\n%s", w.line, w.next, prev, strings.Join(lines, "\n"))
			continue
		}
		prev = i
	}
	if strings.Contains(strings.Join(lines, "\n"), "more detail") {
		t.Error("a failed entry should show only the first line of its error")
	}
}

func TestLibraryPaneOpen(t *testing.T) {
	p := newTestLibrary(paneShelf(t))
	p.viewAt(60, 20)
	steps := []struct {
		keys []string
		want tea.Msg
	}{
		{[]string{"enter"}, openMsg{id: "news/summit.md"}},
		{[]string{"j", "enter"}, openMsg{id: "news/harbour.txt"}},
		{[]string{"j", "enter"}, openMsg{id: "news/untitled.txt"}},
		// The failed import cannot be opened: enter says why.
		{[]string{"G", "enter"}, statusMsg("cannot open broken.html: detect format: no text found")},
		{[]string{"g", "enter"}, openMsg{id: "news/summit.md"}},
	}
	for _, s := range steps {
		var msg tea.Msg
		p, msg = pressLibrary(p, 60, 20, s.keys...)
		if msg != s.want {
			t.Errorf("%v: got %#v, want %#v", s.keys, msg, s.want)
		}
	}
}

func TestLibraryPaneFilter(t *testing.T) {
	p := newTestLibrary(paneShelf(t))
	p, _ = pressLibrary(p, 60, 20, "/")
	if !p.Filtering() {
		t.Fatal("/ should start filtering")
	}
	// While filtering, letters are text, not commands: q, j and G are typed.
	p, msg := pressLibrary(p, 60, 20, paneTypeText("DAILY")...)
	lines := paneLines(p.viewAt(60, 20))
	if msg != nil || paneLineWith(lines, "Summit ends") < 0 || paneLineWith(lines, "Harbour") >= 0 || paneLineWith(lines, "/ DAILY") < 0 {
		t.Errorf("filter over the source, case-insensitive:\n%s", strings.Join(lines, "\n"))
	}
	if !strings.Contains(lines[0], "1 of 4") {
		t.Errorf("title %q, want 1 of 4", lines[0])
	}
	p, _ = pressLibrary(p, 60, 20, "backspace", "backspace", "backspace", "backspace", "backspace")
	p, _ = pressLibrary(p, 60, 20, paneTypeText("untitled")...) // matches the ID only
	lines = paneLines(p.viewAt(60, 20))
	if paneLineWith(lines, "untitled.txt") < 0 || paneLineWith(lines, "Summit") >= 0 {
		t.Errorf("filter over the ID:\n%s", strings.Join(lines, "\n"))
	}
	// enter keeps the filter and stops typing; the next enter opens.
	p, _ = pressLibrary(p, 60, 20, "enter")
	if p.Filtering() || paneLineWith(paneLines(p.viewAt(60, 20)), "filter: untitled") < 0 {
		t.Errorf("enter should keep the filter:\n%s", paneText(p.viewAt(60, 20)))
	}
	if _, msg := pressLibrary(p, 60, 20, "enter"); msg != (openMsg{id: "news/untitled.txt"}) {
		t.Errorf("enter on the filtered list: got %#v", msg)
	}
	// esc clears a kept filter.
	p, _ = pressLibrary(p, 60, 20, "esc")
	if lines := paneLines(p.viewAt(60, 20)); paneLineWith(lines, "Harbour") < 0 || paneLineWith(lines, "filter:") >= 0 {
		t.Errorf("esc should clear the filter:\n%s", strings.Join(lines, "\n"))
	}
	// esc while typing clears too.
	p, _ = pressLibrary(p, 60, 20, "/", "z", "z", "esc")
	if p.Filtering() || p.filter != "" || len(p.visible) != 4 {
		t.Errorf("esc while typing: filtering %v, filter %q, %d visible", p.Filtering(), p.filter, len(p.visible))
	}
	p, _ = pressLibrary(p, 60, 20, "/", "x", "y", "z")
	if paneLineWith(paneLines(p.viewAt(60, 20)), "Nothing matches “xyz”") < 0 {
		t.Errorf("no match should say so:\n%s", paneText(p.viewAt(60, 20)))
	}
	if _, msg := pressLibrary(p, 60, 20, "enter", "enter"); msg != nil {
		t.Errorf("enter on an empty list: got %#v", msg)
	}
}

func TestLibraryPaneCleansFileNamesAndErrors(t *testing.T) {
	lib := library.New()
	evil := "bad\x1b]52;c;aGk=\x07name\x1b[2J.txt"
	lib.Put(library.Entry{ID: "news/" + evil, Err: fmt.Errorf("import %s: not text", evil)})
	lib.Put(library.Entry{ID: evil, Briefing: &briefing.Briefing{}})
	view := newTestLibrary(lib).viewAt(60, 10)
	if strings.Contains(view, "\x1b]") || strings.Contains(view, "\x1b[2J") || strings.Contains(view, "\x07") {
		t.Errorf("escape sequences from a file name reached the screen: %q", view)
	}
	lines := paneLines(view)
	if paneLineWith(lines, "badname.txt") < 0 || paneLineWith(lines, "import badname.txt: not text") < 0 {
		t.Errorf("cleaned name and error missing:\n%s", strings.Join(lines, "\n"))
	}
}

func paneText(view string) string { return strings.Join(paneLines(view), "\n") }

// paneRowText is a row's text without the selection marker and padding.
func paneRowText(line string) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "▌"))
}

func TestLibraryPaneSelectionFollowsFilter(t *testing.T) {
	p := newTestLibrary(paneShelf(t))
	p, _ = pressLibrary(p, 60, 20, "j", "k") // Summit
	p, _ = pressLibrary(p, 60, 20, append([]string{"/"}, paneTypeText("s")...)...)
	if e, _ := p.selectedEntry(); e.ID != "news/summit.md" {
		t.Errorf("selection should stay on the summit while it matches, got %q", e.ID)
	}
}

func TestLibraryPaneFillsWhileLoading(t *testing.T) {
	lib := library.New()
	p := newTestLibrary(lib)
	if lines := paneLines(p.viewAt(40, 10)); !strings.Contains(lines[0], "loading 0/…") || paneLineWith(lines, "Loading briefings") < 0 {
		t.Errorf("empty loading library:\n%s", strings.Join(lines, "\n"))
	}
	wait := p.Init()
	for i := range 3 {
		got := make(chan tea.Msg, 1)
		go func() { got <- wait() }()
		lib.Put(library.Entry{ID: fmt.Sprint(i), Briefing: &briefing.Briefing{Title: fmt.Sprintf("Story %d", i)}})
		select {
		case msg := <-got:
			p, wait = p.Update(msg)
		case <-time.After(5 * time.Second):
			t.Fatalf("entry %d: Init/Update command did not yield libraryChangedMsg", i)
		}
		lines := paneLines(p.viewAt(40, 12))
		if want := fmt.Sprintf("loading %d/…", i+1); !strings.Contains(lines[0], want) {
			t.Errorf("title %q, want %q", lines[0], want)
		}
		if paneLineWith(lines, fmt.Sprintf("Story %d", i)) < 0 {
			t.Errorf("story %d not listed:\n%s", i, strings.Join(lines, "\n"))
		}
	}
	lib.Finish()
	p, _ = p.Update(paneRun(wait))
	if lines := paneLines(p.viewAt(40, 12)); !strings.Contains(lines[0], "3 briefings") {
		t.Errorf("finished: title %q", lines[0])
	}
}

func TestLibraryPaneNoMissedChange(t *testing.T) {
	lib := library.New()
	p := newTestLibrary(lib)
	lib.Put(library.Entry{ID: "late", Briefing: &briefing.Briefing{Title: "Late"}}) // before Init
	done := make(chan tea.Msg, 1)
	go func() { done <- paneRun(p.Init()) }()
	select {
	case msg := <-done:
		p, _ = p.Update(msg)
	case <-time.After(5 * time.Second):
		t.Fatal("a change between the pane's snapshot and Init was missed")
	}
	if paneLineWith(paneLines(p.viewAt(40, 8)), "Late") < 0 {
		t.Error("late entry not listed")
	}
}

func TestLibraryPaneScrollsHundreds(t *testing.T) {
	lib := library.New()
	day := time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)
	for i := range 500 {
		lib.Put(library.Entry{ID: fmt.Sprint(i), ModTime: day.Add(time.Duration(i) * time.Minute),
			Briefing: &briefing.Briefing{Title: fmt.Sprintf("Story %03d", i)}})
	}
	lib.Finish()
	p := newTestLibrary(lib)
	p.viewAt(40, 10)
	p, _ = pressLibrary(p, 40, 10, "G")
	if i := paneLineWith(paneLines(p.viewAt(40, 10)), "Story 000"); i < 0 || !strings.Contains(paneLines(p.viewAt(40, 10))[i], "▌") {
		t.Errorf("G should show and mark the oldest story:\n%s", paneText(p.viewAt(40, 10)))
	}
	p, _ = pressLibrary(p, 40, 10, "pgup", "pgup", "space", "pgup", "g")
	for i := range 40 {
		p, _ = pressLibrary(p, 40, 10, "down")
		want := fmt.Sprintf("Story %03d", 499-min(i+1, 499))
		if j := paneLineWith(paneLines(p.viewAt(40, 10)), want); j < 0 || !strings.Contains(paneLines(p.viewAt(40, 10))[j], "▌") {
			t.Fatalf("after %d downs %s should be selected and in view:\n%s", i+1, want, paneText(p.viewAt(40, 10)))
		}
	}
}

func BenchmarkLibraryPaneView(b *testing.B) {
	lib := library.New()
	for i := range 2000 {
		lib.Put(library.Entry{ID: fmt.Sprint(i), Briefing: &briefing.Briefing{Title: fmt.Sprintf("Story %d", i), Source: "Wire", Published: time.Now()}})
	}
	p := newTestLibrary(lib)
	p.viewAt(60, 60)
	for range 1000 {
		p, _ = p.Update(paneKey("j"))
	}
	b.ReportAllocs()
	for b.Loop() {
		p.viewAt(60, 60)
	}
}

func TestLibraryPaneClick(t *testing.T) {
	p := newTestLibrary(paneShelf(t))
	p.SetSize(60, 20)
	lines := paneLines(p.View())
	summit := paneLineWith(lines, "Harbour deal")
	p, msg := p.Click((summit + 1))
	if paneRun(msg) != nil {
		t.Errorf("first click should only select, got %#v", paneRun(msg))
	}
	if e, _ := p.selectedEntry(); e.ID != "news/harbour.txt" {
		t.Fatalf("click selected %q", e.ID)
	}
	if _, cmd := p.Click((summit)); paneRun(cmd) != (openMsg{id: "news/harbour.txt"}) {
		t.Errorf("second click should open, got %#v", paneRun(cmd))
	}
	for _, y := range []int{0, summit + 2, paneLineWith(lines, "Undated"), 19} {
		if q, cmd := p.Click((y)); cmd != nil || q.selected != p.selected {
			t.Errorf("click on row %d (no entry) changed something", y)
		}
	}
	// Under a kept filter the rows move down by the filter line.
	p, _ = pressLibrary(p, 60, 20, append(append([]string{"/"}, paneTypeText("news")...), "enter")...)
	lines = paneLines(p.viewAt(60, 20))
	broken := paneLineWith(lines, "broken.html")
	p, _ = p.Click((broken))
	p.viewAt(60, 20)
	if e, _ := p.selectedEntry(); e.ID != "news/broken.html" {
		t.Fatalf("click under a filter selected %q", e.ID)
	}
	if _, cmd := p.Click((broken)); cmd == nil {
		t.Error("a second click on a failed entry says nothing")
	} else if msg, ok := paneRun(cmd).(statusMsg); !ok || !strings.Contains(string(msg), "broken.html") {
		t.Errorf("a failed entry must not open but say why, got %#v", paneRun(cmd))
	}
}

func TestLibraryPaneWatchRechecks(t *testing.T) {
	lib := paneShelf(t)
	p := newTestLibrary(lib)
	p.recheck = 10 * time.Millisecond
	p.SetSize(60, 20)
	got := make(chan tea.Msg, 1)
	go func() { got <- paneRun(p.Init()) }()
	select {
	case msg := <-got:
		before := p.cache
		var next tea.Cmd
		p, next = p.Update(msg)
		if p.cache != before {
			t.Error("a recheck with no change should keep the rendered rows")
		}
		if next == nil {
			t.Error("the pane should keep watching after a recheck")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the watch did not return after its recheck time")
	}
	if p.size.height != 20 {
		t.Error("the size was lost")
	}
}

func TestLibraryPaneTruncatesLongEntries(t *testing.T) {
	lib := library.New()
	title := "A very long headline about the harbour deal that goes on and on"
	lib.Put(library.Entry{ID: "a.txt", Briefing: &briefing.Briefing{Title: title, Source: "The Extremely Long Name Of A Newspaper"}})
	lib.Finish()
	for _, w := range []int{20, 40, 60} {
		lines := paneLines(newTestLibrary(lib).viewAt(w, 6))
		row := strings.TrimPrefix(paneRowText(lines[2]), "● ")
		if !strings.HasSuffix(row, "…") || !strings.HasPrefix(title, strings.TrimSuffix(row, "…")) {
			t.Errorf("width %d: title row %q should be the start of the title cut with an ellipsis", w, row)
		}
		if meta := paneRowText(lines[3]); !strings.HasPrefix(meta, "The Extremely") || !strings.HasSuffix(meta, "…") {
			t.Errorf("width %d: details row %q should be cut with an ellipsis", w, meta)
		}
	}
	if row := strings.TrimPrefix(paneRowText(paneLines(newTestLibrary(lib).viewAt(80, 6))[2]), "● "); row != title {
		t.Errorf("width 80: title %q should be whole", row)
	}
}

func TestLibraryPaneWatchStopsWithTheReader(t *testing.T) {
	lib := paneShelf(t)
	p := newTestLibrary(lib)
	stop := make(chan struct{})
	p.stop = stop
	got := make(chan tea.Msg, 1)
	go func() { got <- paneRun(p.Init()) }()
	close(stop)
	select {
	case msg := <-got:
		if msg != nil {
			t.Errorf("a stopped watch should yield no message, got %#v", msg)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the watch outlived the reader")
	}
}

func BenchmarkLibraryRefreshWhileLoading(b *testing.B) {
	lib := library.New()
	for i := range 1000 {
		lib.Put(library.Entry{ID: fmt.Sprint(i), Briefing: &briefing.Briefing{Title: fmt.Sprintf("Story %d about Māori politics", i), Source: "Wire",
			Authors: []string{"Aroha Ngata"}, Published: time.Now()}})
	}
	p := newTestLibrary(lib)
	p.SetSize(80, 40)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		lib.Put(library.Entry{ID: fmt.Sprint("new", i), Briefing: &briefing.Briefing{Title: "A new one"}})
		p.refresh()
		i++
	}
}
