package ui

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

func TestHelpGroupsCoverEveryBinding(t *testing.T) {
	keys := DefaultKeyMap()
	listed := map[string]int{}
	for _, g := range keys.helpGroups() {
		for _, b := range g.bindings {
			listed[b.Help().Key+" "+b.Help().Desc]++
		}
	}
	v := reflect.ValueOf(keys)
	for i := range v.NumField() {
		b, ok := v.Field(i).Interface().(key.Binding)
		if !ok {
			continue
		}
		if listed[b.Help().Key+" "+b.Help().Desc] != 1 {
			t.Errorf("KeyMap.%s (%s) should be in exactly one help group", v.Type().Field(i).Name, b.Help().Key)
		}
	}
}

func TestHelpViewShowsAllKeys(t *testing.T) {
	keys := DefaultKeyMap()
	for _, size := range [][2]int{{120, 30}, {80, 24}, {50, 60}} {
		view := paneText(helpView(keys, size[0], size[1], newPalette(true)))
		for _, g := range keys.helpGroups() {
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
	lines := paneLines(helpView(DefaultKeyMap(), 40, 80, newPalette(false)))
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
	lines := paneLines(helpView(DefaultKeyMap(), 120, 16, newPalette(true)))
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
	view := paneText(helpView(keys, 100, 40, newPalette(true)))
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
			assertPaneSize(t, helpView(DefaultKeyMap(), w, h, newPalette(true)), w, h)
		}
	}
}

func BenchmarkHelpView(b *testing.B) {
	keys := DefaultKeyMap()
	pal := newPalette(true)
	for b.Loop() {
		helpView(keys, 100, 30, pal)
	}
}
