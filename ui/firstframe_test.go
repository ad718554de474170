package ui

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/vt"
	"github.com/charmbracelet/x/xpty"

	"brief/briefing"
	"brief/library"
)

// ttyScreen is a pseudo-terminal whose program side is handed to Run in
// this process; what Run writes is read into a virtual terminal, and the
// output is kept write by write.
type ttyScreen struct {
	pty    *xpty.UnixPty
	mu     sync.Mutex
	emu    *vt.Emulator
	writes []string // the program's output, as read
	seen   chan struct{}
}

func newTTYScreen(t *testing.T, w, h int) *ttyScreen {
	t.Helper()
	pt, err := xpty.NewUnixPty(w, h)
	if err != nil {
		t.Fatalf("opening a pseudo-terminal: %v", err)
	}
	s := &ttyScreen{pty: pt, emu: vt.NewEmulator(w, h), seen: make(chan struct{}, 1)}
	go func() { _, _ = io.Copy(pt, s.emu) }() // the terminal's replies
	go readAll(pt, func(out []byte) {
		s.mu.Lock()
		s.writes = append(s.writes, string(out))
		_, _ = s.emu.Write(out)
		s.mu.Unlock()
		select {
		case s.seen <- struct{}{}:
		default:
		}
	})
	t.Cleanup(func() { _ = pt.Close() })
	return s
}

// waitFor waits until cond holds of the screen and the output so far.
func (s *ttyScreen) waitFor(t *testing.T, what string, cond func(screen, out string) bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		s.mu.Lock()
		ok := cond(s.emu.String(), strings.Join(s.writes, ""))
		s.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-s.seen:
		case <-deadline:
			s.mu.Lock()
			defer s.mu.Unlock()
			t.Fatalf("timed out waiting for %s; screen:\n%s", what, s.emu.String())
		}
	}
}

// TestRunPaintsTheFirstFrameAtOnce runs the reader in a pseudo-terminal
// as the command does for a local terminal, at three sizes: its first
// output is the first frame, painted before Bubble Tea's first frame
// period, on the alternate screen; Bubble Tea's own first frame then draws
// the same screen, colours and all; and quitting leaves the alternate
// screen with the cursor shown.
func TestRunPaintsTheFirstFrameAtOnce(t *testing.T) {
	b := cyberBriefing(t)
	// The paint and Bubble Tea both read the terminal's kind from the
	// process's environment, as they do when brief runs.
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("COLORTERM", "")
	t.Setenv("NO_COLOR", "")
	for _, size := range [][2]int{{40, 12}, {80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			// A message the reader gets between the paint and Bubble Tea's
			// first frame (a chunk rendered in the background) may change
			// the frame, as it may any frame; on a loaded machine that
			// happens now and then, so the comparison is tried up to three
			// times and must hold once.
			var diff string
			for attempt := 0; attempt < 3; attempt++ {
				if diff = paintAgainstFirstFrame(t, b, size); diff == "" {
					return
				}
			}
			t.Error(diff)
		})
	}
}

// paintAgainstFirstFrame runs the reader on b in a pseudo-terminal of the
// given size, checks its first output, the alternate screen and quitting,
// and returns where Bubble Tea's first frame differs from the painted one,
// or "".
func paintAgainstFirstFrame(t *testing.T, b *briefing.Briefing, size [2]int) (diff string) {
	t.Helper()
	s := newTTYScreen(t, size[0], size[1])
	tty := s.pty.Slave()
	opts := Options{Library: library.FromBriefings([]*briefing.Briefing{b}), Terminal: tty, Width: 80, Style: "dark"}
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), opts, tea.WithInput(tty), tea.WithOutput(tty))
	}()

	var painted []uv.Cell
	s.waitFor(t, "the painted frame", func(screen, out string) bool {
		painted = cellsOf(s.emu)
		// the status line's end: the whole paint is read
		return strings.Contains(screen, "Russia") && strings.Contains(screen, "§ 1/") && strings.Contains(screen, "q quit")
	})
	s.mu.Lock()
	first := s.writes[0]
	s.mu.Unlock()
	if !strings.HasPrefix(first, "\x1b[?1049h") {
		t.Errorf("the first output does not enter the alternate screen: %q", first[:min(len(first), 40)])
	}
	// Bubble Tea's first frame asks the terminal about synchronized
	// output and sets the window title; the painted frame came
	// before it.
	if strings.Contains(first, "\x1b]2;") {
		t.Errorf("the first output is Bubble Tea's frame, not the painted one")
	}
	s.waitFor(t, "Bubble Tea's first frame", func(screen, out string) bool {
		return strings.Contains(out, "\x1b]2;")
	})
	time.Sleep(50 * time.Millisecond) // the rest of that frame
	s.mu.Lock()
	drawn, alt, screen := cellsOf(s.emu), s.emu.IsAltScreen(), s.emu.String()
	s.mu.Unlock()
	for i := range drawn {
		if !looksSame(painted[i], drawn[i]) {
			diff = fmt.Sprintf("Bubble Tea's first frame differs from the painted one at line %d, column %d: %q %+v painted, %q %+v drawn; drawn:\n%s",
				i/size[0]+1, i%size[0]+1, painted[i].Content, painted[i].Style, drawn[i].Content, drawn[i].Style, screen)
			break
		}
	}
	if !alt {
		t.Error("the reader is not on the alternate screen")
	}

	if _, err := s.pty.Write([]byte("q")); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader did not quit on q")
	}
	s.waitFor(t, "the main screen with the cursor shown", func(screen, out string) bool {
		return strings.Contains(out, "\x1b[?1049l") && !s.emu.IsAltScreen() && !s.emu.CursorHidden()
	})
	return diff
}

// cellsOf copies the emulator's screen, cell by cell, row after row.
func cellsOf(emu *vt.Emulator) []uv.Cell {
	var out []uv.Cell
	for y := range emu.Height() {
		for x := range emu.Width() {
			if c := emu.CellAt(x, y); c != nil {
				out = append(out, *c)
			} else {
				out = append(out, uv.Cell{})
			}
		}
	}
	return out
}

// looksSame reports whether two cells look the same on a screen: the same
// character with the same style; of a blank, only what shows counts (its
// background, underline, strike-through, and its foreground when it is
// drawn in reverse), not its weight, slant or foreground colour.
func looksSame(a, b uv.Cell) bool {
	blank := func(c string) bool { return c == "" || c == " " }
	if blank(a.Content) && blank(b.Content) {
		shown := func(s uv.Style) uv.Style {
			out := uv.Style{Bg: s.Bg, Underline: s.Underline, UnderlineColor: s.UnderlineColor, Attrs: s.Attrs & (uv.AttrReverse | uv.AttrStrikethrough)}
			if s.Attrs&uv.AttrReverse != 0 {
				out.Fg = s.Fg
			}
			return out
		}
		sa, sb := shown(a.Style), shown(b.Style)
		return sa.Equal(&sb)
	}
	return a.Content == b.Content && a.Style.Equal(&b.Style)
}

// TestRunLeavesThePaintedFrameWhenItEndsEarly: a reader that ends before
// Bubble Tea drew on the alternate screen (the one file it waited for
// could not be read) still leaves the terminal on the main screen with the
// cursor shown. (A program killed as it starts would be the other case,
// but Bubble Tea 2.1.1 then closes its input while its read loop starts,
// which the race detector reports, so it is not run here.)
func TestRunLeavesThePaintedFrameWhenItEndsEarly(t *testing.T) {
	for _, c := range []struct {
		name string
		run  func(s *ttyScreen) error
	}{
		{"the file cannot be read", func(s *ttyScreen) error {
			tty := s.pty.Slave()
			hold := make(chan struct{})
			missing := filepath.Join(t.TempDir(), "missing.txt")
			lib := library.LoadWith([]string{missing}, library.LoadOptions{Hold: hold})
			opts := Options{Library: lib, Terminal: tty, Style: "dark", Drawn: func() {}}
			// The import starts, and fails, once the frame is painted:
			// before Bubble Tea's first frame period ends.
			go func() {
				s.waitFor(t, "the painted frame", func(_, out string) bool { return strings.Contains(out, "\x1b[?1049h") })
				close(hold)
			}()
			err := Run(context.Background(), opts, tea.WithInput(tty), tea.WithOutput(tty))
			if err == nil || !strings.Contains(err.Error(), "missing.txt") {
				t.Errorf("Run returned %v, want the file's error", err)
			}
			return nil
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := newTTYScreen(t, 80, 24)
			if err := c.run(s); err != nil {
				t.Fatalf("Run: %v", err)
			}
			s.waitFor(t, "the main screen with the cursor shown", func(screen, out string) bool {
				return strings.Contains(out, "\x1b[?1049l") && !s.emu.IsAltScreen() && !s.emu.CursorHidden()
			})
			s.mu.Lock()
			defer s.mu.Unlock()
			if !strings.HasPrefix(strings.Join(s.writes, ""), "\x1b[?1049h") {
				t.Error("nothing was painted")
			}
			if s.emu.IsAltScreen() || s.emu.CursorHidden() {
				t.Errorf("alternate screen %v, cursor hidden %v", s.emu.IsAltScreen(), s.emu.CursorHidden())
			}
		})
	}
}
