// Command echofloor is the smallest Bubble Tea v2 program that fills the
// screen with text and scrolls it by a line on j and k, at the frame rate
// the reader uses (-fps). The pseudo-terminal measurement in ui/pty_test.go runs it
// beside brief, so the echo time of the framework alone is measured the
// same way, on the same machine, as the reader's.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
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
	// The frame rate is the reader's, given by the measurement; the floor
	// links nothing of brief, so it starts as fast as Bubble Tea can.
	fps := flag.Int("fps", 120, "frames per second")
	flag.Parse()
	if _, err := tea.NewProgram(model{}, tea.WithFPS(*fps)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "echofloor:", err)
		os.Exit(1)
	}
}
