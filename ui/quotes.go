package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/briefing"
)

// quotesPane lists every quote with speaker and role. (Contract stub: the
// panes' author replaces the body, keeping these signatures.)
type quotesPane struct {
	b        *briefing.Briefing
	keys     *KeyMap
	pal      palette
	selected int
}

// newQuotesPane returns the quotes pane for a briefing.
func newQuotesPane(b *briefing.Briefing, keys *KeyMap, pal palette) quotesPane {
	return quotesPane{b: b, keys: keys, pal: pal, selected: -1}
}

// Update handles keys when the pane is focused (up/down move the selection,
// enter returns a jumpMsg command) and selectQuoteMsg at any time.
func (p quotesPane) Update(msg tea.Msg) (quotesPane, tea.Cmd) {
	if m, ok := msg.(selectQuoteMsg); ok {
		p.selected = m.index
	}
	return p, nil
}

// View renders the pane into exactly width x height cells.
func (p quotesPane) View(width, height int, focused bool) string { return "" }

// Selected is the index of the selected quote, or -1.
func (p quotesPane) Selected() int { return p.selected }
