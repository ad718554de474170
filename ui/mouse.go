package ui

import (
	tea "charm.land/bubbletea/v2"
)

// paneAt says which pane is under screen cell (x, y), and its origin.
func (m *model) paneAt(x, y int) (pane, int, int, bool) {
	l := m.lay
	if y < l.bodyY || y >= l.bodyY+l.bodyH {
		return 0, 0, 0, false
	}
	switch l.mode {
	case wide:
		switch {
		case x < l.articleX:
			return factsFocus, l.factsX, l.bodyY, true
		case x < l.quotesX:
			return articleFocus, l.articleX, l.bodyY, true
		default:
			return quotesFocus, l.quotesX, l.bodyY, true
		}
	case medium:
		if x < l.sideX {
			return articleFocus, 0, l.bodyY, true
		}
		return m.side, l.sideX, l.bodyY, true
	}
	return m.focus, 0, l.bodyY, true
}

// wheel scrolls the pane under the pointer.
func (m *model) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	if m.inLibrary || m.help {
		var cmd tea.Cmd
		if !m.help {
			m.lib, cmd = m.lib.Update(msg)
		}
		return cmd
	}
	mouse := msg.Mouse()
	p, _, _, ok := m.paneAt(mouse.X, mouse.Y)
	if !ok {
		return nil
	}
	if p == articleFocus {
		var cmd tea.Cmd
		m.article, cmd = m.article.Update(msg)
		return cmd
	}
	n := 3
	if mouse.Button == tea.MouseWheelUp {
		n = -3
	}
	if p == quotesFocus {
		m.quotes.MoveBy(n)
		m.article.markQuote(m.quotes.Selected())
	} else {
		m.facts.MoveBy(n)
	}
	return nil
}

// click focuses the pane under the pointer; in the article it folds a
// heading or selects a quote, in the side panes it is passed on with
// coordinates relative to the pane.
func (m *model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.help || m.peopleOn || m.linksOn || m.detailOn {
		return nil
	}
	if msg.Mouse().Button != tea.MouseLeft {
		return nil
	}
	if m.inLibrary {
		// In rows of the list, its title bar being row 0.
		var cmd tea.Cmd
		m.lib, cmd = m.lib.Click(msg.Mouse().Y - m.lay.bodyY)
		return cmd
	}
	mouse := msg.Mouse()
	p, x0, y0, ok := m.paneAt(mouse.X, mouse.Y)
	if !ok {
		return nil
	}
	if m.lay.tabs && mouse.Y == 1 {
		return nil
	}
	m.setFocus(p)
	row, col := mouse.Y-y0, mouse.X-x0
	var cmd tea.Cmd
	switch p {
	case articleFocus:
		if s := m.article.headingAtRow(row); s >= 0 {
			m.article.toggleFold(s)
			return nil
		}
		if m.article.captionFoldAtRow(row) {
			m.article.toggleCaptions()
			return nil
		}
		if q := m.article.quoteAtRow(row, col); q >= 0 {
			m.article.markQuote(q)
			m.quotes.Select(q)
		}
	case quotesFocus:
		m.quotes, cmd = m.quotes.Click(row)
	case factsFocus:
		m.facts, cmd = m.facts.Click(row)
	}
	return cmd
}
