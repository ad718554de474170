package ui

import (
	"sort"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"brief/briefing"
)

// chunkSize is how many paragraphs are rendered together: the unit of the
// render cache, so that a huge section without headings is still drawn a
// screen at a time.
const chunkSize = 16

// articlePane shows the briefing's sections as lines. It keeps a table of
// where every section and paragraph starts, renders only what is on screen
// (plus the rest in the background), and paints highlights on visible rows.
// The layout lives behind a pointer so that the copies Bubble Tea makes of
// the model share it.
type articlePane struct {
	*articleDoc
}

// articleDoc is the article pane's state, in three parts: the line index
// (where every section and paragraph is at the current width, and the top
// line), the highlights and the search, and the scheduler of background
// rendering. The methods that need only one part are that part's.
type articleDoc struct {
	b     *briefing.Briefing
	cache *RenderCache
	c     *common // the keys
	pal   palette // the colours the styles were built from
	style string  // the Glamour style name or path the layout is for

	lineIndex
	highlights
	scheduler

	headStyle lipgloss.Style
	dimStyle  lipgloss.Style
	// captionStyle draws the captions, standfirstStyle the standfirst
	// above them.
	captionStyle, standfirstStyle lipgloss.Style
	hlStyles                      [4]lipgloss.Style
}

// lineIndex is where every section and paragraph of the article starts, in
// lines as shown at the pane's width, and which line is at the top.
type lineIndex struct {
	width, height int // the pane's size
	wrap          int // Glamour's wrap width
	secs          []secLayout
	starts        []int // first line of each section, then the total
	top           int   // first visible line
	folded        []bool
	captions      []string // caption lines at the current width
	captionStart  []int    // index in captions of each caption's first line
	captionEnd    int      // index in captions after the captions' lines
	// captionRows are the lines of captions shown at the head of the lead,
	// in order, as indexes in captions, with -1 for the line that folds
	// the photo captions when there are more than maxOpenCaptions.
	captionRows  []int
	captionsOpen bool // the folded photo captions are shown
	// standfirstLines is how many of the caption lines are the standfirst
	// (see captionLines).
	standfirstLines int
	minutes         []int // reading time of each section
	// foldAllAt is set while every section is folded by Z, for the Z that
	// unfolds them to return to the same line.
	foldAllAt *foldAllMark
	// back is the line at the top before the last jump, for ' to return
	// to; nil before any.
	back *position
}

// highlights are the spans painted over the text: every quote, the search
// matches and the selected quote or mention, with the search itself.
type highlights struct {
	quoteHL  map[paraKey][]hlSpan // every non-partial quote
	matchHL  map[paraKey][]hlSpan // search matches
	strong   map[paraKey][]hlSpan // the selected quote or mention
	matches  []searchMatch
	matchIdx int
	query    string
	fquery   string             // the query folded for search: lower case, no accents
	painted  map[lineKey]string // lines with quote highlights, painted once
}

// scheduler paces the background rendering of the chunks nobody has
// looked at yet.
type scheduler struct {
	gen       int       // bumped when width or style change, to drop stale renders
	rendering bool      // a background render is running
	allDone   int       // gen+1 once every chunk of that layout is rendered: nothing to scan for
	lastKey   time.Time // the last key or wheel event, to slow background work
	bgSteps   int       // background render steps started
}

// paraKey names one paragraph.
type paraKey struct{ sec, para int }

// hlSpan is a byte range of a paragraph to paint; quote is the quote index
// it belongs to, or -1.
type hlSpan struct{ start, end, quote int }

// Highlight levels, painted in this order of strength.
const (
	hlNone = iota
	hlQuote
	hlMatch
	hlStrong
)

// secLayout is one section's height table at the current width.
type secLayout struct {
	chunks    []*renderedSection // nil until that chunk is rendered
	paraH     []int              // lines of each paragraph, estimated until rendered
	paraStart []int              // line of each paragraph's first line inside the section
	h         int                // lines of the section as shown (folded or not)
}

// renderedMsg says that background rendering finished some chunks.
type renderedMsg struct {
	b      *briefing.Briefing
	gen    int
	chunks [][2]int // section, chunk
}

// newArticlePane returns the article pane for a briefing.
func newArticlePane(b *briefing.Briefing, cache *RenderCache, c *common) articlePane {
	d := &articleDoc{
		b: b, cache: cache, c: c, style: c.style,
		lineIndex: lineIndex{
			folded:  make([]bool, len(b.Sections)),
			secs:    make([]secLayout, len(b.Sections)),
			minutes: make([]int, len(b.Sections)),
		},
		highlights: highlights{
			matchHL: map[paraKey][]hlSpan{}, strong: map[paraKey][]hlSpan{},
			quoteHL: quoteHighlights(b), painted: map[lineKey]string{},
		},
	}
	// Reading times are counted once, here, so that drawing changes nothing.
	for s, sec := range b.Sections {
		d.minutes[s] = readingMinutes(sec)
	}
	d.setPalette(c.pal)
	return articlePane{d}
}

// setPalette rebuilds the pane's styles for a palette.
func (d *articleDoc) setPalette(pal palette) {
	d.pal = pal
	clear(d.painted)
	d.headStyle = lipgloss.NewStyle().Bold(true).Foreground(pal.Accent)
	d.dimStyle = lipgloss.NewStyle().Foreground(pal.Dim)
	d.captionStyle = d.dimStyle.Italic(true)
	d.standfirstStyle = lipgloss.NewStyle().Italic(true)
	d.hlStyles = [4]lipgloss.Style{
		lipgloss.NewStyle(),
		lipgloss.NewStyle().Foreground(pal.HighlightText).Background(pal.Highlight),
		lipgloss.NewStyle().Foreground(pal.MatchText).Background(pal.Match).Underline(true),
		lipgloss.NewStyle().Foreground(pal.SelectedText).Background(pal.Selected).Bold(true),
	}
	if pal.plain {
		d.hlStyles[hlQuote] = lipgloss.NewStyle().Underline(true)
		d.hlStyles[hlMatch] = lipgloss.NewStyle().Reverse(true)
		d.hlStyles[hlStrong] = lipgloss.NewStyle().Reverse(true).Bold(true)
	}
}

// setStyle switches the Glamour style, keeping the paragraph at the top.
func (d *articleDoc) setStyle(style string) {
	if style == d.style {
		return
	}
	d.style = style
	d.relayout(d.width, d.height, true)
}

// wrapWidth is Glamour's wrap width for a pane width.
func wrapWidth(width int) int {
	return max(width-1, 12)
}

// SetSize gives the pane its size; a new width re-lays out the text and
// keeps the same paragraph at the top.
func (d *articleDoc) SetSize(width, height int) {
	if width == d.width && height == d.height {
		return
	}
	d.relayout(width, height, width != d.width || d.starts == nil)
}

// relayout recomputes the height table, re-estimating every paragraph when
// the wrap width or the style changed, and restores the anchor paragraph.
func (d *articleDoc) relayout(width, height int, rewrap bool) {
	a := d.anchor()
	d.width, d.height = width, height
	if rewrap {
		clear(d.painted)
		d.gen++
		d.wrap = wrapWidth(width)
		d.captions, d.captionStart, d.captionEnd, d.standfirstLines = d.captionLines()
		d.layoutCaptions()
		for s := range d.secs {
			d.secs[s] = d.estimate(s)
		}
	}
	d.restack()
	d.setAnchor(a)
	d.ensureVisible()
}

// estimate returns a section's layout with guessed paragraph heights,
// taking any chunk already in the shared cache.
func (d *articleDoc) estimate(s int) secLayout {
	ps := d.b.Sections[s].Paragraphs
	l := secLayout{
		chunks:    make([]*renderedSection, (len(ps)+chunkSize-1)/chunkSize),
		paraH:     make([]int, len(ps)),
		paraStart: make([]int, len(ps)),
	}
	text := max(d.wrap-4, 8)
	for p, t := range ps {
		l.paraH[p] = len(t)/text + 1
	}
	for c := range l.chunks {
		if r := d.cache.Peek(d.b, s, c, d.wrap, d.style); r != nil {
			d.fillChunk(&l, c, r)
		}
	}
	return l
}

// fillChunk records a rendered chunk's real paragraph heights.
func (d *articleDoc) fillChunk(l *secLayout, c int, r *renderedSection) {
	l.chunks[c] = r
	for i, p := range r.paras {
		l.paraH[c*chunkSize+i] = len(p.lines)
	}
}

// headLines is how many lines come before a section's first paragraph.
func (d *articleDoc) headLines(s int) int {
	if s == 0 && len(d.captionRows) > 0 {
		return 2 + len(d.captionRows)
	}
	return 2
}

// restackSection recomputes one section's paragraph starts and height.
func (d *articleDoc) restackSection(s int) {
	l := &d.secs[s]
	if d.folded[s] {
		l.h = 2
		if len(l.paraH) > 0 {
			l.h = 3
		}
		return
	}
	y := d.headLines(s)
	for p, h := range l.paraH {
		if JoinsPrevious(d.b.Sections[s], p) {
			y-- // list items and table rows follow each other with no blank line
		}
		l.paraStart[p] = y
		y += h + 1
	}
	l.h = y
	if len(l.paraH) == 0 {
		l.h = d.headLines(s)
	}
}

// restack recomputes every section's height and the section starts.
func (d *articleDoc) restack() {
	if len(d.starts) != len(d.secs)+1 {
		d.starts = make([]int, len(d.secs)+1)
	}
	y := 0
	for s := range d.secs {
		d.restackSection(s)
		d.starts[s] = y
		y += d.secs[s].h
	}
	d.starts[len(d.secs)] = y
}

// total is the number of lines of the whole article as shown.
func (d *lineIndex) total() int {
	if len(d.starts) == 0 {
		return 0
	}
	return d.starts[len(d.starts)-1]
}

// topFolded reports whether the section at the top of the pane, the one
// the fold key acts on, is folded.
func (d *lineIndex) topFolded() bool {
	if len(d.secs) == 0 || len(d.starts) == 0 {
		return false
	}
	return d.folded[d.sectionAt(d.top)]
}

// maxTop is the largest top line: the last line at the bottom of the pane.
func (d *lineIndex) maxTop() int { return max(d.total()-d.height, 0) }

// sectionAt returns the section holding global line y.
func (d *lineIndex) sectionAt(y int) int {
	s := sort.SearchInts(d.starts, y+1) - 1
	return min(max(s, 0), len(d.secs)-1)
}

// paraAt returns the paragraph holding local line y of section s, or -1
// when y is in the section's heading lines.
func (d *lineIndex) paraAt(s, y int) int {
	l := d.secs[s]
	if d.folded[s] || len(l.paraStart) == 0 || y < l.paraStart[0] {
		return -1
	}
	return sort.SearchInts(l.paraStart, y+1) - 1
}

// position is a place in the text that survives re-layout: a paragraph and
// a line inside it (or the heading lines when para is -1), or the blank
// line after the paragraph when gap is set.
type position struct {
	sec, para, line int
	gap             bool
}

// anchor returns the position of the top line.
func (d *lineIndex) anchor() position {
	if len(d.starts) == 0 || len(d.secs) == 0 {
		return position{sec: 0, para: -1}
	}
	s := d.sectionAt(d.top)
	y := d.top - d.starts[s]
	p := d.paraAt(s, y)
	if p < 0 {
		return position{sec: s, para: -1, line: y}
	}
	line := y - d.secs[s].paraStart[p]
	return position{sec: s, para: p, line: line, gap: line >= d.secs[s].paraH[p]}
}

// setAnchor scrolls so that a position is at the top.
func (d *lineIndex) setAnchor(a position) {
	if len(d.secs) == 0 {
		return
	}
	a.sec = min(max(a.sec, 0), len(d.secs)-1)
	y := d.starts[a.sec]
	l := d.secs[a.sec]
	switch {
	case d.folded[a.sec] || a.para < 0 || a.para >= len(l.paraStart):
		if a.para < 0 {
			y += min(a.line, l.h-1)
		}
	case a.gap:
		// The blank line under the paragraph stays at the top, however
		// its height changed, not the paragraph's last line.
		y += l.paraStart[a.para] + l.paraH[a.para]
	default:
		y += l.paraStart[a.para] + min(a.line, max(l.paraH[a.para]-1, 0))
	}
	d.top = min(max(y, 0), d.maxTop())
}

// scrollTo sets the top line, kept inside the article.
func (d *articleDoc) scrollTo(y int) {
	d.top = min(max(y, 0), d.maxTop())
	d.ensureVisible()
}

// chunkNeeded reports whether the line at local line y of section s needs
// a chunk that is not rendered yet, and which.
func (d *articleDoc) chunkNeeded(s, y int) (int, bool) {
	l := d.secs[s]
	if len(l.paraH) == 0 {
		return 0, false
	}
	p := 0
	if !d.folded[s] {
		p = d.paraAt(s, y)
		if p < 0 {
			return 0, false
		}
	}
	c := p / chunkSize
	return c, l.chunks[c] == nil
}

// ensureVisible renders, synchronously, the chunks of the lines on screen,
// keeping the top paragraph in place as real heights replace estimates.
func (d *articleDoc) ensureVisible() {
	if len(d.secs) == 0 || d.height <= 0 {
		return
	}
	for range 16 {
		a := d.anchor()
		rendered := false
		for y := d.top; y < min(d.top+d.height, d.total()); y++ {
			s := d.sectionAt(y)
			if c, need := d.chunkNeeded(s, y-d.starts[s]); need {
				r := d.cache.Section(d.b, s, c, d.wrap, d.style)
				d.fillChunk(&d.secs[s], c, r)
				d.restackSection(s)
				rendered = true
			}
		}
		if !rendered {
			return
		}
		d.restack()
		d.setAnchor(a)
	}
}

// Background rendering goes in small steps with a pause before each, so
// that it never holds up key presses for long.
// While the reader is pressing keys, each step waits longer.
const (
	backgroundBudget = 16 << 10 // paragraph bytes per step
	backgroundPause  = 3 * time.Millisecond
	busyPause        = 250 * time.Millisecond
	busyWindow       = time.Second
	startPause       = 100 * time.Millisecond
)

// renderMore returns a command that renders the next chunks nobody has
// looked at yet, off the update loop, or nil when all are rendered.
func (d *articleDoc) renderMore() tea.Cmd {
	if d.rendering || d.allDone == d.gen+1 {
		return nil
	}
	var todo [][2]int
	bytes := 0
	start := d.sectionAt(d.top)
	for i := range d.secs {
		s := (start + i) % len(d.secs)
		for c, r := range d.secs[s].chunks {
			if r != nil {
				continue
			}
			todo = append(todo, [2]int{s, c})
			for _, p := range d.b.Sections[s].Paragraphs[c*chunkSize : min((c+1)*chunkSize, len(d.b.Sections[s].Paragraphs))] {
				bytes += len(p)
			}
			if bytes > backgroundBudget {
				break
			}
		}
		if bytes > backgroundBudget {
			break
		}
	}
	if len(todo) == 0 {
		d.allDone = d.gen + 1
		return nil
	}
	d.rendering = true
	b, cache, wrap, style, gen := d.b, d.cache, d.wrap, d.style, d.gen
	pause := backgroundPause
	if time.Since(d.lastKey) < busyWindow {
		pause = busyPause
	}
	if d.bgSteps == 0 {
		pause = startPause // let the first frames out first
	}
	d.bgSteps++
	return func() tea.Msg {
		time.Sleep(pause)
		for _, t := range todo {
			cache.SectionInBackground(b, t[0], t[1], wrap, style)
		}
		return renderedMsg{b: b, gen: gen, chunks: todo}
	}
}

// applyRendered takes finished background chunks into the layout.
func (d *articleDoc) applyRendered(m renderedMsg) tea.Cmd {
	if m.b != d.b {
		return nil // for a briefing that is no longer open
	}
	d.rendering = false
	if m.gen == d.gen {
		a := d.anchor()
		for _, t := range m.chunks {
			if r := d.cache.Peek(d.b, t[0], t[1], d.wrap, d.style); r != nil {
				d.fillChunk(&d.secs[t[0]], t[1], r)
			}
		}
		d.restack()
		d.setAnchor(a)
	}
	return d.renderMore()
}

// Update handles the article's keys and background rendering.
func (p articlePane) Update(msg tea.Msg) (articlePane, tea.Cmd) {
	d := p.articleDoc
	switch msg := msg.(type) {
	case renderedMsg:
		return p, d.applyRendered(msg)
	case tea.KeyPressMsg:
		d.lastKey = time.Now()
		if len(d.starts) == 0 {
			return p, nil // not laid out yet
		}
		k := &d.c.keys
		switch {
		case key.Matches(msg, k.Down):
			d.scrollTo(d.top + 1)
		case key.Matches(msg, k.Up):
			d.scrollTo(d.top - 1)
		case key.Matches(msg, k.PageDown):
			d.scrollTo(d.top + max(d.height-2, 1))
		case key.Matches(msg, k.PageUp):
			d.scrollTo(d.top - max(d.height-2, 1))
		case key.Matches(msg, k.HalfDown):
			d.scrollTo(d.top + max(d.height/2, 1))
		case key.Matches(msg, k.HalfUp):
			d.scrollTo(d.top - max(d.height/2, 1))
		case key.Matches(msg, k.Top):
			d.markBack()
			d.scrollTo(0)
		case key.Matches(msg, k.Bottom):
			d.markBack()
			// Rendering the end replaces estimated heights: aim again.
			for range 4 {
				if d.scrollTo(d.maxTop()); d.top == d.maxTop() {
					break
				}
			}
		case key.Matches(msg, k.NextSection):
			s := d.sectionAt(d.top) + 1
			if s >= len(d.secs) || d.starts[s] > d.maxTop() && d.top == d.maxTop() {
				return p, status("already in the last section")
			}
			d.markBack()
			d.scrollTo(d.starts[s])
		case key.Matches(msg, k.PrevSection):
			s := d.sectionAt(d.top)
			if d.top == 0 {
				return p, status("already at the top")
			}
			if d.top == d.starts[s] && s > 0 {
				s--
			}
			d.markBack()
			d.scrollTo(d.starts[s])
		case key.Matches(msg, k.Fold), key.Matches(msg, k.Enter):
			if d.captionsAtTop() {
				d.toggleCaptions()
			} else {
				d.toggleFold(d.sectionAt(d.top))
			}
		case key.Matches(msg, k.FoldAll):
			d.toggleFoldAll()
		}
	case tea.MouseWheelMsg:
		d.lastKey = time.Now()
		switch msg.Mouse().Button {
		case tea.MouseWheelDown:
			d.scrollTo(d.top + 3)
		case tea.MouseWheelUp:
			d.scrollTo(d.top - 3)
		}
	}
	return p, nil
}

// toggleFold folds or unfolds one section, keeping its heading in place.
func (d *articleDoc) toggleFold(s int) {
	if len(d.secs) == 0 {
		return
	}
	row := d.starts[s] - d.top
	d.folded[s] = !d.folded[s]
	d.restack()
	if row < 0 {
		row = 0
	}
	d.top = min(max(d.starts[s]-row, 0), d.maxTop())
	d.ensureVisible()
}

// toggleCaptions shows or folds the photo captions, keeping the line that
// folds them in place.
func (d *articleDoc) toggleCaptions() {
	fold := d.captionFoldRow()
	if fold < 0 || len(d.secs) == 0 {
		return
	}
	y := d.starts[0] + 1 + fold
	row := max(y-d.top, 0)
	d.captionsOpen = !d.captionsOpen
	d.layoutCaptions()
	d.restack()
	d.top = min(max(y-row, 0), d.maxTop())
	d.ensureVisible()
}

// toggleAllCaptions opens the photo captions folded at the head of the
// lead, or folds them again, from anywhere in the text: the line at the
// top of the pane stays there (a caption at the top, folded away, leaves
// the line that folds them there). A folded lead is unfolded to show
// them. It returns what the status line says: that the article has no
// captions, that its few are always shown, or what was done.
func (d *articleDoc) toggleAllCaptions() string {
	n := len(d.captionStart)
	switch {
	case len(d.starts) == 0:
		return "" // not laid out yet
	case n == 0 || len(d.secs) == 0:
		return "no photo captions"
	case !d.captionsFold():
		return itoaUnit(n, "photo caption", "photo captions") + ", always shown"
	}
	fold := d.captionFoldRow()
	head := d.starts[0] + 1 // the first caption row's line
	// The top line as a row of the captions' lines: the blank line after
	// them counts as the row after the last, the lead's heading as -1;
	// none when the top is further down or the lead is folded.
	row, inHead := d.top-head, !d.folded[0] && d.top < d.starts[0]+d.headLines(0)
	a := d.anchor()
	oldRows := d.captionRows
	open := !d.captionsOpen || d.folded[0]
	d.captionsOpen, d.folded[0] = open, false
	d.layoutCaptions()
	d.restack()
	switch {
	case !inHead:
		d.setAnchor(a)
	case row <= fold:
		// At or over the line that folds them: nothing over the top moved.
	case row < len(oldRows) && oldRows[row] >= 0 && oldRows[row] < d.captionEnd:
		// A caption at the top, folded away: its line stays at the top.
		d.top = head + fold
	default:
		// The origin under the captions, or the blank line after them,
		// moves with them.
		d.top += len(d.captionRows) - len(oldRows)
	}
	d.top = min(max(d.top, 0), d.maxTop())
	d.ensureVisible()
	what := itoaUnit(n, "photo caption", "photo captions")
	if open {
		what += " shown"
	} else {
		what += " folded"
	}
	if y := head + fold; y < d.top || y >= d.top+d.height {
		what += " at the head of the lead"
	}
	return what
}

// toggleFoldAll folds every section, or unfolds them all when all are
// folded. Unfolding them straight after folding them, with the text not
// moved in between, returns to the line the reader was at.
func (d *articleDoc) toggleFoldAll() {
	if len(d.secs) == 0 {
		return
	}
	s := d.sectionAt(d.top)
	fold := false
	for _, f := range d.folded {
		if !f {
			fold = true
		}
	}
	back := d.foldAllAt
	unmoved := !fold && back != nil && d.top == back.top
	at := d.anchor()
	for i := range d.folded {
		d.folded[i] = fold
	}
	d.restack()
	d.top = min(d.starts[s], d.maxTop())
	d.foldAllAt = nil
	switch {
	case fold:
		d.foldAllAt = &foldAllMark{at: at, top: d.top}
	case unmoved:
		d.setAnchor(back.at)
	}
	d.ensureVisible()
}

// foldAllMark is where the reader was when Z folded every section: the
// line at the top then, and the top line of the folded text.
type foldAllMark struct {
	at  position
	top int
}

// setFolded restores the folded sections from saved state.
func (d *articleDoc) setFolded(sections []int) {
	for _, s := range sections {
		if s >= 0 && s < len(d.folded) {
			d.folded[s] = true
		}
	}
	d.restack()
}

// foldedList lists the folded sections for the saved state.
func (d *lineIndex) foldedList() []int {
	var out []int
	for s, f := range d.folded {
		if f {
			out = append(out, s)
		}
	}
	return out
}

// topParagraph is the section and paragraph at the top, for saved state.
func (d *lineIndex) topParagraph() (int, int) {
	a := d.anchor()
	return a.sec, max(a.para, 0)
}

// goToParagraph scrolls a paragraph to the top (restoring saved state).
func (d *articleDoc) goToParagraph(s, p int) {
	if s < 0 || s >= len(d.secs) {
		return
	}
	para := -1
	if p > 0 && p < len(d.secs[s].paraH) {
		para = p
	}
	d.setAnchor(position{sec: s, para: para})
	d.ensureVisible()
}
