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
			for _, b := range g.bindings {
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

func TestReaderHelpListsEveryKeyItAnswers(t *testing.T) {
	text := ""
	for _, g := range DefaultKeyMap().readerHelp() {
		for _, b := range g.bindings {
			text += " " + b.Help().Key + " "
		}
	}
	for _, k := range []string{"f", "ctrl+d", "ctrl+u", "ctrl+c", "/", "i", "L", "P"} {
		if !strings.Contains(strings.ReplaceAll(text, "/", " "), " "+k+" ") && !(k == "/" && strings.Contains(text, " / ")) {
			t.Errorf("the reader's help does not list %q: %s", k, text)
		}
	}
	lib := ""
	for _, g := range DefaultKeyMap().libraryHelp() {
		for _, b := range g.bindings {
			lib += b.Help().Key + " " + b.Help().Desc + "; "
		}
	}
	if strings.Contains(lib, "jump") || strings.Contains(lib, "search") || !strings.Contains(lib, "filter") {
		t.Errorf("the library's help shows the reader's keys: %s", lib)
	}
}

func TestHelpViewShowsAllKeys(t *testing.T) {
	keys := DefaultKeyMap()
	for _, size := range [][2]int{{120, 30}, {80, 24}, {50, 60}} {
		// What does not fit is reached by scrolling.
		view := ""
		for off := 0; off <= helpHeight(keys.readerHelp(), size[0], size[1]); off++ {
			view += paneText(helpView(keys.readerHelp(), size[0], size[1], off, newPalette(true)))
		}
		for _, g := range keys.readerHelp() {
			if !strings.Contains(view, g.title) {
				t.Errorf("%v: group %q missing:\n%s", size, g.title, view)
			}
			for _, b := range g.bindings {
				row := b.Help().Key + strings.Repeat(" ", 2)
				if !strings.Contains(view, row) || !strings.Contains(view, b.Help().Desc) {
					t.Errorf("%v: %q / %q missing:\n%s", size, b.Help().Key, b.Help().Desc, view)
				}
			}
		}
	}
}

func TestHelpViewGroupOrder(t *testing.T) {
	lines := paneLines(helpView(DefaultKeyMap().readerHelp(), 40, 80, 0, newPalette(false)))
	prev := 0
	for _, title := range []string{"Move", "Quotes and sections", "Search", "Panes", "Other"} {
		i := paneLineWith(lines, title)
		if i <= prev {
			t.Fatalf("in one column, %q should come after row %d, found at %d:\n%s", title, prev, i, strings.Join(lines, "\n"))
		}
		prev = i
	}
}

func TestHelpViewUsesColumnsWhenShort(t *testing.T) {
	lines := paneLines(helpView(DefaultKeyMap().readerHelp(), 120, 16, 0, newPalette(true)))
	move, search := paneLineWith(lines, "Move"), paneLineWith(lines, "Search")
	if move < 0 || search < 0 || !strings.Contains(lines[move], "Quotes and sections") {
		t.Errorf("a short wide view should put groups side by side:\n%s", strings.Join(lines, "\n"))
	}
	if paneLineWith(lines, "quit") < 0 {
		t.Errorf("every key should fit in 120x16:\n%s", strings.Join(lines, "\n"))
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
