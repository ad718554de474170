package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/briefing"
)

// factsPane lists the key facts grouped by kind. (Contract stub: the panes'
// author replaces the body, keeping these signatures.)
type factsPane struct {
	b    *briefing.Briefing
	keys *KeyMap
	pal  palette
}

// newFactsPane returns the key-facts pane for a briefing.
func newFactsPane(b *briefing.Briefing, keys *KeyMap, pal palette) factsPane {
	return factsPane{b: b, keys: keys, pal: pal}
}

// Update handles keys when the pane is focused: up/down move the selection,
// enter returns a jumpMsg command for the first mention, and again for the
// next one ("2/5").
func (p factsPane) Update(msg tea.Msg) (factsPane, tea.Cmd) { return p, nil }

// View renders the pane into exactly width x height cells.
func (p factsPane) View(width, height int, focused bool) string { return "" }
