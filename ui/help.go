package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpGroup is one titled block of the help view.
type helpGroup struct {
	title   string
	entries []helpEntry
}

// helpEntry is one row of the help: a key and what it does, or two
// opposite keys (down and up, next and previous) and what they do
// together, on one row when their keys are short enough to share it.
type helpEntry struct {
	bindings []key.Binding
	desc     string // what a pair does; a single key says it itself
}

// helpLine is a row of the help as drawn: the keys and what they do.
type helpLine struct{ keys, desc string }

// pairWidth is the widest pair of keys ("tab shift+tab") drawn on one row;
// a wider pair takes a row for each key, with its own description.
const pairWidth = 13

// one is the help entry of a single key.
func one(b key.Binding) helpEntry { return helpEntry{bindings: []key.Binding{b}} }

// both is the help entry of two opposite keys, described together.
func both(a, b key.Binding, desc string) helpEntry {
	return helpEntry{bindings: []key.Binding{a, b}, desc: desc}
}

// singles is a help entry for each key.
func singles(bs ...key.Binding) []helpEntry {
	out := make([]helpEntry, len(bs))
	for i, b := range bs {
		out[i] = one(b)
	}
	return out
}

// lines is how an entry is drawn: its enabled keys, a pair on one row
// when it fits.
func (e helpEntry) lines() []helpLine {
	var on []key.Binding
	for _, b := range e.bindings {
		if b.Enabled() {
			on = append(on, b)
		}
	}
	if len(on) == 2 && e.desc != "" {
		if k := on[0].Help().Key + " " + on[1].Help().Key; ansi.StringWidth(k) <= pairWidth {
			return []helpLine{{k, e.desc}}
		}
	}
	out := make([]helpLine, len(on))
	for i, b := range on {
		out[i] = helpLine{b.Help().Key, b.Help().Desc}
	}
	return out
}

// lines is every row of a group as drawn, under its title.
func (g helpGroup) lines() []helpLine {
	var out []helpLine
	for _, e := range g.entries {
		out = append(out, e.lines()...)
	}
	return out
}

// bindings is every key of a group, each of a pair too.
func (g helpGroup) bindings() []key.Binding {
	var out []key.Binding
	for _, e := range g.entries {
		out = append(out, e.bindings...)
	}
	return out
}

// without is the group without the keys drop reports.
func (g helpGroup) without(drop func(key.Binding) bool) helpGroup {
	out := helpGroup{title: g.title}
	for _, e := range g.entries {
		kept := helpEntry{desc: e.desc}
		for _, b := range e.bindings {
			if !drop(b) {
				kept.bindings = append(kept.bindings, b)
			}
		}
		if len(kept.bindings) > 0 {
			out.entries = append(out.entries, kept)
		}
	}
	return out
}

// moveHelp is the help of the keys that move through a text or a list.
func (k KeyMap) moveHelp() helpGroup {
	return helpGroup{"Move", []helpEntry{both(k.Down, k.Up, "down / up"), one(k.PageDown), one(k.PageUp),
		one(k.HalfDown), one(k.HalfUp), both(k.Top, k.Bottom, "top / bottom")}}
}

// otherHelp is the help's last group, the same in every view.
func (k KeyMap) otherHelp() helpGroup {
	return helpGroup{"Other", singles(with(k.Help, "this help"), k.Quit, k.Suspend)}
}

// readerHelp is the help of the reader: every key it answers to, once,
// in groups ordered so that they flow into columns of about one height.
func (k KeyMap) readerHelp() []helpGroup {
	move := k.moveHelp()
	move.entries = append(move.entries, one(k.JumpBack))
	return []helpGroup{
		move,
		{"Search", []helpEntry{one(k.Search), both(k.NextMatch, k.PrevMatch, "next / previous")}},
		{"Quotes", []helpEntry{both(k.NextQuote, k.PrevQuote, "next / previous"), one(k.Detail), one(k.Copy)}},
		{"Sections", []helpEntry{both(k.NextSection, k.PrevSection, "next / previous"), one(k.Fold), one(k.FoldAll),
			one(k.Captions), one(with(k.Enter, "fold / jump"))}},
		{"Panes", []helpEntry{both(k.FocusNext, k.FocusPrev, "next / previous"), one(k.Links), one(k.People),
			one(with(k.Back, "library / clear"))}},
		k.otherHelp(),
	}
}

// libraryHelp is the help of the library list.
func (k KeyMap) libraryHelp() []helpGroup {
	return []helpGroup{
		k.moveHelp(),
		{"Library", singles(with(k.Enter, "open"), k.Filter, with(k.Back, "clear the filter"), k.People)},
		k.otherHelp(),
	}
}

// peopleHelp is the help of the people index.
func (k KeyMap) peopleHelp() []helpGroup {
	return []helpGroup{
		k.moveHelp(),
		{"People", singles(with(k.Enter, "their quotes / open at the quote"), with(k.Back, "back"))},
		k.otherHelp(),
	}
}

// helpGap is the space between two columns of the help view.
const helpGap = 4

// helpView renders the groups into exactly width x height cells: a title
// row, then the groups flowed into as few columns of about one height as
// fit the height (and as many as the width allows when they do not),
// scrolled down by offset rows when even those do not fit.
func helpView(groups []helpGroup, width, height, offset int, pal palette) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	rows := helpRows(groups, width, height, pal)
	body := height - 1
	offset = clampHelpOffset(offset, len(rows), body)
	status := "? or esc to close"
	if len(rows) > body {
		status = fmt.Sprintf("%d–%d of %d · j/k scroll · ? close", offset+1, min(offset+body, len(rows)), len(rows))
		if width < 60 {
			status = fmt.Sprintf("%d/%d ↓", min(offset+body, len(rows)), len(rows))
		}
	}
	lines := []string{titleBar("Keys", status, width, true, pal)}
	lines = append(lines, rows[offset:min(offset+body, len(rows))]...)
	return fitRows(lines, width, height)
}

// helpHeight is the number of body rows the help of groups takes at a size,
// for scrolling.
func helpHeight(groups []helpGroup, width, height int) int {
	return tallest(helpLayout(groups, width, height))
}

// clampHelpOffset keeps a help scroll offset inside its rows.
func clampHelpOffset(offset, rows, body int) int {
	return max(min(offset, rows-body), 0)
}

// helpColumn is one column of the help: the groups in it, in order, and
// the width of its keys and of its descriptions. Its descriptions line up
// down the column or, when the column is too wide for the view that way,
// each group's on their own (ragged, but whole).
type helpColumn struct {
	groups      []helpGroup
	keyW, descW int
	perGroup    bool
}

// height is the number of rows of a column: each group's title and rows,
// and a blank row between two groups.
func (c helpColumn) height() int {
	h := 0
	for i, g := range c.groups {
		if i > 0 {
			h++
		}
		h += 1 + len(g.lines())
	}
	return h
}

// width is the width of a column with its descriptions whole.
func (c helpColumn) width() int {
	if !c.perGroup {
		return c.keyW + 2 + c.descW
	}
	w := 0
	for _, g := range c.groups {
		w = max(w, ansi.StringWidth(g.title))
		keyW := g.keyWidth()
		for _, l := range g.lines() {
			w = max(w, keyW+2+ansi.StringWidth(l.desc))
		}
	}
	return w
}

// keyWidth is the width of a group's widest keys.
func (g helpGroup) keyWidth() int {
	w := 0
	for _, l := range g.lines() {
		w = max(w, ansi.StringWidth(l.keys))
	}
	return w
}

// tallest returns the number of rows of the tallest column.
func tallest(columns []helpColumn) int {
	h := 0
	for _, c := range columns {
		h = max(h, c.height())
	}
	return h
}

// helpLayout flows the groups with keys into columns for a view of width
// x height: the fewest columns whose rows fit under the title row, or,
// when none do, the most that fit the width with every description whole
// (then the help scrolls). One column is always laid out.
func helpLayout(groups []helpGroup, width, height int) []helpColumn {
	var shown []helpGroup
	for _, g := range groups {
		if len(g.lines()) > 0 {
			shown = append(shown, g)
		}
	}
	body := height - 1
	columns := flow(shown, 1)
	for c := 2; c <= len(shown) && tallest(columns) > body; c++ {
		next := flow(shown, c)
		if helpWidth(next) > width {
			break
		}
		columns = next
	}
	if len(columns) == 1 && columns[0].width() > width-1 {
		columns[0].perGroup = true
	}
	return columns
}

// helpWidth is the width the columns take with a one-cell margin and the
// gaps between them.
func helpWidth(columns []helpColumn) int {
	w := 1 + helpGap*max(len(columns)-1, 0)
	for _, c := range columns {
		w += c.width()
	}
	return w
}

// flow lays the groups out, in order, into at most cols columns, the
// tallest as short as it can be, and measures each column.
func flow(groups []helpGroup, cols int) []helpColumn {
	heights := make([]int, len(groups))
	total := 0
	for i, g := range groups {
		heights[i] = 1 + len(g.lines())
		total += heights[i] + 1
	}
	var spans [][2]int
	// No column can be shorter than the tallest group.
	for limit := max(slicesMax(heights), 1); ; limit++ {
		if spans = pack(heights, limit); len(spans) <= max(cols, 1) || limit >= total {
			break
		}
	}
	columns := make([]helpColumn, len(spans))
	for i, sp := range spans {
		c := &columns[i]
		c.groups = groups[sp[0]:sp[1]]
		titleW := 0
		for _, g := range c.groups {
			titleW = max(titleW, ansi.StringWidth(g.title))
			for _, l := range g.lines() {
				c.keyW = max(c.keyW, ansi.StringWidth(l.keys))
				c.descW = max(c.descW, ansi.StringWidth(l.desc))
			}
		}
		c.descW = max(c.descW, titleW-c.keyW-2)
	}
	return columns
}

// slicesMax is the largest of some numbers, 0 for none.
func slicesMax(ns []int) int {
	m := 0
	for _, n := range ns {
		m = max(m, n)
	}
	return m
}

// pack fills columns with blocks of the given heights, in order, starting
// a new column when the next block, after a blank row, would make the
// current one taller than limit rows; it returns each column's blocks as
// a range [from, to).
func pack(heights []int, limit int) [][2]int {
	var spans [][2]int
	from, h := 0, 0
	for i, bh := range heights {
		if i > from && h+1+bh > limit {
			spans = append(spans, [2]int{from, i})
			from, h = i, 0
		}
		if i > from {
			h++
		}
		h += bh
	}
	if len(heights) > from {
		spans = append(spans, [2]int{from, len(heights)})
	}
	return spans
}

// helpRows lays the groups out in columns for a view of width x height
// and returns the body's rows.
func helpRows(groups []helpGroup, width, height int, pal palette) []string {
	columns := helpLayout(groups, width, height)
	title := lipgloss.NewStyle().Bold(true).Foreground(pal.Accent)
	keyStyle := lipgloss.NewStyle().Foreground(pal.Speaker)
	desc := lipgloss.NewStyle().Foreground(pal.Text)
	cells := make([][]string, len(columns))
	for i, c := range columns {
		for j, g := range c.groups {
			if j > 0 {
				cells[i] = append(cells[i], "")
			}
			cells[i] = append(cells[i], title.Render(g.title))
			keyW := c.keyW
			if c.perGroup {
				keyW = g.keyWidth()
			}
			for _, l := range g.lines() {
				pad := strings.Repeat(" ", keyW-ansi.StringWidth(l.keys)+2)
				cells[i] = append(cells[i], keyStyle.Render(l.keys)+pad+desc.Render(l.desc))
			}
		}
	}
	rows := make([]string, tallest(columns))
	for r := range rows {
		var sb strings.Builder
		sb.WriteString(" ")
		for i, c := range columns {
			w := c.width()
			if len(columns) == 1 {
				w = min(w, width-1) // cut only when one column is too wide
			}
			if i > 0 {
				sb.WriteString(strings.Repeat(" ", helpGap))
			}
			cell := ""
			if r < len(cells[i]) {
				cell = cells[i][r]
			}
			sb.WriteString(fitCells(cell, w))
		}
		rows[r] = sb.String()
	}
	return rows
}
