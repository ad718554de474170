package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/library"
)

// libraryPane lists the briefings of a library, filterable with `/`. (Contract
// stub: the panes' author replaces the body, keeping these signatures.)
type libraryPane struct {
	lib  *library.Library
	keys *KeyMap
	pal  palette
}

// newLibraryPane returns the list for a library.
func newLibraryPane(lib *library.Library, keys *KeyMap, pal palette) libraryPane {
	return libraryPane{lib: lib, keys: keys, pal: pal}
}

// Init starts watching the library for changes (libraryChangedMsg).
func (p libraryPane) Init() tea.Cmd { return nil }

// Update handles keys (up/down, `/` to filter, enter returns an openMsg
// command) and libraryChangedMsg (refresh and watch again).
func (p libraryPane) Update(msg tea.Msg) (libraryPane, tea.Cmd) { return p, nil }

// View renders the list into exactly width x height cells.
func (p libraryPane) View(width, height int) string { return "" }
