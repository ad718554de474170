package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// searchKey handles a key while the search prompt is open: enter searches
// and jumps to the first match below the top, esc closes the prompt.
func (m *model) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.searching = false
		m.input.Blur()
		return nil
	case msg.String() == "enter":
		m.searching = false
		m.input.Blur()
		q := m.input.Value()
		m.article.search(q)
		if q == "" {
			return nil
		}
		if len(m.article.matches) == 0 {
			m.status = fmt.Sprintf("no match for %q", sanitizeLine(q))
			m.article.search("")
			return nil
		}
		m.article.nextMatch(1)
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}
