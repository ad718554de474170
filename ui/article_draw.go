package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// quoteHighlights lists the byte ranges of every non-partial quote, by paragraph.
func quoteHighlights(b *briefing.Briefing) map[paraKey][]hlSpan {
	out := map[paraKey][]hlSpan{}
	for i, q := range b.Quotes {
		if q.Partial {
			continue
		}
		for k, s := range quoteSpans(b, q) {
			out[k] = append(out[k], hlSpan{s[0], s[1], i})
		}
	}
	return out
}

// quoteSpans returns the byte range a quote covers in each paragraph it runs over.
func quoteSpans(b *briefing.Briefing, q briefing.Quote) map[paraKey][2]int {
	out := map[paraKey][2]int{}
	if q.Section < 0 || q.Section >= len(b.Sections) || q.Paragraph < 0 {
		return out
	}
	ps := b.Sections[q.Section].Paragraphs
	last := q.LastParagraph()
	for p := q.Paragraph; p <= last && p < len(ps); p++ {
		start, end := 0, len(ps[p])
		if p == q.Paragraph {
			start = q.Start
		}
		if p == last {
			end = q.End
		}
		if start < 0 || end > len(ps[p]) || start >= end {
			continue
		}
		out[paraKey{q.Section, p}] = [2]int{start, end}
	}
	return out
}

// markQuote paints a quote in the strong highlight without scrolling.
func (d *articleDoc) markQuote(q int) {
	d.strong = map[paraKey][]hlSpan{}
	if q < 0 || q >= len(d.b.Quotes) {
		return
	}
	for k, sp := range quoteSpans(d.b, d.b.Quotes[q]) {
		d.strong[k] = []hlSpan{{sp[0], sp[1], q}}
	}
}

// clearStrong removes the strong highlight.
func (d *highlights) clearStrong() { d.strong = map[paraKey][]hlSpan{} }

// captionLines wraps the standfirst and the captions at the pane width,
// a blank line between two captions and between the captions and the
// origin, and says where each caption's first line is, where the
// captions' lines end (the blank lines between them counted as theirs)
// and how many lines the standfirst takes (with the blank line after it,
// when captions follow).
func (d *articleDoc) captionLines() (lines []string, starts []int, end, standfirst int) {
	w := max(d.wrap-4, 8)
	if sf := strings.TrimSpace(d.b.Standfirst); sf != "" {
		for _, l := range strings.Split(ansi.Wordwrap(sf, w, ""), "\n") {
			lines = append(lines, "  "+l)
		}
		if len(d.b.Captions) > 0 || strings.TrimSpace(d.b.Origin) != "" {
			lines = append(lines, "")
		}
		standfirst = len(lines)
	}
	for k, c := range d.b.Captions {
		if k > 0 {
			// Each photo's caption stands apart, as the printed text
			// and Glamour's separate images show them.
			lines = append(lines, "")
		}
		starts = append(starts, len(lines))
		for _, l := range strings.Split(ansi.Wordwrap(c.Line(), w, ""), "\n") {
			lines = append(lines, "  "+l)
		}
	}
	o := strings.TrimSpace(d.b.Origin)
	if o != "" && len(d.b.Captions) > 0 {
		lines = append(lines, "") // under the last caption, folded with them
	}
	end = len(lines)
	// The origin line ("first appeared in ...") closes the block.
	if o != "" {
		for _, l := range strings.Split(ansi.Wordwrap(o, w, ""), "\n") {
			lines = append(lines, "  "+l)
		}
	}
	return lines, starts, end, standfirst
}

// maxOpenCaptions is the most photo captions shown at the head of the
// lead as they are: more are folded into one line, so that they do not
// push the text off the first screen.
const maxOpenCaptions = 2

// captionsFold reports whether the photo captions are folded into a line
// of their own, open or not.
func (d *lineIndex) captionsFold() bool { return len(d.captionStart) > maxOpenCaptions }

// layoutCaptions lists the caption lines shown: the standfirst, the line
// that folds the captions and, when open, the captions, then the origin.
func (d *lineIndex) layoutCaptions() {
	first := d.captionEnd
	if len(d.captionStart) > 0 {
		first = d.captionStart[0]
	}
	rows := make([]int, 0, len(d.captions)+1)
	for i := range first {
		rows = append(rows, i)
	}
	if d.captionsFold() {
		rows = append(rows, -1)
	}
	for i := first; i < d.captionEnd && (!d.captionsFold() || d.captionsOpen); i++ {
		rows = append(rows, i)
	}
	for i := d.captionEnd; i < len(d.captions); i++ {
		rows = append(rows, i)
	}
	d.captionRows = rows
}

// captionFoldRow is the row of the caption lines shown that folds the
// photo captions, or -1.
func (d *lineIndex) captionFoldRow() int {
	for r, i := range d.captionRows {
		if i < 0 {
			return r
		}
	}
	return -1
}

// captionsAtTop reports whether the top line of the pane is the line that
// folds the photo captions or one of the captions it opened: the fold key
// then folds or opens them, as it does the section whose heading or text
// is at the top.
func (d *lineIndex) captionsAtTop() bool {
	fold := d.captionFoldRow()
	if fold < 0 || len(d.secs) == 0 || d.folded[0] {
		return false
	}
	r := d.top - d.starts[0] - 1
	if r < fold || r >= len(d.captionRows) {
		return false
	}
	return r == fold || d.captionRows[r] < d.captionEnd
}

// captionFoldAtRow reports whether a screen row of the pane shows the line
// that folds the photo captions, for a click.
func (d *lineIndex) captionFoldAtRow(row int) bool {
	fold := d.captionFoldRow()
	return fold >= 0 && len(d.secs) > 0 && !d.folded[0] && d.top+row == d.starts[0]+1+fold
}

// captionFoldOnScreen reports whether the line that folds the photo
// captions is on screen, for the footer to offer the key that opens them.
func (d *lineIndex) captionFoldOnScreen() bool {
	fold := d.captionFoldRow()
	if fold < 0 || len(d.secs) == 0 || len(d.starts) == 0 || d.folded[0] {
		return false
	}
	y := d.starts[0] + 1 + fold
	return y >= d.top && y < d.top+d.height
}

// captionRow draws row r of the caption lines shown.
func (d *articleDoc) captionRow(r int) string {
	if i := d.captionRows[r]; i >= 0 {
		return d.captionLine(i)
	}
	marker := "▸"
	if d.captionsOpen {
		marker = "▾"
	}
	n := len(d.captionStart)
	line := "  " + marker + " " + itoaUnit(n, "photo caption", "photo captions")
	if !d.captionsOpen && d.query != "" {
		hits := 0
		for _, m := range d.matches {
			if m.caption >= 0 {
				hits++
			}
		}
		if hits > 0 {
			line += " · " + itoaUnit(hits, "match", "matches")
		}
	}
	return d.dimStyle.Render(line)
}

// itoaUnit writes a count and its noun, singular or plural.
func itoaUnit(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// captionLine draws line i of the standfirst and captions, with the search
// matches in it painted: the standfirst in italics, the captions dim.
func (d *articleDoc) captionLine(i int) string {
	st := d.captionStyle
	if i < d.standfirstLines {
		st = d.standfirstStyle
	}
	line := d.captions[i]
	if d.query == "" {
		return st.Render(line)
	}
	found := findFolded(line, d.fquery)
	if len(found) == 0 {
		return st.Render(line)
	}
	cur := -1
	if l, k, ok := d.currentCaptionMatch(); ok && l == i {
		cur = k
	}
	var sb strings.Builder
	off := 0
	for k, f := range found {
		hl := d.hlStyles[hlMatch]
		if k == cur {
			hl = d.hlStyles[hlStrong] // the current match, as in the text
		}
		sb.WriteString(st.Render(line[off:f[0]]))
		sb.WriteString(hl.Render(line[f[0]:f[1]]))
		off = f[1]
	}
	if off < len(line) {
		sb.WriteString(st.Render(line[off:]))
	}
	return sb.String()
}

// currentCaptionMatch returns where the current search match is when it
// is in the standfirst or a caption: the line of those lines, and which
// occurrence of the query on that line, from 0.
func (d *articleDoc) currentCaptionMatch() (line, nth int, ok bool) {
	if d.matchIdx < 0 || d.matchIdx >= len(d.matches) {
		return 0, 0, false
	}
	m := d.matches[d.matchIdx]
	from, to, k := 0, 0, 0
	switch {
	case m.standfirst:
		from, to, k = 0, d.standfirstLines, m.nth
	case m.caption >= 0 && m.caption < len(d.captionStart):
		from, to = d.captionStart[m.caption], d.captionEnd
		if m.caption+1 < len(d.captionStart) {
			to = d.captionStart[m.caption+1]
		}
		for j := d.matchIdx - 1; j >= 0 && d.matches[j].caption == m.caption; j-- {
			k++
		}
	default:
		return 0, 0, false
	}
	for i := from; i < min(to, len(d.captions)); i++ {
		n := len(findFolded(d.captions[i], d.fquery))
		if k < n {
			return i, k, true
		}
		k -= n
	}
	return 0, 0, false
}

// readingMinutes is the reading time of a section at 230 words a minute.
func readingMinutes(sec briefing.Section) int {
	words := 0
	for _, p := range sec.Paragraphs {
		words += countWords(p)
	}
	return max((words+229)/230, 1)
}

// countWords counts runs of non-space bytes, without allocating.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// headingLine draws a section's heading with its fold marker and size.
func (d *articleDoc) headingLine(s int) string {
	sec := d.b.Sections[s]
	marker := "▾"
	if d.folded[s] {
		marker = "▸"
	}
	h := sec.Heading
	if h == "" {
		h = "Lead"
	}
	n := len(sec.Paragraphs)
	unit := "paragraphs"
	if n == 1 {
		unit = "paragraph"
	}
	info := fmt.Sprintf(" · %d %s · %d min", n, unit, d.minutes[s])
	if n == 0 {
		// A heading over subsections only: nothing of its own to read.
		info = ""
	}
	// One column of margin keeps the marker off the pane to the left, and
	// one the text off the pane to the right.
	room := d.width - 4 - ansi.StringWidth(info)
	// The heading comes before its size: the paragraph count goes first
	// when the heading would not fit whole beside it.
	if n > 0 && (room < 12 || ansi.StringWidth(h) > room) {
		info = fmt.Sprintf(" · %d min", d.minutes[s])
		room = d.width - 4 - ansi.StringWidth(info)
	}
	if ansi.StringWidth(h) > room {
		h = ansi.Truncate(h, max(room, 1), "…")
	}
	return " " + d.headStyle.Render(marker+" "+h) + d.dimStyle.Render(info)
}

// fittedLine draws global line y cut or padded to exactly width cells,
// without measuring the text lines again. The last cell is always blank:
// the gap between the article and a pane to its right.
func (d *articleDoc) fittedLine(y, width int) string {
	s := d.sectionAt(y)
	l := d.secs[s]
	ly := y - d.starts[s]
	if ly > 0 && !d.folded[s] {
		if p := d.paraAt(s, ly); p >= 0 {
			i := ly - l.paraStart[p]
			if r := l.chunks[p/chunkSize]; r != nil && i < len(r.paras[p%chunkSize].lines) {
				rp := r.paras[p%chunkSize]
				if w := rp.widths[i]; w < width {
					return d.paint(s, p, rp, i) + strings.Repeat(" ", width-w)
				}
			}
		}
	}
	if width <= 1 {
		return fitLine(d.line(y), width)
	}
	return fitLine(d.line(y), width-1) + " "
}

// line draws global line y, highlights included.
func (d *articleDoc) line(y int) string {
	s := d.sectionAt(y)
	l := d.secs[s]
	ly := y - d.starts[s]
	if ly == 0 {
		return d.headingLine(s)
	}
	if d.folded[s] {
		if ly == 1 && len(l.chunks) > 0 && l.chunks[0] != nil && len(l.chunks[0].paras[0].plain) > 0 {
			return d.dimStyle.Render(strings.TrimRight(l.chunks[0].paras[0].plain[0], " ") + " …")
		}
		return ""
	}
	if s == 0 && ly-1 < len(d.captionRows) {
		return d.captionRow(ly - 1)
	}
	p := d.paraAt(s, ly)
	if p < 0 {
		return ""
	}
	i := ly - l.paraStart[p]
	r := l.chunks[p/chunkSize]
	if r == nil {
		if i == 0 {
			return d.dimStyle.Render("  …")
		}
		return ""
	}
	rp := r.paras[p%chunkSize]
	if i >= len(rp.lines) {
		return ""
	}
	return d.paint(s, p, rp, i)
}

// paint overlays the quote, match and strong highlights on one rendered line.
func (d *articleDoc) paint(s, p int, rp renderedPara, i int) string {
	k := paraKey{s, p}
	q, m, st := d.quoteHL[k], d.matchHL[k], d.strong[k]
	if len(q)+len(m)+len(st) == 0 {
		return rp.lines[i]
	}
	// Lines with quotes only look the same on every frame: paint them once.
	lk := lineKey{s, p, i}
	quoteOnly := len(m)+len(st) == 0
	if quoteOnly {
		if l, ok := d.painted[lk]; ok {
			return l
		}
	}
	return d.paintRanges(s, p, rp, i, q, m, st)
}

// paintVisible paints, once, the lines on screen that show quotes only, so
// that View finds them painted and changes nothing. The root calls it after
// each update.
func (d *articleDoc) paintVisible() {
	if len(d.secs) == 0 || d.height <= 0 {
		return
	}
	for y := d.top; y < min(d.top+d.height, d.total()); y++ {
		s := d.sectionAt(y)
		ly := y - d.starts[s]
		if ly == 0 || d.folded[s] {
			continue
		}
		p := d.paraAt(s, ly)
		if p < 0 {
			continue
		}
		k := paraKey{s, p}
		q := d.quoteHL[k]
		if len(q) == 0 || len(d.matchHL[k])+len(d.strong[k]) > 0 {
			continue
		}
		r := d.secs[s].chunks[p/chunkSize]
		i := ly - d.secs[s].paraStart[p]
		if r == nil || i >= len(r.paras[p%chunkSize].lines) {
			continue
		}
		lk := lineKey{s, p, i}
		if _, ok := d.painted[lk]; ok {
			continue
		}
		if len(d.painted) >= maxPainted {
			clear(d.painted)
		}
		d.painted[lk] = d.paintRanges(s, p, r.paras[p%chunkSize], i, q, nil, nil)
	}
}

// maxPainted bounds the memo of painted lines.
const maxPainted = 4096

// lineKey names one rendered line of a paragraph.
type lineKey struct{ sec, para, line int }

// paintRanges paints the highlights that touch line i of a paragraph.
func (d *articleDoc) paintRanges(s, p int, rp renderedPara, i int, q, m, st []hlSpan) string {
	src := d.b.Sections[s].Paragraphs[p]
	lineStart, lineEnd := rp.starts[i], len(src)
	if i+1 < len(rp.starts) {
		lineEnd = rp.starts[i+1]
	}
	cells := make([]uint8, rp.widths[i])
	any := false
	mark := func(spans []hlSpan, level uint8) {
		for _, h := range spans {
			if h.end <= lineStart || h.start >= lineEnd {
				continue
			}
			from, to, ok := rp.columns(src, i, h.start, h.end)
			if !ok {
				continue
			}
			for c := from; c < to && c < len(cells); c++ {
				cells[c] = max(cells[c], level)
				any = true
			}
		}
	}
	mark(q, hlQuote)
	mark(m, hlMatch)
	mark(st, hlStrong)
	if !any {
		return rp.lines[i]
	}
	var ranges []lipgloss.Range
	for c := 0; c < len(cells); {
		e := c
		for e < len(cells) && cells[e] == cells[c] {
			e++
		}
		if cells[c] != hlNone {
			ranges = append(ranges, lipgloss.NewRange(c, e, d.hlStyles[cells[c]]))
		}
		c = e
	}
	return lipgloss.StyleRanges(rp.lines[i], ranges...)
}

// View draws the visible lines into exactly width x height cells.
func (p articlePane) View(width, height int, focused bool) string {
	d := p.articleDoc
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := make([]string, height)
	size := height
	total := d.total()
	for r := range lines {
		y := d.top + r
		if y >= total || len(d.secs) == 0 {
			lines[r] = strings.Repeat(" ", width)
		} else {
			lines[r] = d.fittedLine(y, width)
		}
		size += len(lines[r])
	}
	var sb strings.Builder
	sb.Grow(size)
	for r, l := range lines {
		if r > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(l)
	}
	return sb.String()
}

// place says where the reader is: "§ 2/4 · 35%".
func (d *lineIndex) place() string {
	if len(d.secs) == 0 {
		return ""
	}
	return fmt.Sprintf("§ %d/%d · %d%%", d.sectionAt(d.top)+1, len(d.secs), d.percent())
}

// searching reports whether a search is shown.
func (d *highlights) searching() bool { return d.query != "" }

// percent is how far the reader is through the article.
func (d *lineIndex) percent() int {
	if d.maxTop() == 0 {
		return 100
	}
	return d.top * 100 / d.maxTop()
}

// quoteAtRow returns the quote painted at a screen row and column of the
// pane, or -1.
func (d *articleDoc) quoteAtRow(row, col int) int {
	y := d.top + row
	if y >= d.total() || len(d.secs) == 0 {
		return -1
	}
	s := d.sectionAt(y)
	ly := y - d.starts[s]
	p := d.paraAt(s, ly)
	if p < 0 {
		return -1
	}
	r := d.secs[s].chunks[p/chunkSize]
	if r == nil {
		return -1
	}
	rp := r.paras[p%chunkSize]
	i := ly - d.secs[s].paraStart[p]
	if i >= len(rp.lines) {
		return -1
	}
	src := d.b.Sections[s].Paragraphs[p]
	for _, h := range d.quoteHL[paraKey{s, p}] {
		if from, to, ok := rp.columns(src, i, h.start, h.end); ok && col >= from && col < to {
			return h.quote
		}
	}
	return -1
}

// headingAtRow returns the section whose heading is at a screen row, or -1.
func (d *articleDoc) headingAtRow(row int) int {
	y := d.top + row
	if y >= d.total() || len(d.secs) == 0 {
		return -1
	}
	s := d.sectionAt(y)
	if y == d.starts[s] {
		return s
	}
	return -1
}
