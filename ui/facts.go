package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// factGroupTitles names the groups of the sidebar, one per fact kind; facts
// of any other kind are listed last under otherFacts.
var factGroupTitles = map[briefing.FactKind]string{
	briefing.Person:       "People",
	briefing.Organization: "Organisations",
	briefing.Place:        "Places",
	briefing.Date:         "Dates",
	briefing.Figure:       "Figures",
}

// otherFacts titles the group of facts of a kind the reader does not know.
const otherFacts = "Other"

// factsPane lists the key facts grouped by kind, each with its detail and
// how often it is mentioned. Enter jumps to a fact's first mention, and
// pressing it again steps through the others ("2/5").
type factsPane struct {
	b             *briefing.Briefing
	c             *common
	st            factStyles
	listSelection     // of indexes in b.Facts
	step          int // the mention of the selected fact jumped to last, or -1
	groups        []factGroup
}

// factGroup is one heading of the sidebar and the display position of its
// first fact.
type factGroup struct {
	title string
	start int
	count int
}

// factStyles are the Lip Gloss styles of the facts pane.
type factStyles struct {
	name, selName, detail, count, heading, marker, empty lipgloss.Style
}

// newFactStyles builds the facts pane's styles from the palette.
func newFactStyles(pal palette) factStyles {
	s := lipgloss.NewStyle()
	return factStyles{
		name:    s.Foreground(pal.Text),
		selName: s.Bold(true).Background(pal.Selected).Foreground(pal.SelectedText),
		detail:  s.Foreground(pal.Dim),
		count:   s.Foreground(pal.Dim),
		heading: s.Bold(true).Foreground(pal.Accent),
		marker:  s.Foreground(pal.Selected),
		empty:   s.Italic(true).Foreground(pal.Dim),
	}
}

// newFactsPane returns the key-facts pane for a briefing.
func newFactsPane(b *briefing.Briefing, c *common) factsPane {
	var facts []briefing.Fact
	if b != nil {
		facts = b.Facts
	}
	p := factsPane{b: b, c: c, st: newFactStyles(c.pal), listSelection: newListSelection(len(facts)), step: -1}
	placed := make([]bool, len(facts))
	add := func(title string, match func(briefing.Fact) bool) {
		g := factGroup{title: title, start: len(p.order)}
		for i, f := range facts {
			if !placed[i] && match(f) {
				placed[i] = true
				p.pos[i] = len(p.order)
				p.order = append(p.order, i)
			}
		}
		if g.count = len(p.order) - g.start; g.count > 0 {
			p.groups = append(p.groups, g)
		}
	}
	for _, k := range briefing.FactKinds {
		add(factGroupTitles[k], func(f briefing.Fact) bool { return f.Kind == k })
	}
	add(otherFacts, func(briefing.Fact) bool { return true })
	return p
}

// Update handles keys when the pane is focused: up/down move the selection,
// enter returns a jumpMsg command for the first mention, and again for the
// next one ("2/5").
func (p factsPane) Update(msg tea.Msg) (factsPane, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(p.order) == 0 {
		return p, nil
	}
	if key.Matches(k, p.c.keys.Enter) {
		return p.jump()
	}
	page := max(1, (p.size.height-1)/2)
	next, ok := moveKey(k, &p.c.keys, p.place(), len(p.order), page)
	if !ok {
		return p, nil
	}
	if p.order[next] != p.selected {
		p.selected, p.step = p.order[next], -1
	}
	p.scroll()
	return p, nil
}

// Click selects the fact under a left click and jumps to its first mention,
// or to the next one when it was already selected.
func (p factsPane) Click(y int) (factsPane, tea.Cmd) {
	d, off, ok := p.clicked(y, p.rows, p.viewOffset)
	if !ok {
		return p, nil
	}
	p.offset = off
	if p.order[d] != p.selected {
		p.selected, p.step = p.order[d], -1
	}
	return p.jump()
}

// viewOffset is the first row View shows in a body of the given height:
// the stored offset, moved as little as needed to show the selection (with
// its heading when it is the first of its group).
func (p factsPane) viewOffset(l *rowList, body int) int {
	above := 0
	if d := p.place(); d >= 0 && p.groupAt(d).start == d {
		above = 1
	}
	return p.keepSelected(l, body, above)
}

// jump steps to the next mention of the selected fact and returns the
// command that brings it on screen.
func (p factsPane) jump() (factsPane, tea.Cmd) {
	if p.selected < 0 {
		return p, nil
	}
	ms := p.b.Facts[p.selected].Mentions
	if len(ms) == 0 {
		return p, nil
	}
	p.step = (p.step + 1) % len(ms)
	m := jumpMsg{span: ms[p.step], endParagraph: ms[p.step].Paragraph, quote: -1, mention: true}
	return p, func() tea.Msg { return m }
}

// stepStatus says which mention of the selected fact was jumped to last,
// "2/5".
func (p factsPane) stepStatus() string {
	if p.selected < 0 {
		return ""
	}
	return strconv.Itoa(p.step+1) + "/" + strconv.Itoa(len(p.b.Facts[p.selected].Mentions))
}

// MoveBy moves the selection n facts down (up when n < 0), from the top
// when there is none.
func (p *factsPane) MoveBy(n int) {
	if len(p.order) == 0 {
		return
	}
	next := max(min(p.place()+n, len(p.order)-1), 0)
	if p.place() < 0 && n > 0 {
		next = min(n-1, len(p.order)-1)
	}
	if p.order[next] != p.selected {
		p.selected, p.step = p.order[next], -1
	}
	p.scroll()
}

// scroll keeps the selected fact in view at the last size drawn.
func (p *factsPane) scroll() { p.listSelection.scroll(p.rows, p.viewOffset) }

// groupAt returns the group of the fact at display position d.
func (p factsPane) groupAt(d int) factGroup {
	for i := len(p.groups) - 1; i >= 0; i-- {
		if p.groups[i].start <= d {
			return p.groups[i]
		}
	}
	return factGroup{}
}

// View renders the pane into exactly its size.
func (p factsPane) View(focused bool) string {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := paneHead("Key facts", len(p.order), p.place(), width, height, focused, p.c.pal)
	if len(p.order) == 0 {
		lines = append(lines, p.st.empty.Render(" No key facts found."))
		return fitRows(lines, width, height)
	}
	l := p.rows(width)
	return p.body(lines, l, p.viewOffset(l, height-1), width, height, func() []string {
		return p.cache.sel.get(p.selected, width, p.step, func() []string { return p.entry(p.selected, width, true, p.step) })
	})
}

// prepare lays out and renders the rows View will show, so that drawing
// finds them ready; the root calls it after each update.
func (p factsPane) prepare() {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 1 || len(p.order) == 0 {
		return
	}
	l := p.rows(width)
	l.window(p.viewOffset(l, height-1), height-1)
	if p.selected >= 0 {
		p.cache.sel.get(p.selected, width, p.step, func() []string { return p.entry(p.selected, width, true, p.step) })
	}
}

// rows returns the body laid out for width, rendering it on the first call.
func (p factsPane) rows(width int) *rowList {
	l := &p.cache.list
	if l.width == width && l.rows != nil {
		return l
	}
	*l = rowList{width: width, top: make([]int, len(p.order)), bottom: make([]int, len(p.order)),
		render: func(d int) []string { return p.entry(p.order[d], width, false, -1) }}
	blank := strings.Repeat(" ", width)
	for gi, g := range p.groups {
		if gi > 0 {
			l.add(blank)
		}
		l.add(p.st.heading.Render(fitCells(" "+g.title, width)))
		for d := g.start; d < g.start+g.count; d++ {
			rows := 1
			if p.b.Facts[p.order[d]].Detail != "" {
				rows = 2
			}
			l.addEntry(d, rows)
		}
	}
	return l
}

// entry renders fact i: its name with the mention count (or "2/5" while
// stepping through mentions) on the right, and its detail, dim, below.
func (p factsPane) entry(i, width int, selected bool, step int) []string {
	f := p.b.Facts[i]
	mark, name := "  ", p.st.name
	if selected {
		mark, name = p.st.marker.Render("▌")+" ", p.st.selName
	}
	count := strconv.Itoa(len(f.Mentions))
	if step >= 0 {
		count = strconv.Itoa(step+1) + "/" + count
	}
	// The last column stays blank, as in the title bar, so that the
	// count never touches the pane beside (a heading's "▾").
	nameWidth := width - 2 - ansi.StringWidth(count) - 2
	var first string
	if nameWidth >= 3 {
		first = mark + name.Render(fitCells(f.Text, nameWidth)) + " " + p.st.count.Render(count)
	} else {
		first = mark + name.Render(f.Text)
	}
	out := []string{fitCells(fitCells(first, width-1)+" ", width)}
	if f.Detail != "" {
		out = append(out, fitCells(fitCells("    "+p.st.detail.Render(f.Detail), width-1)+" ", width))
	}
	return out
}
