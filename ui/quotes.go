package ui

import (
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// quoteLines is how many lines of a quote's text the pane shows at most.
const quoteLines = 3

// partialHeading titles the group of scare quotes and quoted terms.
const partialHeading = "Terms and scare quotes"

// quotesPane lists every quote with speaker and role: quotations first, in
// the order of the text, then scare quotes and terms in their own group.
// The selection is kept in view, and enter jumps to the selected quote.
type quotesPane struct {
	b             *briefing.Briefing
	c             *common
	st            quoteStyles
	listSelection     // of indexes in b.Quotes
	partial       int // display position where the partial group starts
}

// quoteStyles are the Lip Gloss styles of the quotes pane.
type quoteStyles struct {
	speaker, role, unknown, text, selText, marker, heading lipgloss.Style
}

// newQuoteStyles builds the quotes pane's styles from the palette.
func newQuoteStyles(pal palette) quoteStyles {
	s := lipgloss.NewStyle()
	return quoteStyles{
		speaker: s.Bold(true).Foreground(pal.Speaker),
		role:    s.Foreground(pal.Dim),
		unknown: s.Italic(true).Foreground(pal.Dim),
		text:    s.Foreground(pal.Text),
		selText: s.Background(pal.Highlight).Foreground(pal.HighlightText),
		marker:  s.Foreground(pal.Selected),
		heading: s.Bold(true).Foreground(pal.Accent),
	}
}

// newQuotesPane returns the quotes pane for a briefing.
func newQuotesPane(b *briefing.Briefing, c *common) quotesPane {
	var quotes []briefing.Quote
	if b != nil {
		quotes = b.Quotes
	}
	p := quotesPane{b: b, c: c, st: newQuoteStyles(c.pal), listSelection: newListSelection(len(quotes))}
	for i, q := range quotes {
		if !q.Partial {
			p.order = append(p.order, i)
		}
	}
	p.partial = len(p.order)
	for i, q := range quotes {
		if q.Partial {
			p.order = append(p.order, i)
		}
	}
	for d, i := range p.order {
		p.pos[i] = d
	}
	return p
}

// Update handles keys when the pane is focused (up/down move the selection,
// enter returns a jumpMsg command) and selectQuoteMsg at any time.
func (p quotesPane) Update(msg tea.Msg) (quotesPane, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	}
	return p, nil
}

// Click selects the quote under a click on row y of the pane (the title
// bar is row 0) and jumps to it.
func (p quotesPane) Click(y int) (quotesPane, tea.Cmd) {
	d, off, ok := p.clicked(y, p.rows, p.viewOffset)
	if !ok {
		return p, nil
	}
	p.offset = off
	p.selected = p.order[d]
	return p, p.jump()
}

// viewOffset is the first row View shows in a body of the given height:
// the stored offset, moved as little as needed to show the selection.
func (p quotesPane) viewOffset(l *rowList, body int) int {
	return p.keepSelected(l, body, 0)
}

// handleKey moves the selection or jumps to the selected quote.
func (p quotesPane) handleKey(msg tea.KeyPressMsg) (quotesPane, tea.Cmd) {
	n := len(p.order)
	if n == 0 {
		return p, nil
	}
	if key.Matches(msg, p.c.keys.Enter) {
		return p, p.jump()
	}
	page := max(1, (p.size.height-1)/(quoteLines+2))
	next, ok := moveKey(msg, &p.c.keys, p.place(), n, page)
	if !ok {
		return p, nil
	}
	p.selected = p.order[next]
	p.scroll()
	return p, nil
}

// jump returns the command that brings the selected quote on screen.
func (p quotesPane) jump() tea.Cmd {
	if p.selected < 0 {
		return nil
	}
	q := p.b.Quotes[p.selected]
	m := jumpMsg{
		span:         briefing.Span{Section: q.Section, Paragraph: q.Paragraph, Start: q.Start, End: q.End},
		endParagraph: q.LastParagraph(),
		quote:        p.selected,
	}
	return func() tea.Msg { return m }
}

// scroll keeps the selected quote in view at the last size drawn.
func (p *quotesPane) scroll() { p.listSelection.scroll(p.rows, p.viewOffset) }

// Select makes quote i (an index in the briefing's quotes, -1 for none) the
// selected one and scrolls it into view; an index out of range is ignored.
func (p *quotesPane) Select(i int) {
	if i >= -1 && i < len(p.order) {
		p.selected = i
		p.scroll()
	}
}

// MoveBy moves the selection n entries down (up when n < 0), from the top
// when there is none.
func (p *quotesPane) MoveBy(n int) {
	if len(p.order) == 0 {
		return
	}
	next := max(min(p.place()+n, len(p.order)-1), 0)
	if p.place() < 0 && n > 0 {
		next = min(n-1, len(p.order)-1)
	}
	p.selected = p.order[next]
	p.scroll()
}

// Selected is the index of the selected quote, or -1.
func (p quotesPane) Selected() int { return p.selected }

// View renders the pane into exactly its size.
func (p quotesPane) View(focused bool) string {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := paneHead("Quotes", len(p.order), p.place(), width, height, focused, p.c.pal)
	if len(p.order) == 0 {
		for _, l := range wrapText("No quotes in this briefing.", max(width-2, 1), 0) {
			lines = append(lines, " "+p.st.unknown.Render(l))
		}
		return fitRows(lines, width, height)
	}
	l := p.rows(width)
	return p.body(lines, l, p.viewOffset(l, height-1), width, height, func() []string {
		return p.cache.sel.get(p.selected, width, 0, func() []string {
			return p.entry(p.selected, width, true, p.wrap(p.selected, width))
		})
	})
}

// prepare lays out and renders the rows View will show, so that drawing
// finds them ready; the root calls it after each update.
func (p quotesPane) prepare() {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 1 || len(p.order) == 0 {
		return
	}
	l := p.rows(width)
	l.window(p.viewOffset(l, height-1), height-1)
	if p.selected >= 0 {
		p.cache.sel.get(p.selected, width, 0, func() []string {
			return p.entry(p.selected, width, true, p.wrap(p.selected, width))
		})
	}
}

// rows returns the body laid out for width, rendering it on the first call.
func (p quotesPane) rows(width int) *rowList {
	l := &p.cache.list
	if l.width == width && l.rows != nil {
		return l
	}
	texts := make([][]string, len(p.order))
	*l = rowList{width: width, top: make([]int, len(p.order)), bottom: make([]int, len(p.order)),
		render: func(d int) []string { return p.entry(p.order[d], width, false, texts[d]) }}
	blank := strings.Repeat(" ", width)
	for d, i := range p.order {
		if d == p.partial {
			if d > 0 {
				l.add(blank)
			}
			l.add(p.st.heading.Render(fitCells(" "+partialHeading, width)))
		} else if d > 0 {
			l.add(blank)
		}
		texts[d] = p.wrap(i, width)
		l.addEntry(d, len(texts[d])+p.attributionLines(i))
	}
	return l
}

// wrap returns the text of quote i wrapped for the pane at width.
func (p quotesPane) wrap(i, width int) []string {
	return wrapText("“"+p.b.Quotes[i].Text+"”", max(width-2, 1), quoteLines)
}

// attributionLines is 1 when quote i shows an attribution line: every
// quotation does ("unattributed" when the speaker is unknown), a term only
// when its speaker is known.
func (p quotesPane) attributionLines(i int) int {
	if q := p.b.Quotes[i]; q.Speaker != "" || !q.Partial {
		return 1
	}
	return 0
}

// entry renders quote i: the attribution line (unless a term has none) and
// its wrapped text, each exactly width cells.
func (p quotesPane) entry(i, width int, selected bool, text []string) []string {
	q := p.b.Quotes[i]
	mark, textStyle := "  ", p.st.text
	if selected {
		mark, textStyle = p.st.marker.Render("▌")+" ", p.st.selText
	}
	out := make([]string, 0, len(text)+1)
	switch {
	case q.Speaker != "":
		line := p.st.speaker.Render(fitName(q.Speaker, width-2))
		if q.Role != "" {
			line += p.st.role.Render(", " + q.Role)
		}
		out = append(out, fitCells(mark+line, width))
	case !q.Partial:
		out = append(out, fitCells(mark+p.st.unknown.Render("unattributed"), width))
	}
	for _, t := range text {
		out = append(out, fitCells(mark+textStyle.Render(t), width))
	}
	return out
}

// fitName shortens a speaker's name to width cells without cutting into the
// surname: the given names become initials ("V. Yashchenko"), then go
// ("Yashchenko"); only a surname wider than the pane is cut. A name that
// is not a person's (an organisation's, with a word in lower case or more
// than four words: "New Zealand Department of Conservation") is cut at
// its end instead, as initials would leave it unreadable.
func fitName(name string, width int) string {
	if ansi.StringWidth(name) <= width {
		return name
	}
	words := strings.Fields(name)
	if !personShaped(words) {
		return truncate(name, width)
	}
	if len(words) > 1 {
		short := ""
		for _, w := range words[:len(words)-1] {
			short += string([]rune(w)[:1]) + ". "
		}
		if s := short + words[len(words)-1]; ansi.StringWidth(s) <= width {
			return s
		}
		name = words[len(words)-1]
	}
	return truncate(name, width)
}

// maxPersonNameWords is the most words fitName takes for a person's name.
const maxPersonNameWords = 4

// personShaped reports whether the words of a speaker's name read as a
// person's: at most four, each opening with a capital.
func personShaped(words []string) bool {
	if len(words) > maxPersonNameWords {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
