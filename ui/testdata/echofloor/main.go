// Command echofloor is the smallest Bubble Tea v2 program that fills the
// screen with text and scrolls it by a line on j and k, at the frame rate
// the reader uses. The pseudo-terminal measurement in ui/pty_test.go runs it
// beside brief, so the echo time of the framework alone is measured the
// same way, on the same machine, as the reader's.
package main

import (
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"

	"brief/ui"
)

type model struct {
	width, height, top int
}

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		case "j":
			m.top++
		case "k":
			m.top--
		}
	}
	return m, nil
}

// View draws a title line, then a full screen of styled text lines that
// start at m.top, so every scroll changes every line below the title.
func (m model) View() tea.View {
	var b strings.Builder
	b.WriteString("\x1b[1mEcho floor § 1/1\x1b[m\n")
	for y := 1; y < m.height; y++ {
		n := m.top + y
		line := fmt.Sprintf("\x1b[38;5;252mline %d: the quick brown fox jumps over the lazy dog %d\x1b[m", n, n*7)
		b.WriteString(line)
		if pad := m.width - len(fmt.Sprintf("line %d: the quick brown fox jumps over the lazy dog %d", n, n*7)); pad > 0 {
			b.WriteString(strings.Repeat(" ", pad))
		}
		if y < m.height-1 {
			b.WriteByte('\n')
		}
	}
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}, tea.WithFPS(ui.FPS)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "echofloor:", err)
		os.Exit(1)
	}
}
