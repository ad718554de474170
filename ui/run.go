package ui

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// FPS is the frame rate the reader asks Bubble Tea for: a frame is flushed
// at most 1/FPS after a key press, so 120 keeps the echo under 10 ms.
const FPS = 120

// Run runs a reader program in the terminal (alternate screen) until the
// reader quits or ctx is cancelled. Extra program options come after the
// reader's own, so they can override them.
func Run(ctx context.Context, opts Options, progOpts ...tea.ProgramOption) error {
	all := append([]tea.ProgramOption{tea.WithContext(ctx), tea.WithFPS(FPS)}, progOpts...)
	m := newModel(opts)
	painted := opts.Terminal != nil && paintFirstFrame(m, opts.Terminal)
	// Bubble Tea measures each frame's text with wcwidth, whose table of
	// the widths of all characters is built on the first one past U+02FF
	// (about 1.3 ms, writing 2 MB): built now, while the program starts
	// and waits for its first frame period, it is ready for that frame
	// instead of delaying it. The painted frame does not need it (lipgloss
	// measures by grapheme), and would compete with it for the processors.
	go ansi.WcWidth.StringWidth("\u2014")
	p := tea.NewProgram(m, all...)
	final, err := p.Run()
	if painted && (err != nil || !endsOnAltScreen(final)) {
		// Bubble Tea leaves the alternate screen only when its last frame
		// was on it: not when it stopped early, nor when the reader ended
		// on an empty view (the one file could not be read) before a tick.
		leaveFirstFrame(opts.Terminal)
	}
	if err != nil {
		if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("running the reader: %w", err)
	}
	if m, ok := final.(*model); ok && m.openErr != nil {
		return m.openErr // the one file given could not be read
	}
	return nil
}

// endsOnAltScreen reports whether a reader's last view is on the
// alternate screen, as Bubble Tea's last frame then is.
func endsOnAltScreen(final tea.Model) bool {
	m, ok := final.(*model)
	return ok && m.View().AltScreen
}
