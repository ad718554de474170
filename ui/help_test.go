package ui

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

func TestHelpGroupsCoverEveryBinding(t *testing.T) {
	keys := DefaultKeyMap()
	listed := map[string]bool{}
	views := map[string][]helpGroup{"reader": keys.readerHelp(), "library": keys.libraryHelp(), "people": keys.peopleHelp()}
	for name, groups := range views {
		inView := map[string]int{}
		for _, g := range groups {
			for _, b := range g.bindings() {
				listed[b.Help().Key] = true
				inView[b.Help().Key]++
			}
		}
		for k, n := range inView {
			if n != 1 {
				t.Errorf("%s help lists %q %d times, want one entry per key", name, k, n)
			}
		}
	}
	v := reflect.ValueOf(keys)
	for i := range v.NumField() {
		b, ok := v.Field(i).Interface().(key.Binding)
		if !ok {
			continue
		}
		if !listed[b.Help().Key] {
			t.Errorf("KeyMap.%s (%s) is in no view's help", v.Type().Field(i).Name, b.Help().Key)
		}
	}
}

// helpKeyNames is how the help writes the keys whose names it shortens.
var helpKeyNames = map[string]string{"up": "↑", "down": "↓", "pgdown": "pgdn"}

// TestHelpNamesEveryKeyOfABinding checks that the help of each view
// writes every key of every binding it lists: pgdown answered to page
// down without the help saying so.
func TestHelpNamesEveryKeyOfABinding(t *testing.T) {
	keys := DefaultKeyMap()
	for name, groups := range map[string][]helpGroup{"reader": keys.readerHelp(), "library": keys.libraryHelp(), "people": keys.peopleHelp()} {
		for _, g := range groups {
			for _, b := range g.bindings() {
				label := "/" + b.Help().Key + "/"
				for _, k := range b.Keys() {
					if n, ok := helpKeyNames[k]; ok {
						k = n
					}
					if !strings.Contains(label, "/"+k+"/") {
						t.Errorf("%s help: %q does not name %q, which it answers to", name, b.Help().Key, k)
					}
				}
			}
		}
	}
}

func TestReaderHelpListsEveryKeyItAnswers(t *testing.T) {
	text := ""
	for _, g := range DefaultKeyMap().readerHelp() {
		for _, b := range g.bindings() {
			text += " " + b.Help().Key + " "
		}
	}
	for _, k := range []string{"f", "pgdn", "ctrl+d", "ctrl+u", "ctrl+c", "/", "i", "L", "P", "c"} {
		if !strings.Contains(strings.ReplaceAll(text, "/", " "), " "+k+" ") && !(k == "/" && strings.Contains(text, " / ")) {
			t.Errorf("the reader's help does not list %q: %s", k, text)
		}
	}
	lib := ""
	for _, g := range DefaultKeyMap().libraryHelp() {
		for _, l := range g.lines() {
			lib += l.keys + " " + l.desc + "; "
		}
	}
	if strings.Contains(lib, "jump") || strings.Contains(lib, "search") || !strings.Contains(lib, "filter") {
		t.Errorf("the library's help shows the reader's keys: %s", lib)
	}
}

func TestHelpViewShowsAllKeys(t *testing.T) {
	keys := DefaultKeyMap()
	for _, size := range [][2]int{{120, 30}, {80, 24}, {50, 60}, {60, 18}} {
		// What does not fit is reached by scrolling.
		view := ""
		for off := 0; off <= helpHeight(keys.readerHelp(), size[0], size[1]); off++ {
			view += paneText(helpView(keys.readerHelp(), size[0], size[1], off, newPalette(true)))
		}
		for _, g := range keys.readerHelp() {
			if !strings.Contains(view, g.title) {
				t.Errorf("%v: group %q missing:\n%s", size, g.title, view)
			}
			for _, l := range g.lines() {
				if !strings.Contains(view, l.keys+"  ") || !strings.Contains(view, l.desc) {
					t.Errorf("%v: %q / %q missing:\n%s", size, l.keys, l.desc, view)
				}
			}
		}
	}
}

func TestHelpViewGroupOrder(t *testing.T) {
	lines := paneLines(helpView(DefaultKeyMap().readerHelp(), 40, 80, 0, newPalette(false)))
	prev := 0
	for _, title := range []string{"Move", "Search", "Quotes", "Sections", "Panes", "Other"} {
		i := paneLineWith(lines, title)
		if i <= prev {
			t.Fatalf("in one column, %q should come after row %d, found at %d:\n%s", title, prev, i, strings.Join(lines, "\n"))
		}
		prev = i
	}
}

func TestHelpViewUsesColumnsWhenShort(t *testing.T) {
	lines := paneLines(helpView(DefaultKeyMap().readerHelp(), 120, 16, 0, newPalette(true)))
	move := paneLineWith(lines, "Move")
	if move < 0 || !strings.Contains(lines[move], "Quotes") || !strings.Contains(lines[move], "Panes") {
		t.Errorf("a short wide view should put groups side by side:\n%s", strings.Join(lines, "\n"))
	}
	if paneLineWith(lines, "quit") < 0 || paneLineWith(lines, "scroll") >= 0 {
		t.Errorf("every key should fit in 120x16:\n%s", strings.Join(lines, "\n"))
	}
}

// TestHelpColumnsAreBalanced lays the reader's help out where it takes two
// and three columns: no column is more than two rows taller than another,
// and at 80x24, ctrl+z with them, two rows are left under the tallest. The
// first column was Move over Quotes and sections, filling 80x24 to its
// last row, beside a column a third shorter.
func TestHelpColumnsAreBalanced(t *testing.T) {
	groups := DefaultKeyMap().readerHelp()
	for _, tc := range []struct{ w, h, cols int }{{80, 24, 2}, {100, 40, 1}, {120, 16, 3}, {200, 16, 3}} {
		l := computeLayout(tc.w, tc.h, 80)
		columns := helpLayout(groups, l.width, l.bodyH)
		if len(columns) != tc.cols {
			t.Errorf("%dx%d: %d columns, want %d", tc.w, tc.h, len(columns), tc.cols)
			continue
		}
		low, high := columns[0].height(), columns[0].height()
		for _, c := range columns {
			low, high = min(low, c.height()), max(high, c.height())
		}
		if high-low > 2 {
			t.Errorf("%dx%d: columns of %d to %d rows", tc.w, tc.h, low, high)
		}
		if helpWidth(columns) > tc.w || high > l.bodyH-1 {
			t.Errorf("%dx%d: the help takes %dx%d of %dx%d", tc.w, tc.h, helpWidth(columns), high, tc.w, l.bodyH-1)
		}
		if tc.w == 80 && high > l.bodyH-1-2 {
			t.Errorf("80x24: the help takes %d of %d rows, want two to spare", high, l.bodyH-1)
		}
	}
}

// TestHelpPairsShareARowWhenShort checks that two opposite keys share a
// row under their common description, and that a pair remapped to keys too
// long for one row takes a row for each, with each key's own description.
func TestHelpPairsShareARowWhenShort(t *testing.T) {
	keys := DefaultKeyMap()
	view := paneText(helpView(keys.readerHelp(), 100, 40, 0, newPalette(true)))
	if !strings.Contains(view, "] [  ") || !strings.Contains(view, "next / previous") {
		t.Errorf("] and [ do not share a row:\n%s", view)
	}
	keys.NextQuote = key.NewBinding(key.WithKeys("alt+down"), key.WithHelp("alt+down", "next quote"))
	keys.PrevQuote = key.NewBinding(key.WithKeys("alt+up"), key.WithHelp("alt+up", "previous quote"))
	view = paneText(helpView(keys.readerHelp(), 100, 40, 0, newPalette(true)))
	if strings.Contains(view, "alt+down alt+up") || !strings.Contains(view, "next quote") || !strings.Contains(view, "previous quote") {
		t.Errorf("a long pair shares a row:\n%s", view)
	}
	keys.PrevQuote.SetEnabled(false)
	if view = paneText(helpView(keys.readerHelp(), 100, 40, 0, newPalette(true))); strings.Contains(view, "alt+up") || !strings.Contains(view, "next quote") {
		t.Errorf("a pair with one key disabled:\n%s", view)
	}
}

func TestHelpViewFollowsKeyMap(t *testing.T) {
	keys := DefaultKeyMap()
	keys.Quit = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "leave the reader"))
	keys.Copy.SetEnabled(false)
	view := paneText(helpView(keys.readerHelp(), 100, 40, 0, newPalette(true)))
	if !strings.Contains(view, "x  ") || !strings.Contains(view, "leave the reader") {
		t.Errorf("remapped key not shown:\n%s", view)
	}
	if strings.Contains(view, "copy quote") {
		t.Errorf("disabled key shown:\n%s", view)
	}
}

func TestHelpViewExactSize(t *testing.T) {
	for _, w := range []int{0, 1, 5, 20, 33, 80, 200} {
		for _, h := range []int{0, 1, 3, 10, 24, 80} {
			assertPaneSize(t, helpView(DefaultKeyMap().readerHelp(), w, h, 0, newPalette(true)), w, h)
		}
	}
}

func BenchmarkHelpView(b *testing.B) {
	keys := DefaultKeyMap()
	pal := newPalette(true)
	for b.Loop() {
		helpView(keys.readerHelp(), 100, 30, 0, pal)
	}
}
