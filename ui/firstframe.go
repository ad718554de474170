package ui

import (
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// Bubble Tea writes frames only on its frame ticker, and its first tick
// comes one frame period (1/FPS, 8.3 ms) after the program starts, though
// the reader's first frame is ready within a millisecond or two of that.
// So that the screen does not wait for the tick, Run paints that first
// frame itself in the local terminal just before the program starts: the
// alternate screen, cleared, and the frame's lines, with the colours the
// terminal takes. Bubble Tea's own first frame then enters the alternate
// screen (already there), clears it and draws the frame again, in one
// write, so nothing of the painted frame can outlast it; it is the same
// frame unless a message changed it in between. Over SSH there is no such
// paint: Run is for the local terminal only.

// paintFirstFrame lays the reader out for the terminal's size and writes
// its first frame to the terminal. It reports whether it painted: nothing
// is written when the output is not a terminal whose size can be read or
// when the first view is not on the alternate screen.
func paintFirstFrame(m *model, out *os.File) bool {
	w, h, err := term.GetSize(out.Fd())
	if err != nil || w <= 0 || h <= 0 {
		return false
	}
	v := m.firstView(w, h)
	if !v.AltScreen || v.Content == "" {
		return false
	}
	return writeFrame(colorprofile.NewWriter(out, os.Environ()), v.Content) == nil
}

// firstView lays the panes out for a w x h screen and returns the view
// drawn at that size, as the first WindowSizeMsg would; that message
// still comes, and finds the layout already done.
func (m *model) firstView(w, h int) tea.View {
	m.width, m.height = w, h
	m.resize()
	m.prepareView()
	return m.View()
}

// writeFrame writes a frame's content on the alternate screen, cleared,
// with the cursor hidden; the content's lines are joined by CR LF, since
// the terminal is not in raw mode yet and the last line takes no line
// feed, so that the screen does not scroll.
func writeFrame(w io.Writer, content string) error {
	var sb strings.Builder
	sb.WriteString(ansi.SetModeAltScreenSaveCursor)
	sb.WriteString(ansi.HideCursor)
	sb.WriteString(ansi.CursorHomePosition)
	sb.WriteString(ansi.EraseEntireScreen)
	sb.WriteString(strings.ReplaceAll(strings.TrimSuffix(content, "\n"), "\n", "\r\n"))
	_, err := io.WriteString(w, sb.String())
	return err
}

// leaveFirstFrame undoes the paint when Bubble Tea ended before it drew
// (it then leaves the terminal as it found it, not knowing of the paint):
// back to the main screen, with the cursor shown.
func leaveFirstFrame(out io.Writer) {
	_, _ = io.WriteString(out, ansi.ResetModeAltScreenSaveCursor+ansi.ShowCursor)
}
