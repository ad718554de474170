package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/briefing"
)

// copyQuote puts the selected quote with its attribution on the clipboard
// through OSC 52, which the terminal (also at the end of an SSH session)
// carries out.
func (m *model) copyQuote() tea.Cmd {
	i := m.quotes.Selected()
	if m.b == nil || i < 0 || i >= len(m.b.Quotes) {
		m.status = "no quote selected: ] selects the next one"
		return nil
	}
	m.status = "copied the quote"
	return tea.SetClipboard(quoteClip(m.b.Quotes[i]))
}

// quoteClip is the text `y` copies: “…” — Name, role.
func quoteClip(q briefing.Quote) string {
	s := "“" + sanitizeLine(q.Text) + "”"
	if a := sanitizeLine(q.Attribution()); a != "" {
		s += " — " + a
	}
	return s
}
