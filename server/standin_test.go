package server

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/briefing"
	"brief/library"
	"brief/state"
	"brief/ui"
)

// standIn is a small reader model with the behaviour the server relies on
// from the real one: a library list that refreshes, a briefing with its
// quotes and facts, `]` to select the next quote (saved in the store), and
// ui.NoticeMsg to print a notice and quit, leaving the alternate screen.
type standIn struct {
	opts    ReaderOptions
	entries []library.Entry
	cursor  int
	open    *briefing.Briefing
	quote   int
	scroll  int
	w, h    int
	notice  string
}

type libChanged struct{}

func newStandIn(o ReaderOptions) tea.Model {
	m := &standIn{opts: o, quote: -1}
	m.entries, _ = o.Library.Snapshot()
	return m
}

// waitLibrary polls the library: a command blocked on Library.Changed
// would outlive the session when the library never changes.
func (m *standIn) waitLibrary() tea.Cmd {
	return tea.Tick(50*time.Millisecond, func(time.Time) tea.Msg { return libChanged{} })
}

func (m *standIn) Init() tea.Cmd {
	m.entries, _ = m.opts.Library.Snapshot()
	return m.waitLibrary()
}

func (m *standIn) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case libChanged:
		m.entries, _ = m.opts.Library.Snapshot()
		return m, m.waitLibrary()
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case ui.NoticeMsg:
		m.notice = msg.Text
		return m, tea.Quit
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		case "!":
			panic("stand-in panic")
		case "j":
			if m.open != nil {
				m.scroll++
			} else {
				m.cursor = min(m.cursor+1, len(m.entries)-1)
			}
		case "enter":
			if m.cursor < len(m.entries) && m.entries[m.cursor].Briefing != nil {
				e := m.entries[m.cursor]
				m.open = e.Briefing
				m.quote = -1
				if r, ok, _ := m.opts.Store.Load(m.opts.Reader, e.ID); ok {
					m.quote = r.Quote
				}
			}
		case "]":
			if m.open != nil && len(m.open.Quotes) > 0 {
				m.quote = (m.quote + 1) % len(m.open.Quotes)
				_ = m.opts.Store.Save(m.opts.Reader, m.entries[m.cursor].ID, state.Reading{Quote: m.quote, Updated: time.Now()})
			}
		}
	}
	return m, nil
}

func (m *standIn) View() tea.View {
	if m.notice != "" {
		return tea.NewView(m.notice + "\n")
	}
	var b strings.Builder
	if m.open == nil {
		b.WriteString("LIBRARY\n")
		for i, e := range m.entries {
			mark := "  "
			if i == m.cursor {
				mark = "> "
			}
			title := e.ID
			if e.Briefing != nil {
				title = e.Briefing.Title
			}
			fmt.Fprintf(&b, "%s%s\n", mark, title)
		}
	} else {
		fmt.Fprintf(&b, "%s\n\nQUOTES\n", m.open.Title)
		for i, q := range m.open.Quotes {
			mark := "  "
			if i == m.quote {
				mark = "▶ "
			}
			fmt.Fprintf(&b, "%s%s (%s)\n", mark, q.Text, q.Speaker)
		}
		b.WriteString("\nKEY FACTS\n")
		for _, f := range m.open.Facts {
			fmt.Fprintf(&b, "  %s: %s\n", f.Kind, f.Text)
		}
	}
	fmt.Fprintf(&b, "\nsize %dx%d line %d", m.w, m.h, m.scroll)
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}
