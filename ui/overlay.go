package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/briefing"
)

// This file holds the views drawn over the panes: the help and the
// selected quote in full.

// helpGroups is the help of the view on screen, without ctrl+z when the
// reader is served over SSH, where it does nothing.
func (m *model) helpGroups() []helpGroup {
	groups := m.viewHelp()
	if m.opts.Local {
		return groups
	}
	suspend := m.c.keys.Suspend.Help().Key
	out := make([]helpGroup, len(groups))
	for i, g := range groups {
		out[i] = g.without(func(b key.Binding) bool { return b.Help().Key == suspend })
	}
	return out
}

// viewHelp is every key of the view on screen.
func (m *model) viewHelp() []helpGroup {
	k := m.c.keys
	switch {
	case m.peopleOn:
		return k.peopleHelp()
	case m.linksOn && !m.inLibrary:
		return []helpGroup{
			k.moveHelp(),
			{"Links", singles(with(k.Enter, "open here, copy over SSH"), with(k.Copy, "copy the target"), with(k.Back, "close"))},
			k.otherHelp(),
		}
	case m.detailOn:
		return []helpGroup{
			k.moveHelp(),
			{"Quote", []helpEntry{both(k.NextQuote, k.PrevQuote, "next / previous"), one(with(k.Enter, "show in text")),
				one(k.Copy), one(with(k.Back, "close"))}},
			k.otherHelp(),
		}
	case m.inLibrary || m.b == nil:
		return k.libraryHelp()
	}
	return k.readerHelp()
}

// openHelp shows the help of the current view from its top.
func (m *model) openHelp() {
	m.help, m.helpOffset = true, 0
}

// helpScrolls reports whether the help on screen is longer than its view,
// so that j/k scroll it.
func (m *model) helpScrolls() bool {
	return helpHeight(m.helpGroups(), m.lay.width, m.lay.bodyH) > m.lay.bodyH-1
}

// helpKey handles a key while the help is shown: it scrolls, and ? or esc
// close it.
func (m *model) helpKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	switch {
	case key.Matches(msg, k.Quit):
		m.save()
		return tea.Quit
	case key.Matches(msg, k.Help), key.Matches(msg, k.Back):
		m.help = false
		return nil
	}
	rows := helpHeight(m.helpGroups(), m.lay.width, m.lay.bodyH)
	body := m.lay.bodyH - 1
	page := max(body-1, 1)
	off := m.helpOffset
	switch {
	case key.Matches(msg, k.Down):
		off++
	case key.Matches(msg, k.Up):
		off--
	case key.Matches(msg, k.PageDown):
		off += page
	case key.Matches(msg, k.PageUp):
		off -= page
	case key.Matches(msg, k.HalfDown):
		off += max(body/2, 1)
	case key.Matches(msg, k.HalfUp):
		off -= max(body/2, 1)
	case key.Matches(msg, k.Top):
		off = 0
	case key.Matches(msg, k.Bottom):
		off = rows
	}
	m.helpOffset = clampHelpOffset(off, rows, body)
	return nil
}

// openDetail shows the selected quote in full; with none selected, it
// selects the next quote first.
func (m *model) openDetail() tea.Cmd {
	if m.b == nil {
		return nil
	}
	if m.quotes.Selected() < 0 {
		if m.stepQuote(1); m.quotes.Selected() < 0 {
			return nil
		}
	}
	m.showDetail(m.quotes.Selected())
	return nil
}

// showDetail lays quote q out in the detail view.
func (m *model) showDetail(q int) {
	m.detailOn = true
	m.detail = newQuoteDetail(m.b, q, m.quotes.pos[q], len(m.quotes.order), m.c)
	m.detail.SetSize(m.lay.width, m.lay.bodyH)
}

// detailKey handles a key while a quote is shown in full: ] and [ step
// through the quotes, enter closes it on the quote in the text, esc closes.
func (m *model) detailKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	page := max(m.lay.bodyH-2, 1)
	switch {
	case key.Matches(msg, k.Quit):
		m.save()
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.openHelp()
	case key.Matches(msg, k.Back), key.Matches(msg, k.Detail), msg.String() == "space":
		m.detailOn = false
	case key.Matches(msg, k.Enter):
		m.detailOn = false
		m.setFocus(articleFocus)
	case key.Matches(msg, k.NextQuote), key.Matches(msg, k.PrevQuote):
		dir := 1
		if key.Matches(msg, k.PrevQuote) {
			dir = -1
		}
		m.stepQuote(dir)
		if q := m.quotes.Selected(); q >= 0 {
			m.showDetail(q)
		}
	case key.Matches(msg, k.Copy):
		return m.copyQuote()
	case key.Matches(msg, k.Down):
		m.detail.scroll(1)
	case key.Matches(msg, k.Up):
		m.detail.scroll(-1)
	case key.Matches(msg, k.PageDown):
		m.detail.scroll(page)
	case key.Matches(msg, k.PageUp):
		m.detail.scroll(-page)
	case key.Matches(msg, k.HalfDown):
		m.detail.scroll(max(page/2, 1))
	case key.Matches(msg, k.HalfUp):
		m.detail.scroll(-max(page/2, 1))
	case key.Matches(msg, k.Top):
		m.detail.scroll(-len(m.detail.rows))
	case key.Matches(msg, k.Bottom):
		m.detail.scroll(len(m.detail.rows))
	}
	return nil
}

// openPeople shows everyone quoted in the library's briefings.
func (m *model) openPeople() {
	entries, _ := m.opts.Library.Snapshot()
	m.people = newPeoplePane(entries, m.c)
	m.people.SetSize(m.lay.width, m.lay.bodyH)
	m.peopleOn, m.detailOn = true, false
}

// openAtQuote opens a briefing of the library with one of its quotes
// selected and on screen.
func (m *model) openAtQuote(msg openQuoteMsg) tea.Cmd {
	entries, _ := m.opts.Library.Snapshot()
	for _, e := range entries {
		if e.ID != msg.id || e.Briefing == nil {
			continue
		}
		if e.ID != m.entryID || m.inLibrary {
			m.save()
			m.open(e)
		}
		m.hasLib = len(entries) > 1
		m.peopleOn, m.inLibrary = false, false
		m.showQuote(msg.quote)
		m.setFocus(articleFocus)
		return m.article.renderMore()
	}
	return nil
}

// showQuote selects quote j and brings it on screen in the article.
func (m *model) showQuote(j int) {
	if m.b == nil || j < 0 || j >= len(m.b.Quotes) {
		return
	}
	q := m.b.Quotes[j]
	m.article.jump(jumpMsg{
		span:         briefing.Span{Section: q.Section, Paragraph: q.Paragraph, Start: q.Start, End: q.End},
		endParagraph: q.LastParagraph(), quote: j,
	})
	m.quotes.Select(j)
}
