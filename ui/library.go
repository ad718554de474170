package ui

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"brief/briefing"
	"brief/library"
)

// libraryRecheck is the longest a watch for library changes waits before
// it looks again anyway. Bubble Tea cannot cancel a command, so this bounds
// how long the watch of a reader that has quit outlives it.
const libraryRecheck = time.Minute

// libraryTick is how often the list looks again while files import, to
// show how long a slow one has been at it.
const libraryTick = 100 * time.Millisecond

// libraryDate is how the list shows a briefing's publication date.
const libraryDate = "2 Jan 2006"

// libraryPane lists the briefings of a library while it fills, newest first
// and grouped by day, unread ones marked, filterable with `/` (by title,
// source, authors and people, ignoring case and accents). Entries whose
// import failed are listed last with their error and cannot be opened.
type libraryPane struct {
	lib       *library.Library
	c         *common
	st        libraryStyles
	changed   <-chan struct{}        // closed at the first change after the snapshot
	stop      <-chan struct{}        // closed when the reader ends: the watch stops
	recheck   time.Duration          // see libraryRecheck
	entries   []library.Entry        // sorted for the list
	search    []string               // folded search text of each entry
	folded    map[string]foldedEntry // search texts kept across refreshes, by ID
	done      bool
	progress  library.Progress
	importing []string        // progress lines of the files importing now
	read      map[string]bool // the reader's read briefings, by ID
	now       time.Time       // when the list was last laid out, for "Today"

	filter    string
	filtering bool  // typing a filter
	visible   []int // indexes of the entries that match the filter
	selected  int   // position in visible, or -1
	chosen    bool  // the reader moved the selection: it stays on that entry; until then it follows the top
	offset    int   // first body row on screen
	size      paneSize
	cache     *libraryCache
}

// libraryCache holds the rows laid out for the visible entries at one
// width. Copies of the pane share it; a refresh or a new filter starts a
// new one.
type libraryCache struct {
	list rowList
	sel  selectedRows
}

// libraryStyles are the Lip Gloss styles of the library list.
type libraryStyles struct {
	title, read, selTitle, meta, failed, marker, unread, prompt, empty, heading lipgloss.Style
}

// newLibraryStyles builds the library list's styles from the palette.
func newLibraryStyles(pal palette) libraryStyles {
	s := lipgloss.NewStyle()
	return libraryStyles{
		title:    s.Bold(true).Foreground(pal.Text),
		read:     s.Foreground(pal.Text),
		selTitle: s.Bold(true).Background(pal.Selected).Foreground(pal.SelectedText),
		meta:     s.Foreground(pal.Dim),
		failed:   s.Foreground(pal.Error),
		marker:   s.Foreground(pal.Selected),
		unread:   s.Foreground(pal.Accent),
		prompt:   s.Foreground(pal.Accent),
		empty:    s.Italic(true).Foreground(pal.Dim),
		heading:  s.Bold(true).Foreground(pal.Accent),
	}
}

// newLibraryPane returns the list for a library.
func newLibraryPane(lib *library.Library, c *common) libraryPane {
	p := libraryPane{lib: lib, c: c, st: newLibraryStyles(c.pal), selected: -1,
		recheck: libraryRecheck, cache: &libraryCache{}, read: map[string]bool{}}
	p.refresh()
	return p
}

// Init starts watching the library for changes (libraryChangedMsg).
func (p libraryPane) Init() tea.Cmd { return waitLibrary(p.changed, p.stop, p.wait()) }

// wait is how long the watch waits before looking again anyway.
func (p libraryPane) wait() time.Duration {
	if !p.done {
		return min(libraryTick, p.recheck)
	}
	return p.recheck
}

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

// SetSize gives the list its size; the root calls it on every layout.
func (p *libraryPane) SetSize(width, height int) {
	if p.size.width != width {
		p.cache = &libraryCache{}
	}
	p.size = paneSize{width, height}
	p.scroll()
}

// restyle rebuilds the list's styles after a change of colours.
func (p *libraryPane) restyle() {
	p.st = newLibraryStyles(p.c.pal)
	p.cache = &libraryCache{}
}

// SetRead takes the reader's read marks, by briefing ID.
func (p *libraryPane) SetRead(read map[string]bool) {
	p.read = read
	p.cache = &libraryCache{}
}

// MarkRead marks one briefing read.
func (p *libraryPane) MarkRead(id string) {
	if !p.read[id] {
		if p.read == nil {
			p.read = map[string]bool{}
		}
		p.read[id] = true
		p.cache = &libraryCache{}
	}
}

// IDs lists the IDs of the entries, for loading read marks.
func (p libraryPane) IDs() []string {
	ids := make([]string, len(p.entries))
	for i, e := range p.entries {
		ids[i] = e.ID
	}
	return ids
}

// Update handles keys (up/down, `/` to filter, enter returns an openMsg
// command) and libraryChangedMsg (refresh and watch again).
func (p libraryPane) Update(msg tea.Msg) (libraryPane, tea.Cmd) {
	switch msg := msg.(type) {
	case libraryChangedMsg:
		p.refresh()
		return p, waitLibrary(p.changed, p.stop, p.wait())
	case tea.KeyPressMsg:
		if p.filtering {
			return p.filterKey(msg), nil
		}
		return p.listKey(msg)
	case tea.MouseWheelMsg:
		dir := 1
		if msg.Mouse().Button == tea.MouseWheelUp {
			dir = -1
		}
		p.move(p.selected + dir)
	}
	return p, nil
}

// headRows is the number of rows above the list: the title bar, the filter
// line and the lines of files still importing.
func (p libraryPane) headRows() int {
	h := 1
	if p.filtering || p.filter != "" {
		h++
	}
	return h + len(p.slowImports())
}

// bodyHeight is the number of list rows.
func (p libraryPane) bodyHeight() int { return max(p.size.height-p.headRows(), 0) }

// rows returns the visible entries laid out at the pane's width.
func (p libraryPane) rows() *rowList {
	l := &p.cache.list
	width := p.size.width
	if l.rows != nil && l.width == width {
		return l
	}
	*l = rowList{width: width, top: make([]int, len(p.visible)), bottom: make([]int, len(p.visible)),
		render: func(d int) []string { return p.entryRows(p.visible[d], width, false) }}
	label := ""
	blank := strings.Repeat(" ", max(width, 0))
	for d, i := range p.visible {
		if g := dayLabel(p.entries[i], p.now); g != label {
			if d > 0 {
				l.add(blank)
			}
			l.add(p.st.heading.Render(fitCells(" "+g, width)))
			label = g
		} else if d > 0 {
			l.add(blank)
		}
		l.addEntry(d, 2)
	}
	return l
}

// prepare lays out and renders the rows View will show, so that drawing
// finds them ready; the root calls it after each update.
func (p libraryPane) prepare() {
	width := p.size.width
	if width <= 0 || p.bodyHeight() <= 0 || len(p.visible) == 0 {
		return
	}
	l := p.rows()
	l.window(p.viewOffset(l), p.bodyHeight())
	if d := p.selected; d >= 0 && d < len(p.visible) {
		p.cache.sel.get(p.visible[d], width, 0, func() []string { return p.entryRows(p.visible[d], width, true) })
	}
}

// viewOffset is the first row shown: the stored offset, moved as little as
// needed to show the selection (and its day's heading when it is the first
// of its day), and never to the middle of an entry.
func (p libraryPane) viewOffset(l *rowList) int {
	top, bottom, sel := -1, -1, -1
	if p.selected >= 0 && p.selected < len(l.top) {
		top, bottom = l.top[p.selected], l.bottom[p.selected]
		sel = top
		if top > 0 && l.entryAt(top-1) < 0 && (top < 2 || l.entryAt(top-2) < 0) {
			top-- // the day's heading
		}
	}
	return wholeTop(l, keepInView(p.offset, top, bottom, p.bodyHeight(), len(l.rows)), sel)
}

// Click selects the entry under a click on row y of the list (its title
// bar being row 0), and opens it when it was already selected.
func (p libraryPane) Click(y int) (libraryPane, tea.Cmd) {
	if p.size.width <= 0 {
		return p, nil
	}
	row := y - p.headRows()
	if row < 0 || row >= p.bodyHeight() || len(p.visible) == 0 {
		return p, nil
	}
	l := p.rows()
	off := p.viewOffset(l)
	d := l.entryAt(off + row)
	if d < 0 {
		return p, nil
	}
	if d == p.selected {
		p.chosen = true
		return p, p.open()
	}
	p.selected, p.offset, p.chosen = d, off, true
	return p, nil
}

// move selects the entry at display position d, kept in range.
func (p *libraryPane) move(d int) {
	if len(p.visible) == 0 {
		return
	}
	p.selected = max(min(d, len(p.visible)-1), 0)
	p.chosen = true
	p.scroll()
}

// listKey handles a key while browsing the list.
func (p libraryPane) listKey(msg tea.KeyPressMsg) (libraryPane, tea.Cmd) {
	switch {
	case key.Matches(msg, p.c.keys.Filter):
		p.filtering = true
		return p, nil
	case key.Matches(msg, p.c.keys.Back) && p.filter != "":
		p.setFilter("")
		return p, nil
	case key.Matches(msg, p.c.keys.Enter):
		p.chosen = true
		return p, p.open()
	}
	page := max(1, p.bodyHeight()/3)
	if next, ok := moveKey(msg, &p.c.keys, p.selected, len(p.visible), page); ok && len(p.visible) > 0 {
		p.move(next)
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
		if next, ok := moveKey(msg, &p.c.keys, p.selected, len(p.visible), 1); ok && len(p.visible) > 0 {
			p.move(next)
		}
	default:
		if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
			p.setFilter(p.filter + msg.Text)
		}
	}
	return p
}

// open returns the command that opens the selected entry or, when its
// import failed, the one that says why in the footer.
func (p libraryPane) open() tea.Cmd {
	e, ok := p.selectedEntry()
	if !ok {
		return nil
	}
	if e.Err != nil || e.Briefing == nil {
		return status("cannot open " + briefing.CleanString(filepath.Base(e.ID)) + ": " + failure(e))
	}
	m := openMsg{id: e.ID}
	return func() tea.Msg { return m }
}

// canOpen reports whether enter opens a briefing: an entry is selected and
// it imported.
func (p libraryPane) canOpen() bool {
	e, ok := p.selectedEntry()
	return ok && e.Err == nil && e.Briefing != nil
}

// selectedEntry returns the selected entry, if any.
func (p libraryPane) selectedEntry() (library.Entry, bool) {
	if p.selected < 0 || p.selected >= len(p.visible) {
		return library.Entry{}, false
	}
	return p.entries[p.visible[p.selected]], true
}

// refresh takes a new snapshot of the library, keeping the selection on
// the same entry once the reader has chosen one; until then, whatever order
// the imports finish in, the list shows its top with the newest selected.
func (p *libraryPane) refresh() {
	if p.lib == nil {
		p.done = true
		return
	}
	selID := ""
	if e, ok := p.selectedEntry(); ok && p.chosen {
		selID = e.ID
	}
	if !p.chosen {
		p.offset = 0
	}
	p.changed = p.lib.Changed() // before the snapshot, so no change is missed
	entries, done := p.lib.Snapshot()
	p.done = done
	p.progress = p.lib.Progress()
	p.importing = importingLines(p.progress, time.Now())
	sortEntries(entries)
	if p.entries != nil && sameEntries(entries, p.entries) {
		return // a recheck that found nothing new: keep the rendered rows
	}
	p.entries = entries
	p.now = time.Now()
	p.cache = &libraryCache{}
	p.search = make([]string, len(p.entries))
	next := make(map[string]foldedEntry, len(p.entries))
	for i, e := range p.entries {
		f, ok := p.folded[e.ID]
		if !ok || f.b != e.Briefing {
			f = foldedEntry{e.Briefing, entrySearchText(e)}
		}
		next[e.ID] = f
		p.search[i] = f.text
	}
	p.folded = next
	p.applyFilter(selID)
}

// foldedEntry is an entry's search text, for the briefing it was made from.
type foldedEntry struct {
	b    *briefing.Briefing
	text string
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
	f := foldText(p.filter)
	p.visible = p.visible[:0:0]
	p.selected = -1
	p.cache = &libraryCache{}
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

// scroll keeps the selected entry in view at the pane's size.
func (p *libraryPane) scroll() {
	if p.size.height <= 0 || p.size.width <= 0 || p.selected < 0 {
		return
	}
	p.offset = p.viewOffset(p.rows())
}

// slowImports is the progress lines of the files importing now: the name
// and the time so far, as of the last refresh.
func (p libraryPane) slowImports() []string {
	if p.done {
		return nil
	}
	return p.importing
}

// importingLines describes the files importing now, oldest first.
func importingLines(prog library.Progress, now time.Time) []string {
	type file struct {
		id    string
		since time.Time
	}
	var files []file
	for id, t := range prog.Current {
		files = append(files, file{id, t})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].since.Before(files[j].since) })
	var out []string
	for _, f := range files {
		out = append(out, fmt.Sprintf(" ⋯ importing %s, %.1f s", briefing.CleanString(filepath.Base(f.id)), now.Sub(f.since).Seconds()))
	}
	return out
}

// View renders the list into exactly its size.
func (p libraryPane) View() string {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := make([]string, 0, height)
	status := p.status()
	var l *rowList
	off := 0
	if len(p.visible) > 0 {
		l = p.rows()
		off = p.viewOffset(l)
		// Entries scrolled off the top are counted, so none is hidden
		// without a sign.
		if above := sort.Search(len(l.bottom), func(d int) bool { return l.bottom[d] > off }); above > 0 {
			status = "↑ " + strconv.Itoa(above) + " above · " + status
		}
	}
	lines = append(lines, titleBar("Library", status, width, true, p.c.pal))
	switch {
	case p.filtering:
		lines = append(lines, fitCells(p.st.prompt.Render("/ ")+p.filter+"▏", width))
	case p.filter != "":
		lines = append(lines, fitCells(p.st.prompt.Render("filter: ")+p.filter+p.st.meta.Render("  (esc clears)"), width))
	}
	for _, line := range p.slowImports() {
		lines = append(lines, fitCells(p.st.meta.Render(line), width))
	}
	if len(p.visible) == 0 {
		lines = append(lines, p.st.empty.Render(" "+p.emptyText()))
		return fitRows(lines, width, height)
	}
	top := len(lines)
	lines = append(lines, l.window(off, p.bodyHeight())...)
	if d := p.selected; d >= 0 && d < len(l.top) {
		sel := p.cache.sel.get(p.visible[d], width, 0, func() []string { return p.entryRows(p.visible[d], width, true) })
		for r := range sel {
			if i := top + l.top[d] + r - off; i >= top && i < len(lines) {
				lines[i] = sel[r]
			}
		}
	}
	return stack(lines, width, height)
}

// status is the title bar's right side: loading progress or counts
// ("2 unread · 3 briefings · 1 failed").
func (p libraryPane) status() string {
	n := strconv.Itoa(len(p.entries))
	ok, unread := 0, 0
	for _, e := range p.entries {
		if e.Err == nil && e.Briefing != nil {
			ok++
			if !p.read[e.ID] {
				unread++
			}
		}
	}
	switch {
	case !p.done:
		total := "…"
		if p.progress.Total > 0 {
			total = strconv.Itoa(p.progress.Total)
		}
		return "loading " + n + "/" + total
	case p.filter != "" || p.filtering:
		return strconv.Itoa(len(p.visible)) + " of " + n
	}
	var parts []string
	if unread > 0 && unread < ok {
		parts = append(parts, strconv.Itoa(unread)+" unread")
	}
	parts = append(parts, plural(ok, "briefing"))
	if failed := len(p.entries) - ok; failed > 0 {
		parts = append(parts, strconv.Itoa(failed)+" failed")
	}
	return strings.Join(parts, " · ")
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

// entryRows renders entries[i] as two rows of exactly width cells: the
// title (or the file name of a failed import) with an unread mark, and its
// details (or the one-line error).
func (p libraryPane) entryRows(i, width int, selected bool) []string {
	e := p.entries[i]
	mark, title := "  ", p.st.title
	if selected {
		mark, title = p.st.marker.Render("▌")+" ", p.st.selTitle
	}
	if e.Err != nil || e.Briefing == nil {
		return []string{
			fitCells(mark+p.st.failed.Render("✗ "+briefing.CleanString(filepath.Base(e.ID))), width),
			fitCells(mark+"  "+p.st.failed.Faint(true).Render(failure(e)), width),
		}
	}
	b := e.Briefing
	name := b.Title
	if name == "" {
		name = briefing.CleanString(filepath.Base(e.ID))
	}
	dot := p.st.unread.Render("●") + " "
	if p.read[e.ID] {
		dot = "  "
		if !selected {
			title = p.st.read
		}
	}
	var meta []string
	if b.Source != "" {
		meta = append(meta, b.Source)
	}
	if !b.Published.IsZero() {
		meta = append(meta, b.Published.Format(libraryDate))
	}
	meta = append(meta, plural(len(b.Quotes), "quote"), plural(len(b.Facts), "fact"))
	return []string{
		fitCells(mark+dot+title.Render(name), width),
		fitCells(mark+"  "+p.st.meta.Render(strings.Join(meta, " · ")), width),
	}
}

// failure is the first line of why a failed entry could not be read,
// without the file's name, which its row shows already.
func failure(e library.Entry) string {
	if e.Err == nil {
		return "could not be read"
	}
	msg := firstLine(briefing.CleanString(e.Err.Error()))
	if head, rest, ok := strings.Cut(msg, ": "); ok && filepath.Base(head) == filepath.Base(e.ID) {
		msg = rest
	}
	return msg
}

// plural writes a count with its noun: "1 quote", "3 quotes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
