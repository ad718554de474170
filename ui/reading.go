package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/state"
)

// scheduleSave notes a change of the reading state; it is saved once the
// state has been still for saveDelay. One timer at a time is armed, however
// fast the keys come.
func (m *model) scheduleSave() tea.Cmd {
	m.changedAt = time.Now()
	if m.saveArmed {
		return nil
	}
	m.saveArmed = true
	return tea.Tick(saveDelay, func(time.Time) tea.Msg { return saveMsg{} })
}

// saveDue saves when the state has been still long enough, or re-arms the
// timer for the rest of the delay. The store is written off the update
// loop, so a key pressed while it syncs to disk is not held up.
func (m *model) saveDue() tea.Cmd {
	m.saveArmed = false
	if left := saveDelay - time.Since(m.changedAt); left > 0 {
		m.saveArmed = true
		return tea.Tick(left, func(time.Time) tea.Msg { return saveMsg{} })
	}
	r, changed := m.unsaved()
	if !changed {
		return nil
	}
	store, reader, id := m.opts.Store, m.opts.Reader, m.entryID
	return func() tea.Msg {
		return savedMsg{id: id, r: r, err: store.Save(reader, id, r)}
	}
}

// savedMsg reports a background save of the reading state.
type savedMsg struct {
	id  string // the briefing the state is of
	r   state.Reading
	err error
}

// takeSaved takes in the result of a save.
func (m *model) takeSaved(msg savedMsg) {
	switch {
	case msg.err != nil:
		m.status = "saving reading state: " + sanitizeLine(msg.err.Error())
	case msg.id == m.entryID:
		m.saved = msg.r
	}
}

// unsaved returns the reading state as it is now, stamped, and whether it
// differs from the one saved last.
func (m *model) unsaved() (state.Reading, bool) {
	if m.b == nil || m.article.articleDoc == nil {
		return state.Reading{}, false
	}
	r := m.reading()
	if sameReading(r, m.saved) {
		return r, false
	}
	r.Updated = time.Now()
	return r, true
}

// reading is the reading state as it is now.
func (m *model) reading() state.Reading {
	if m.b == nil || m.article.articleDoc == nil {
		return state.Reading{Quote: -1}
	}
	s, p := m.article.topParagraph()
	return state.Reading{Section: s, Paragraph: p, Folded: m.article.foldedList(), Quote: m.quotes.Selected(), Read: m.read}
}

// save stores the reading state now, when it changed (on quitting, or
// leaving the briefing).
func (m *model) save() {
	if r, changed := m.unsaved(); changed {
		m.takeSaved(savedMsg{id: m.entryID, r: r, err: m.opts.Store.Save(m.opts.Reader, m.entryID, r)})
	}
}

func sameReading(a, b state.Reading) bool {
	if a.Section != b.Section || a.Paragraph != b.Paragraph || a.Quote != b.Quote || a.Read != b.Read || len(a.Folded) != len(b.Folded) {
		return false
	}
	for i := range a.Folded {
		if a.Folded[i] != b.Folded[i] {
			return false
		}
	}
	return true
}

// SaveState stores the reading state of a reader model that ended without
// quitting itself (its SSH connection dropped, its program was killed): what
// changed in its last seconds would otherwise be lost. Other models are left
// alone.
func SaveState(m tea.Model) {
	if r, ok := m.(*model); ok && r != nil {
		r.save()
	}
}
