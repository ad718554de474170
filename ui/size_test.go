package ui

// viewAt sizes a copy of the pane and draws it, as the root does.
func (p quotesPane) viewAt(width, height int, focused bool) string {
	p.SetSize(width, height)
	return p.View(focused)
}

// viewAt sizes a copy of the pane and draws it, as the root does.
func (p factsPane) viewAt(width, height int, focused bool) string {
	p.SetSize(width, height)
	return p.View(focused)
}

// viewAt sizes a copy of the list and draws it, as the root does.
func (p libraryPane) viewAt(width, height int) string {
	p.SetSize(width, height)
	return p.View()
}
