package ui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/library"
)

func TestDrawnIsCalledOnceTwoFramesAfterTheSize(t *testing.T) {
	lib := library.New() // a file still importing: the progress shows
	calls := 0
	m := New(Options{Library: lib, Drawn: func() { calls++ }})
	start := time.Now()
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if cmd == nil {
		t.Fatal("no command after the first size: Drawn is never called")
	}
	if calls != 0 {
		t.Fatal("Drawn called before the frame could be out")
	}
	cmd()
	if took := time.Since(start); calls != 1 || took < 2*time.Second/FPS {
		t.Errorf("Drawn called %d times after %v; want once, two frame periods (%v) after the size", calls, took, 2*time.Second/FPS)
	}
	if _, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30}); cmd != nil {
		cmd()
	}
	if calls != 1 {
		t.Errorf("Drawn called %d times after a resize, want once in all", calls)
	}
}
