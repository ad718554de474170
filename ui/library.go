package ui

import (
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"brief/briefing"
	"brief/library"
)

// libraryRows is how many rows one entry takes: title, details, a gap.
const libraryRows = 3

// libraryRecheck is the longest a watch for library changes waits before
// it looks again anyway. Bubble Tea cannot cancel a command, so this bounds
// how long the watch of a reader that has quit outlives it.
const libraryRecheck = time.Minute

// libraryDate is how the list shows a briefing's publication date.
const libraryDate = "2 Jan 2006"

// libraryPane lists the briefings of a library while it fills, filterable
// with `/`. Entries whose import failed show their error and cannot be opened.
type libraryPane struct {
	lib     *library.Library
	keys    *KeyMap
	pal     palette
	st      libraryStyles
	changed <-chan struct{} // closed at the first change after the snapshot
	stop    <-chan struct{} // closed when the reader ends: the watch stops
	recheck time.Duration   // see libraryRecheck
	entries []library.Entry
	search  []string // lower-cased title, source and ID of each entry
	done    bool

	filter    string
	filtering bool     // typing a filter
	visible   []int    // indexes of the entries that match the filter
	selected  int      // position in visible, or -1
	offset    int      // first body row on screen
	size      paneSize // set by the root with SetSize
	cache     *libraryCache
}

// SetSize gives the list its size; the root calls it on every layout.
func (p *libraryPane) SetSize(width, height int) {
	p.size = paneSize{width, height}
	p.scroll()
}

// libraryCache holds the entries' rows rendered at the last width and the
// last size drawn. A refresh starts a new cache; copies of the pane share it.
type libraryCache struct {
	width int
	rows  map[int][]string // by index in entries
	sel   selectedRows
}

// rowsOf returns the rows of entries[i] at width, exactly width cells each.
func (p libraryPane) rowsOf(i, width int, selected bool) []string {
	c := p.cache
	render := func() []string {
		r := p.entry(p.entries[i], width, selected)
		out := make([]string, libraryRows)
		for k := range r {
			out[k] = fitCells(r[k], width)
		}
		return out
	}
	if selected {
		return c.sel.get(i, width, 0, render)
	}
	if c.width != width || c.rows == nil {
		c.width, c.rows = width, map[int][]string{}
	}
	r, ok := c.rows[i]
	if !ok {
		r = render()
		c.rows[i] = r
	}
	return r
}

// libraryStyles are the Lip Gloss styles of the library list.
type libraryStyles struct {
	title, selTitle, meta, failed, marker, prompt, empty lipgloss.Style
}

// newLibraryStyles builds the library list's styles from the palette.
func newLibraryStyles(pal palette) libraryStyles {
	s := lipgloss.NewStyle()
	return libraryStyles{
		title:    s.Bold(true).Foreground(pal.Text),
		selTitle: s.Bold(true).Background(pal.Selected).Foreground(pal.SelectedText),
		meta:     s.Foreground(pal.Dim),
		failed:   s.Foreground(pal.Error),
		marker:   s.Foreground(pal.Selected),
		prompt:   s.Foreground(pal.Accent),
		empty:    s.Italic(true).Foreground(pal.Dim),
	}
}

// newLibraryPane returns the list for a library.
func newLibraryPane(lib *library.Library, keys *KeyMap, pal palette) libraryPane {
	p := libraryPane{lib: lib, keys: keys, pal: pal, st: newLibraryStyles(pal), selected: -1,
		recheck: libraryRecheck, cache: &libraryCache{}}
	p.refresh()
	return p
}

// Init starts watching the library for changes (libraryChangedMsg).
func (p libraryPane) Init() tea.Cmd { return waitLibrary(p.changed, p.stop, p.recheck) }

// waitLibrary returns a command that yields libraryChangedMsg once ch is
// closed, or after recheck at the latest; it gives up, with no message, when
// stop is closed.
func waitLibrary(ch, stop <-chan struct{}, recheck time.Duration) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		t := time.NewTimer(recheck)
		defer t.Stop()
		select {
		case <-ch:
		case <-t.C:
		case <-stop:
			return nil
		}
		return libraryChangedMsg{}
	}
}

// Filtering reports whether the user is typing a filter, so the root model
// sends every key here instead of reading it as a command.
func (p libraryPane) Filtering() bool { return p.filtering }

// Update handles keys (up/down, `/` to filter, enter returns an openMsg
// command) and libraryChangedMsg (refresh and watch again).
func (p libraryPane) Update(msg tea.Msg) (libraryPane, tea.Cmd) {
	switch msg := msg.(type) {
	case libraryChangedMsg:
		p.refresh()
		return p, waitLibrary(p.changed, p.stop, p.recheck)
	case tea.KeyPressMsg:
		if p.filtering {
			return p.filterKey(msg), nil
		}
		return p.listKey(msg)
	case tea.MouseClickMsg:
		return p.click(msg)
	}
	return p, nil
}

// click selects the entry under a left click (in coordinates relative to
// the pane, the title bar being row 0), and opens it when it was already
// selected.
func (p libraryPane) click(msg tea.MouseClickMsg) (libraryPane, tea.Cmd) {
	row, ok := clickRow(msg)
	height := p.size.height
	if !ok || height <= 0 {
		return p, nil
	}
	body := p.bodyHeight(height)
	row -= height - 1 - body // the filter line
	if row < 0 || row >= body {
		return p, nil
	}
	off := p.viewOffset(body)
	d := (off + row) / libraryRows
	if (off+row)%libraryRows == libraryRows-1 || d >= len(p.visible) {
		return p, nil
	}
	if d == p.selected {
		return p, p.open()
	}
	p.selected, p.offset = d, off
	return p, nil
}

// viewOffset is the first row View shows in a body of the given height:
// the stored offset, moved as little as needed to show the selection.
func (p libraryPane) viewOffset(body int) int {
	top := -1
	if p.selected >= 0 {
		top = p.selected * libraryRows
	}
	return keepInView(p.offset, top, top+libraryRows-1, body, len(p.visible)*libraryRows-1)
}

// listKey handles a key while browsing the list.
func (p libraryPane) listKey(msg tea.KeyPressMsg) (libraryPane, tea.Cmd) {
	switch {
	case key.Matches(msg, p.keys.Filter):
		p.filtering = true
		return p, nil
	case key.Matches(msg, p.keys.Back) && p.filter != "":
		p.setFilter("")
		return p, nil
	case key.Matches(msg, p.keys.Enter):
		return p, p.open()
	}
	page := max(1, p.bodyHeight(p.size.height)/libraryRows)
	if next, ok := moveKey(msg, p.keys, p.selected, len(p.visible), page); ok && len(p.visible) > 0 {
		p.selected = next
		p.scroll()
	}
	return p, nil
}

// filterKey handles a key while typing a filter: text narrows the list,
// backspace widens it, esc clears it, enter keeps it, and the arrow keys
// still move the selection.
func (p libraryPane) filterKey(msg tea.KeyPressMsg) libraryPane {
	switch msg.String() {
	case "esc":
		p.filtering = false
		p.setFilter("")
	case "enter":
		p.filtering = false
	case "backspace":
		if r := []rune(p.filter); len(r) > 0 {
			p.setFilter(string(r[:len(r)-1]))
		}
	case "up", "down":
		if next, ok := moveKey(msg, p.keys, p.selected, len(p.visible), 1); ok && len(p.visible) > 0 {
			p.selected = next
			p.scroll()
		}
	default:
		if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
			p.setFilter(p.filter + msg.Text)
		}
	}
	return p
}

// open returns the command that opens the selected entry, unless its import
// failed.
func (p libraryPane) open() tea.Cmd {
	e, ok := p.selectedEntry()
	if !ok || e.Err != nil || e.Briefing == nil {
		return nil
	}
	m := openMsg{id: e.ID}
	return func() tea.Msg { return m }
}

// selectedEntry returns the selected entry, if any.
func (p libraryPane) selectedEntry() (library.Entry, bool) {
	if p.selected < 0 || p.selected >= len(p.visible) {
		return library.Entry{}, false
	}
	return p.entries[p.visible[p.selected]], true
}

// refresh takes a new snapshot of the library, keeping the selection on
// the same entry.
func (p *libraryPane) refresh() {
	if p.lib == nil {
		p.done = true
		return
	}
	selID := ""
	if e, ok := p.selectedEntry(); ok {
		selID = e.ID
	}
	p.changed = p.lib.Changed() // before the snapshot, so no change is missed
	entries, done := p.lib.Snapshot()
	p.done = done
	if p.entries != nil && sameEntries(entries, p.entries) {
		return // a recheck that found nothing new: keep the rendered rows
	}
	p.entries = entries
	p.cache = &libraryCache{}
	p.search = make([]string, len(p.entries))
	for i, e := range p.entries {
		s := e.ID
		if b := e.Briefing; b != nil {
			s = b.Title + "\x00" + b.Source + "\x00" + s
		}
		p.search[i] = strings.ToLower(s)
	}
	p.applyFilter(selID)
}

// sameEntries reports whether two snapshots list the same imports.
func sameEntries(a, b []library.Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || a[i].Briefing != b[i].Briefing || errText(a[i].Err) != errText(b[i].Err) {
			return false
		}
	}
	return true
}

// errText is an error's message, or "" for none.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// setFilter changes the filter and keeps the selection on the same entry
// when it still matches.
func (p *libraryPane) setFilter(f string) {
	selID := ""
	if e, ok := p.selectedEntry(); ok {
		selID = e.ID
	}
	p.filter = f
	p.applyFilter(selID)
}

// applyFilter recomputes the visible entries and selects selID among them,
// or the first one.
func (p *libraryPane) applyFilter(selID string) {
	f := strings.ToLower(p.filter)
	p.visible = p.visible[:0:0]
	p.selected = -1
	for i := range p.entries {
		if f == "" || strings.Contains(p.search[i], f) {
			if p.entries[i].ID == selID {
				p.selected = len(p.visible)
			}
			p.visible = append(p.visible, i)
		}
	}
	if p.selected < 0 && len(p.visible) > 0 {
		p.selected = 0
	}
	p.scroll()
}

// bodyHeight is the number of list rows in a pane of the given height.
func (p libraryPane) bodyHeight(height int) int {
	h := height - 1
	if p.filtering || p.filter != "" {
		h--
	}
	return max(h, 0)
}

// scroll keeps the selected entry in view at the last size drawn.
func (p *libraryPane) scroll() {
	if p.size.height <= 0 || p.selected < 0 {
		return
	}
	p.offset = p.viewOffset(p.bodyHeight(p.size.height))
}

// View renders the list into exactly its size.
func (p libraryPane) View() string {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := make([]string, 0, height)
	lines = append(lines, titleBar("Library", p.status(), width, true, p.pal))
	switch {
	case p.filtering:
		lines = append(lines, fitCells(p.st.prompt.Render("/ ")+p.filter+"▏", width))
	case p.filter != "":
		lines = append(lines, fitCells(p.st.prompt.Render("filter: ")+p.filter+p.st.meta.Render("  (esc clears)"), width))
	}
	if len(p.visible) == 0 {
		lines = append(lines, p.st.empty.Render(" "+p.emptyText()))
		return fitRows(lines, width, height)
	}
	body := p.bodyHeight(height)
	off := p.viewOffset(body)
	for r := off; r < off+body && r/libraryRows < len(p.visible); {
		d := r / libraryRows
		rows := p.rowsOf(p.visible[d], width, d == p.selected)
		for ; r < off+body && r/libraryRows == d; r++ {
			lines = append(lines, rows[r%libraryRows])
		}
	}
	return stack(lines, width, height)
}

// status is the title bar's right side: loading progress or counts.
func (p libraryPane) status() string {
	n := strconv.Itoa(len(p.entries))
	switch {
	case !p.done:
		return "loading " + n + "/…"
	case p.filter != "" || p.filtering:
		return strconv.Itoa(len(p.visible)) + " of " + n
	case len(p.entries) == 1:
		return "1 briefing"
	default:
		return n + " briefings"
	}
}

// emptyText says why the list shows no entry.
func (p libraryPane) emptyText() string {
	switch {
	case len(p.entries) > 0:
		return "Nothing matches “" + p.filter + "”."
	case !p.done:
		return "Loading briefings…"
	default:
		return "No briefings."
	}
}

// entry renders one entry as libraryRows lines: the title (or the file name
// of a failed import) and its details (or the error).
func (p libraryPane) entry(e library.Entry, width int, selected bool) [libraryRows]string {
	mark, title := "  ", p.st.title
	if selected {
		mark, title = p.st.marker.Render("▌")+" ", p.st.selTitle
	}
	if e.Err != nil || e.Briefing == nil {
		msg := "could not be read"
		if e.Err != nil {
			msg = firstLine(briefing.CleanString(e.Err.Error()))
		}
		return [libraryRows]string{
			mark + p.st.failed.Render(briefing.CleanString(filepath.Base(e.ID))),
			mark + p.st.failed.Faint(true).Render(msg),
		}
	}
	b := e.Briefing
	name := b.Title
	if name == "" {
		name = briefing.CleanString(filepath.Base(e.ID))
	}
	var meta []string
	if b.Source != "" {
		meta = append(meta, b.Source)
	}
	if !b.Published.IsZero() {
		meta = append(meta, b.Published.Format(libraryDate))
	}
	meta = append(meta, plural(len(b.Quotes), "quote"), plural(len(b.Facts), "fact"))
	return [libraryRows]string{
		mark + title.Render(name),
		mark + p.st.meta.Render(strings.Join(meta, " · ")),
	}
}

// plural writes a count with its noun: "1 quote", "3 quotes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
