package ui

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"brief/briefing"
	"brief/library"
)

// person is one speaker quoted across the library.
type person struct {
	name      string
	role      string // the role in their newest quote that has one
	quotes    []personQuote
	briefings int
}

// personQuote is one quote of a person: the briefing it is in and its index.
type personQuote struct {
	id    string
	b     *briefing.Briefing
	quote int
	date  time.Time
}

// peopleIndex gathers everyone quoted in the library's briefings: named
// speakers of quotations (not scare quotes, not "the document"), the same
// name in any case or accents counting as one person, most quoted first;
// each person's quotes newest first.
func peopleIndex(entries []library.Entry) []person {
	byKey := map[string]*person{}
	for _, e := range entries {
		b := e.Briefing
		if b == nil {
			continue
		}
		for i, q := range b.Quotes {
			if q.Partial || !isName(q.Speaker) {
				continue
			}
			k := foldText(q.Speaker)
			p := byKey[k]
			if p == nil {
				p = &person{name: q.Speaker}
				byKey[k] = p
			}
			p.quotes = append(p.quotes, personQuote{id: e.ID, b: b, quote: i, date: entryDate(e)})
		}
	}
	people := make([]person, 0, len(byKey))
	for _, p := range byKey {
		sort.SliceStable(p.quotes, func(i, j int) bool {
			a, b := p.quotes[i], p.quotes[j]
			if !a.date.Equal(b.date) {
				return a.date.After(b.date)
			}
			if a.id != b.id {
				return a.id < b.id
			}
			return a.quote < b.quote
		})
		seen := map[string]bool{}
		for _, q := range p.quotes {
			if !seen[q.id] {
				seen[q.id] = true
				p.briefings++
			}
			if r := q.b.Quotes[q.quote].Role; p.role == "" && r != "" {
				p.role = r
			}
		}
		people = append(people, *p)
	}
	sort.Slice(people, func(i, j int) bool {
		a, b := people[i], people[j]
		if len(a.quotes) != len(b.quotes) {
			return len(a.quotes) > len(b.quotes)
		}
		return foldText(a.name) < foldText(b.name)
	})
	return people
}

// isName reports whether a speaker is a person's name rather than a
// description ("the document", "a spokesman"): it starts with a capital.
func isName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsUpper(r)
}

// peoplePane is the people index: everyone quoted in the library, and,
// once one is opened with enter, that person's quotes across briefings.
type peoplePane struct {
	people  []person
	c       *common
	size    paneSize
	sel     int // selected person
	offset  int
	open    int // the person whose quotes are listed, or -1
	qsel    int // selected quote of the open person
	qoffset int
}

// newPeoplePane indexes the library's briefings.
func newPeoplePane(entries []library.Entry, c *common) peoplePane {
	return peoplePane{people: peopleIndex(entries), c: c, open: -1}
}

// SetSize gives the pane its size.
func (p *peoplePane) SetSize(width, height int) { p.size = paneSize{width, height} }

// openQuoteMsg asks the root to open a briefing at one of its quotes.
type openQuoteMsg struct {
	id    string
	quote int
}

// Update handles keys: movement, enter (a person's quotes; then the
// briefing at the quote, an openQuoteMsg) and esc (back to the people, then
// a closeMsg).
func (p peoplePane) Update(msg tea.KeyPressMsg) (peoplePane, tea.Cmd) {
	k := &p.c.keys
	if key.Matches(msg, k.Back) {
		if p.open >= 0 {
			p.open = -1
			return p, nil
		}
		return p, func() tea.Msg { return closeMsg{} }
	}
	if p.open < 0 {
		if key.Matches(msg, k.Enter) && p.sel < len(p.people) {
			p.open, p.qsel, p.qoffset = p.sel, 0, 0
			return p, nil
		}
		if next, ok := moveKey(msg, k, p.sel, len(p.people), max(p.bodyHeight()/2, 1)); ok {
			p.sel = next
		}
		p.offset = p.personOffset(p.personRows())
		return p, nil
	}
	qs := p.people[p.open].quotes
	if key.Matches(msg, k.Enter) && p.qsel < len(qs) {
		q := qs[p.qsel]
		m := openQuoteMsg{id: q.id, quote: q.quote}
		return p, func() tea.Msg { return m }
	}
	if next, ok := moveKey(msg, k, p.qsel, len(qs), 3); ok {
		p.qsel = next
	}
	p.qoffset = p.quoteOffset(p.quoteRows())
	return p, nil
}

// personOffset is the first row of the people shown: the stored offset,
// moved as little as needed to show the selected person at the pane's
// height, which a resize may have changed since the last key.
func (p peoplePane) personOffset(l *rowList) int {
	if p.sel >= len(l.top) {
		return keepInView(p.offset, -1, -1, p.bodyHeight(), len(l.rows))
	}
	return keepInView(p.offset, l.top[p.sel], l.bottom[p.sel], p.bodyHeight(), len(l.rows))
}

// quoteOffset is personOffset for the open person's quotes, never
// starting in the middle of one.
func (p peoplePane) quoteOffset(l *rowList) int {
	if p.qsel >= len(l.top) {
		return keepInView(p.qoffset, -1, -1, p.bodyHeight(), len(l.rows))
	}
	return wholeTop(l, keepInView(p.qoffset, l.top[p.qsel], l.bottom[p.qsel], p.bodyHeight(), len(l.rows)), l.top[p.qsel])
}

// bodyHeight is the rows under the title bar.
func (p peoplePane) bodyHeight() int { return max(p.size.height-1, 0) }

// styles of the people index.
func (p peoplePane) styles() (name, dim, text, sel, marker lipgloss.Style) {
	s := lipgloss.NewStyle()
	return s.Bold(true).Foreground(p.c.pal.Speaker), s.Foreground(p.c.pal.Dim), s.Foreground(p.c.pal.Text),
		s.Background(p.c.pal.Highlight).Foreground(p.c.pal.HighlightText), s.Foreground(p.c.pal.Selected)
}

// quoteRows lays out the open person's quotes: the briefing's title and
// date, then the quote wrapped (at most four lines), then a blank row.
func (p peoplePane) quoteRows() *rowList {
	width := p.size.width
	qs := p.people[p.open].quotes
	_, dim, text, sel, marker := p.styles()
	l := &rowList{width: width, top: make([]int, len(qs)), bottom: make([]int, len(qs))}
	entries := make([][]string, len(qs))
	for d, q := range qs {
		mark, st := "  ", text
		if d == p.qsel {
			mark, st = marker.Render("▌")+" ", sel
		}
		head := q.b.DisplayTitle()
		if !q.date.IsZero() {
			head += " · " + q.date.Format(libraryDate)
		}
		rows := []string{fitCells(mark+dim.Render(sanitizeLine(head)), width)}
		for _, t := range wrapText("“"+q.b.Quotes[q.quote].Text+"”", max(width-4, 1), 4) {
			rows = append(rows, fitCells(mark+"  "+st.Render(t), width))
		}
		entries[d] = rows
		if d > 0 {
			l.add(strings.Repeat(" ", max(width, 0)))
		}
		l.addEntry(d, len(rows))
	}
	l.render = func(d int) []string { return entries[d] }
	return l
}

// View draws the index, or the open person's quotes, into its size.
func (p peoplePane) View() string {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 0 {
		return ""
	}
	_, dim, _, _, _ := p.styles()
	if p.open >= 0 {
		who := p.people[p.open]
		title := sanitizeLine(who.name)
		lines := []string{titleBar(title, strconv.Itoa(p.qsel+1)+"/"+plural(len(who.quotes), "quote"), width, true, p.c.pal)}
		l := p.quoteRows()
		lines = append(lines, l.window(p.quoteOffset(l), p.bodyHeight())...)
		return fitRows(lines, width, height)
	}
	quotes := 0
	for _, x := range p.people {
		quotes += len(x.quotes)
	}
	lines := []string{titleBar("People", peopleCount(len(p.people))+" · "+plural(quotes, "quote"), width, true, p.c.pal)}
	if len(p.people) == 0 {
		lines = append(lines, dim.Italic(true).Render(" Nobody is quoted by name in these briefings."))
		return fitRows(lines, width, height)
	}
	l := p.personRows()
	lines = append(lines, l.window(p.personOffset(l), p.bodyHeight())...)
	return fitRows(lines, width, height)
}

// personRows lays out the people: each one's name and counts on a row,
// then their role on a row of its own when they have one (someone quoted
// without a role takes one row, not a blank one under it).
func (p peoplePane) personRows() *rowList {
	width := p.size.width
	name, dim, _, _, marker := p.styles()
	l := &rowList{width: width, top: make([]int, len(p.people)), bottom: make([]int, len(p.people))}
	for d, x := range p.people {
		l.addEntry(d, 1+min(len(personRole(x)), 1))
	}
	l.render = func(d int) []string {
		x := p.people[d]
		mark := "  "
		if d == p.sel {
			mark = marker.Render("▌") + " "
		}
		count := plural(len(x.quotes), "quote") + " in " + plural(x.briefings, "briefing")
		room := width - 2 - len([]rune(count)) - 1
		first := mark + name.Render(fitCells(fitName(sanitizeLine(x.name), room), max(room, 1))) + " " + dim.Render(count)
		if room < 8 {
			first = mark + name.Render(sanitizeLine(x.name))
		}
		rows := []string{fitCells(first, width)}
		if role := personRole(x); role != "" {
			rows = append(rows, fitCells(mark+"  "+dim.Render(role), width))
		}
		return rows
	}
	return l
}

// personRole is the role shown under a person's name, "" for none.
func personRole(x person) string { return strings.TrimSpace(sanitizeLine(x.role)) }

// peopleCount writes "1 person", "8 people".
func peopleCount(n int) string {
	if n == 1 {
		return "1 person"
	}
	return strconv.Itoa(n) + " people"
}
