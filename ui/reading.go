package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/state"
)

// scheduleSave saves the reading state once it has been still for saveDelay.
func (m *model) scheduleSave() tea.Cmd {
	m.saveGen++
	gen := m.saveGen
	return tea.Tick(saveDelay, func(time.Time) tea.Msg { return saveMsg{gen} })
}

// reading is the reading state as it is now.
func (m *model) reading() state.Reading {
	s, p := m.article.topParagraph()
	q := m.selQuote
	if sel := m.quotes.Selected(); sel >= 0 {
		q = sel
	}
	return state.Reading{Section: s, Paragraph: p, Folded: m.article.foldedList(), Quote: q}
}

// save stores the reading state when it changed.
func (m *model) save() {
	if m.b == nil || m.article.articleDoc == nil {
		return
	}
	r := m.reading()
	if sameReading(r, m.saved) {
		return
	}
	r.Updated = time.Now()
	if err := m.opts.Store.Save(m.opts.Reader, m.entryID, r); err != nil {
		m.status = "saving reading state: " + sanitizeLine(err.Error())
		return
	}
	m.saved = r
}

func sameReading(a, b state.Reading) bool {
	if a.Section != b.Section || a.Paragraph != b.Paragraph || a.Quote != b.Quote || len(a.Folded) != len(b.Folded) {
		return false
	}
	for i := range a.Folded {
		if a.Folded[i] != b.Folded[i] {
			return false
		}
	}
	return true
}
