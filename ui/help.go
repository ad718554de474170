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
	title    string
	bindings []key.Binding
}

// readerHelp is the help of the reader: every key it answers to, once.
func (k KeyMap) readerHelp() []helpGroup {
	return []helpGroup{
		{"Move", []key.Binding{k.Up, k.Down, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.JumpBack}},
		{"Quotes and sections", []key.Binding{k.NextQuote, k.PrevQuote, k.NextSection, k.PrevSection, k.Fold, k.FoldAll,
			with(k.Enter, "fold / jump"), k.Detail, k.Copy}},
		{"Search", []key.Binding{k.Search, k.NextMatch, k.PrevMatch}},
		{"Panes", []key.Binding{k.FocusNext, k.FocusPrev, k.Links, k.People, with(k.Back, "library / clear")}},
		{"Other", []key.Binding{with(k.Help, "this help"), k.Quit, k.Suspend}},
	}
}

// libraryHelp is the help of the library list.
func (k KeyMap) libraryHelp() []helpGroup {
	return []helpGroup{
		{"Move", []key.Binding{k.Up, k.Down, k.PageDown, k.PageUp, k.Top, k.Bottom}},
		{"Library", []key.Binding{with(k.Enter, "open"), k.Filter, with(k.Back, "clear the filter"), k.People}},
		{"Other", []key.Binding{with(k.Help, "this help"), k.Quit, k.Suspend}},
	}
}

// peopleHelp is the help of the people index.
func (k KeyMap) peopleHelp() []helpGroup {
	return []helpGroup{
		{"Move", []key.Binding{k.Up, k.Down, k.PageDown, k.PageUp, k.Top, k.Bottom}},
		{"People", []key.Binding{with(k.Enter, "their quotes / open at the quote"), with(k.Back, "back")}},
		{"Other", []key.Binding{with(k.Help, "this help"), k.Quit, k.Suspend}},
	}
}

// helpGap is the space between two columns of the help view.
const helpGap = 4

// helpView renders the groups into exactly width x height cells: a title
// row, then the groups flowed into as few columns as fit the height (and as
// many as the width allows when they do not), scrolled down by offset rows
// when even those do not fit.
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
	return len(helpRows(groups, width, height, newPalette(true)))
}

// clampHelpOffset keeps a help scroll offset inside its rows.
func clampHelpOffset(offset, rows, body int) int {
	return max(min(offset, rows-body), 0)
}

// helpRows lays the groups out in columns for a view of width x height
// and returns the body's rows.
func helpRows(groups []helpGroup, width, height int, pal palette) []string {
	keyW, descW := 0, 0
	for _, g := range groups {
		for _, b := range g.bindings {
			if b.Enabled() {
				keyW = max(keyW, ansi.StringWidth(b.Help().Key))
				descW = max(descW, ansi.StringWidth(b.Help().Desc))
			}
		}
	}
	blocks := helpBlocks(groups, keyW, pal)
	body := height - 1
	cols := 1
	for c := 2; c <= len(blocks); c++ {
		// A column is added only when every description still fits whole.
		if helpColumnWidth(width, c) < keyW+2+descW || tallest(flow(blocks, c-1)) <= body {
			break
		}
		cols = c
	}
	colW := min(helpColumnWidth(width, cols), keyW+2+descW)
	columns := flow(blocks, cols)
	var rows []string
	for r := range tallest(columns) {
		var sb strings.Builder
		for c, col := range columns {
			if c > 0 {
				sb.WriteString(strings.Repeat(" ", helpGap))
			}
			cell := ""
			if r < len(col) {
				cell = col[r]
			}
			sb.WriteString(fitCells(cell, colW))
		}
		rows = append(rows, " "+sb.String())
	}
	return rows
}

// helpColumnWidth is the width of each of cols columns in a view of width
// cells with a one-cell margin.
func helpColumnWidth(width, cols int) int {
	return (width - 1 - helpGap*(cols-1)) / cols
}

// helpBlocks renders each group as its lines: the title, its enabled keys
// with their descriptions, and a blank line.
func helpBlocks(groups []helpGroup, keyW int, pal palette) [][]string {
	title := lipgloss.NewStyle().Bold(true).Foreground(pal.Accent)
	keyStyle := lipgloss.NewStyle().Foreground(pal.Speaker)
	desc := lipgloss.NewStyle().Foreground(pal.Text)
	var blocks [][]string
	for _, g := range groups {
		block := []string{title.Render(g.title)}
		for _, b := range g.bindings {
			if !b.Enabled() {
				continue
			}
			k := b.Help().Key
			pad := strings.Repeat(" ", keyW-ansi.StringWidth(k)+2)
			block = append(block, keyStyle.Render(k)+pad+desc.Render(b.Help().Desc))
		}
		if len(block) > 1 {
			blocks = append(blocks, append(block, ""))
		}
	}
	return blocks
}

// flow lays blocks out, in order, into at most cols columns, as short as
// the blocks allow, and returns each column's lines.
func flow(blocks [][]string, cols int) [][]string {
	total, tallestBlock := 0, 0
	for _, b := range blocks {
		total += len(b)
		tallestBlock = max(tallestBlock, len(b)-1)
	}
	cols = max(cols, 1)
	// No column can be shorter than the tallest block or than an even share.
	for limit := max(tallestBlock, (total-len(blocks))/cols, 1); ; limit++ {
		if columns := pack(blocks, limit); len(columns) <= cols || limit >= total {
			return columns
		}
	}
}

// pack fills columns in order, starting a new column when the next block
// would make the current one taller than limit lines (not counting the
// trailing blank line, which is dropped).
func pack(blocks [][]string, limit int) [][]string {
	var columns [][]string
	var cur []string
	for _, b := range blocks {
		if len(cur) > 0 && len(cur)+len(b)-1 > limit {
			columns = append(columns, cur[:len(cur)-1])
			cur = nil
		}
		cur = append(cur, b...)
	}
	if len(cur) > 0 {
		columns = append(columns, cur[:len(cur)-1])
	}
	return columns
}

// tallest returns the number of lines of the longest column.
func tallest(columns [][]string) int {
	h := 0
	for _, c := range columns {
		h = max(h, len(c))
	}
	return h
}
