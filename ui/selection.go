package ui

// listCache holds a list pane's rows rendered for the last width and the
// last size drawn. Copies of the pane share it; Bubble Tea calls Update and
// View from one goroutine.
type listCache struct {
	list rowList
	sel  selectedRows
}

// listSelection is what the quotes and facts panes keep alike: their
// entries in display order, the selected one and the scroll offset.
type listSelection struct {
	selected int      // entry index, or -1
	order    []int    // entry indexes in display order
	pos      []int    // display position of each entry index
	offset   int      // first body row on screen
	size     paneSize // set by the root with SetSize
	cache    *listCache
}

// SetSize gives the pane its size; the root calls it on every layout.
func (s *listSelection) SetSize(width, height int) { s.size = paneSize{width, height} }

// newListSelection returns a selection of n entries with none selected;
// the pane fills order and pos.
func newListSelection(n int) listSelection {
	return listSelection{selected: -1, pos: make([]int, n), cache: &listCache{}}
}

// place is the selected entry's display position, or -1.
func (s listSelection) place() int {
	if s.selected < 0 {
		return -1
	}
	return s.pos[s.selected]
}

// keepSelected is the first row shown in a body of the given height: the
// stored offset, moved as little as needed to show the selected entry and
// the above rows over it (its group heading), and never to the middle of an
// entry.
func (s listSelection) keepSelected(l *rowList, body, above int) int {
	top, bottom, sel := -1, -1, -1
	if d := s.place(); d >= 0 {
		top, bottom, sel = max(l.top[d]-above, 0), l.bottom[d], l.top[d]
	}
	return wholeTop(l, keepInView(s.offset, top, bottom, body, len(l.rows)), sel)
}

// clicked returns the display position of the entry under a click on row y
// of the pane and the offset it was made at, for a pane laid out by rows and
// scrolled by viewOffset at its size.
func (s listSelection) clicked(y int, rows func(width int) *rowList, viewOffset func(*rowList, int) int) (d, off int, ok bool) {
	row, ok := clickRow(y)
	size := s.size
	if !ok || size.width <= 0 || len(s.order) == 0 {
		return -1, 0, false
	}
	l := rows(size.width)
	off = viewOffset(l, size.height-1)
	d = l.entryAt(off + row)
	return d, off, d >= 0
}

// scroll moves the offset so the selected entry is in view at the pane's
// size; View keeps it in view again if the size has changed since.
func (s *listSelection) scroll(rows func(width int) *rowList, viewOffset func(*rowList, int) int) {
	size := s.size
	if size.width <= 0 || s.selected < 0 {
		return
	}
	s.offset = viewOffset(rows(size.width), size.height-1)
}

// body appends to lines (the title bar) the body rows from off, paints the
// selected entry's rows (from sel) over its plain ones, and fits the whole
// into width x height cells.
func (s listSelection) body(lines []string, l *rowList, off, width, height int, sel func() []string) string {
	lines = append(lines, l.window(off, height-1)...)
	if d := s.place(); d >= 0 {
		overlayRows(lines, sel(), l.top[d], off)
	}
	return stack(lines, width, height)
}
