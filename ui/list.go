package ui

import (
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// This file holds what the side panes share: cutting lines to an exact
// width, stacking them into an exact height, the title bar, and the
// arithmetic that keeps a selected entry in view.

// ellipsis ends every line or text that was cut short.
const ellipsis = "…"

// fitCells cuts s (which may hold ANSI styles) to width cells, ending it with
// an ellipsis when it was too long, and pads it with spaces to exactly width.
func fitCells(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		s = ansi.Truncate(s, width, ellipsis)
		w = ansi.StringWidth(s)
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// fitRows joins lines into exactly height lines of exactly width cells:
// extra lines are dropped, missing ones are blank.
func fitRows(lines []string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	fitted := make([]string, min(len(lines), height))
	for i := range fitted {
		fitted[i] = fitCells(lines[i], width)
	}
	return stack(fitted, width, height)
}

// stack joins lines that are already exactly width cells wide into exactly
// height lines, adding blank ones or dropping extra ones. It skips the
// measuring of fitRows, for rows rendered once per width.
func stack(lines []string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	size := height * (width + 1)
	for _, l := range lines[:min(len(lines), height)] {
		size += len(l)
	}
	var sb strings.Builder
	sb.Grow(size)
	blank := ""
	for i := range height {
		if i > 0 {
			sb.WriteByte('\n')
		}
		if i < len(lines) {
			sb.WriteString(lines[i])
			continue
		}
		if blank == "" {
			blank = strings.Repeat(" ", width)
		}
		sb.WriteString(blank)
	}
	return sb.String()
}

// selectedRows caches the rows of the selected entry, which View draws in
// place of its plain rows, for one entry, width and step.
type selectedRows struct {
	index, width, step int
	rows               []string
}

// get returns the cached rows, rendering them with render on a miss.
func (c *selectedRows) get(index, width, step int, render func() []string) []string {
	if c.rows == nil || c.index != index || c.width != width || c.step != step {
		*c = selectedRows{index: index, width: width, step: step, rows: render()}
	}
	return c.rows
}

// wrapText wraps plain text to width cells and keeps at most maxLines lines,
// ending the last kept line with an ellipsis when text was left out. A
// maxLines of 0 keeps every line.
func wrapText(text string, width, maxLines int) []string {
	if width < 1 {
		width = 1
	}
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return nil
	}
	lines := hangPunctuation(strings.Split(ansi.Wrap(text, width, ""), "\n"))
	if maxLines <= 0 || len(lines) <= maxLines {
		return lines
	}
	lines = lines[:maxLines]
	last := strings.TrimRight(lines[maxLines-1], " ")
	if ansi.StringWidth(last) >= width {
		last = ansi.Truncate(last, width-1, "")
	}
	lines[maxLines-1] = last + ellipsis
	return lines
}

// firstLine returns the first line of s, for one-line error messages.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// titleBar renders a pane's title row, exactly width cells: the title on the
// left and a status (position, counts) on the right, in the focused colour
// when the pane has the focus.
func titleBar(title, status string, width int, focused bool, pal palette) string {
	if width <= 0 {
		return ""
	}
	bg, fg := pal.Border, pal.Text
	if focused {
		bg, fg = pal.BorderFocused, pal.SelectedText
	}
	text := " " + title
	if status != "" {
		gap := width - ansi.StringWidth(text) - ansi.StringWidth(status) - 1
		if gap >= 1 {
			text += strings.Repeat(" ", gap) + status + " "
		} else {
			text += " " + status
		}
	}
	return lipgloss.NewStyle().Background(bg).Foreground(fg).Bold(focused).Render(fitCells(text, width))
}

// keepInView returns the scroll offset closest to offset that shows rows
// [top, bottom) of a list of total rows in a window of height rows. When the
// range is taller than the window, its top is shown.
func keepInView(offset, top, bottom, height, total int) int {
	if height <= 0 {
		return 0
	}
	if top >= 0 {
		if bottom > top+height {
			bottom = top + height
		}
		if bottom > offset+height {
			offset = bottom - height
		}
		if top < offset {
			offset = top
		}
	}
	if offset > total-height {
		offset = total - height
	}
	if offset < 0 {
		offset = 0
	}
	return offset
}

// wholeTop is the first row shown instead of off: when off would cut the
// entry at the top (its later rows shown without its first) or show the gap
// under it, the list goes on to the next row that starts something (an
// entry, or the heading over it), as long as the selected entry, whose
// first row is sel, stays in view. At the end of the list that leaves a
// row or two blank at the bottom.
func wholeTop(l *rowList, off, sel int) int {
	if off <= 0 || off >= len(l.rows) {
		return off
	}
	next := off
	if d := l.entryAt(off); d >= 0 && l.top[d] < off && d+1 < len(l.top) {
		next = l.top[d+1]
		if next >= 2 && l.entryAt(next-1) < 0 && l.entryAt(next-2) < 0 {
			next-- // the heading over it
		}
	} else if d < 0 && off > 0 && l.entryAt(off-1) >= 0 {
		next = off + 1 // past the gap under an entry
	}
	if sel >= 0 && next > sel {
		return off
	}
	return next
}

// rowList is a list laid out into rows: every entry occupies the rows
// [top[i], bottom[i]); rows between entries (headings, blank lines) belong to
// none. It is laid out once per width and shared by copies of a pane; the
// rows of an entry are rendered the first time they are shown, so a resize
// costs only the layout and the rows on screen.
type rowList struct {
	width       int
	rows        []string // "" until rendered; rendered rows are width cells
	top, bottom []int
	render      func(d int) []string // the rows of entry d
}

// add appends a row that belongs to no entry.
func (l *rowList) add(row string) { l.rows = append(l.rows, row) }

// addEntry appends entry d with the given number of rows, rendered later.
func (l *rowList) addEntry(d, rows int) {
	l.top[d] = len(l.rows)
	l.rows = append(l.rows, make([]string, rows)...)
	l.bottom[d] = len(l.rows)
}

// window returns the height rows starting at offset, rendering the entries
// among them that were not rendered yet.
func (l *rowList) window(offset, height int) []string {
	if offset < 0 {
		offset = 0
	}
	end := min(offset+height, len(l.rows))
	if offset >= end {
		return nil
	}
	for r := offset; r < end; r++ {
		if l.rows[r] != "" {
			continue
		}
		if d := l.entryAt(r); d >= 0 {
			copy(l.rows[l.top[d]:l.bottom[d]], l.render(d))
		}
	}
	return l.rows[offset:end]
}

// entryAt returns the entry shown on row, or -1 for a heading, a gap or a
// row past the end.
func (l *rowList) entryAt(row int) int {
	d := sort.Search(len(l.top), func(i int) bool { return l.bottom[i] > row })
	if d < len(l.top) && l.top[d] <= row {
		return d
	}
	return -1
}

// clickRow returns the body row of a click on row y of a pane (the title
// bar is row 0), or false for a click on the title bar.
func clickRow(y int) (int, bool) {
	if y < 1 {
		return 0, false
	}
	return y - 1, true
}

// paneSize remembers the last size a pane was drawn at, so Update can keep
// the selection in view with the height View will use. It is shared by the
// copies of a pane, like the row cache.
type paneSize struct{ width, height int }

// moveKey maps a movement key to the new position of the selection in a list
// of n entries, from cur (-1 for none); page is the step of page up/down,
// half of it that of a half page. It reports false when msg is not a
// movement key.
func moveKey(msg tea.KeyPressMsg, keys *KeyMap, cur, n, page int) (int, bool) {
	next := cur
	switch {
	case key.Matches(msg, keys.Down):
		next = cur + 1
	case key.Matches(msg, keys.Up):
		next = cur - 1
	case key.Matches(msg, keys.PageDown):
		next = cur + max(page, 1)
	case key.Matches(msg, keys.PageUp):
		next = cur - max(page, 1)
	case key.Matches(msg, keys.HalfDown):
		next = cur + max(page/2, 1)
	case key.Matches(msg, keys.HalfUp):
		next = cur - max(page/2, 1)
	case key.Matches(msg, keys.Top):
		next = 0
	case key.Matches(msg, keys.Bottom):
		next = n - 1
	default:
		return cur, false
	}
	return max(min(next, n-1), 0), true
}

// paneHead starts a list pane's lines with its title bar: the title and
// "place/total" (just the total with nothing selected, place < 0).
func paneHead(title string, total, place, width, height int, focused bool, pal palette) []string {
	status := strconv.Itoa(total)
	if place >= 0 {
		status = strconv.Itoa(place+1) + "/" + status
	}
	lines := make([]string, 0, height)
	return append(lines, titleBar(title, status, width, focused, pal))
}

// overlayRows draws the selected entry's rows over the plain ones: lines
// holds the title bar and then the body from row off; the entry starts at
// body row top.
func overlayRows(lines, sel []string, top, off int) {
	for r := range sel {
		if i := 1 + top + r - off; i >= 1 && i < len(lines) {
			lines[i] = sel[r]
		}
	}
}
