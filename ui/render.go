package ui

import (
	"fmt"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// maxCachedLines bounds the render cache: when it holds more rendered lines
// than this, it is emptied and starts again (an SSH server reading many
// briefings at many widths, or a client resizing its window over and over,
// would otherwise grow it without end). A line costs a few hundred bytes
// styled and plain, so this is of the order of 200 MB at most.
const maxCachedLines = 500_000

// RenderCache holds Glamour renderings of briefing sections, keyed by
// (briefing, section, width, style). Glamour is pure, so one cache serves
// every program of a process; it is safe for concurrent use, and a section
// being rendered by one program is waited for, not rendered twice.
type RenderCache struct {
	mu    sync.Mutex
	m     map[renderKey]*renderEntry
	lines int
}

// NewRenderCache returns an empty cache, safe for concurrent use by many programs.
func NewRenderCache() *RenderCache {
	return &RenderCache{m: map[renderKey]*renderEntry{}}
}

type renderKey struct {
	b       *briefing.Briefing
	section int
	chunk   int
	width   int
	style   string
}

type renderEntry struct {
	done chan struct{}
	sec  *renderedSection
}

// renderedSection is one section's paragraphs as Glamour drew them.
type renderedSection struct {
	paras []renderedPara
}

// renderedPara is one paragraph's lines and, for each line, the byte offset
// in the paragraph's text where the line starts: the index that lets
// highlights and jumps find a span on screen without re-rendering.
type renderedPara struct {
	lines  []string // with ANSI styling, trailing padding cut off
	plain  []string // the same lines without styling
	widths []int    // the cells each line takes
	starts []int    // source byte offset of each line's first character
	cuts   [][2]int // spans of the source not drawn, an ellipsis in their place
	// lineCuts, when set, are the spans of the source each line passes
	// over (a table row's cells wrapped side by side), for that line only.
	lineCuts [][][2]int
}

// cutsOf returns the spans of the source line i passes over.
func (p renderedPara) cutsOf(i int) [][2]int {
	if p.lineCuts != nil {
		if i < len(p.lineCuts) {
			return p.lineCuts[i]
		}
		return nil
	}
	return p.cuts
}

// lineCount is the number of lines the section's paragraphs take, without
// the blank lines the article pane puts between them.
func (s *renderedSection) lineCount() int {
	n := 0
	for _, p := range s.paras {
		n += len(p.lines)
	}
	return n
}

// Peek returns a chunk if it is already rendered, without rendering it.
func (c *RenderCache) Peek(b *briefing.Briefing, section, chunk, width int, style string) *renderedSection {
	c.mu.Lock()
	e, ok := c.m[renderKey{b, section, chunk, width, style}]
	c.mu.Unlock()
	if !ok {
		return nil
	}
	select {
	case <-e.done:
		return e.sec
	default:
		return nil
	}
}

// Section returns the rendering of one chunk of a section (paragraphs
// chunk*chunkSize onwards) at a wrap width and style, rendering it on
// first use, on every processor: for a screen that waits for it.
func (c *RenderCache) Section(b *briefing.Briefing, section, chunk, width int, style string) *renderedSection {
	return c.section(b, section, chunk, width, style, runtime.GOMAXPROCS(0))
}

// SectionInBackground is Section on one goroutine: for rendering ahead,
// which must leave the other processors to the key presses.
func (c *RenderCache) SectionInBackground(b *briefing.Briefing, section, chunk, width int, style string) *renderedSection {
	return c.section(b, section, chunk, width, style, 1)
}

// section renders on up to workers goroutines.
func (c *RenderCache) section(b *briefing.Briefing, section, chunk, width int, style string, workers int) *renderedSection {
	k := renderKey{b, section, chunk, width, style}
	c.mu.Lock()
	if e, ok := c.m[k]; ok {
		c.mu.Unlock()
		<-e.done
		return e.sec
	}
	e := &renderEntry{done: make(chan struct{})}
	c.m[k] = e
	c.mu.Unlock()

	e.sec = renderChunk(b, section, chunk, width, style, workers)
	close(e.done)

	c.mu.Lock()
	c.lines += e.sec.lineCount()
	if c.lines > maxCachedLines {
		c.m = map[renderKey]*renderEntry{k: e}
		c.lines = e.sec.lineCount()
	}
	c.mu.Unlock()
	return e.sec
}

// standardStyles are the Glamour style names; anything else is a style file.
var standardStyles = map[string]bool{
	"dark": true, "light": true, "notty": true, "ascii": true,
	"pink": true, "dracula": true, "tokyo-night": true,
}

// newGlamour returns a renderer for a style name or style file path.
func newGlamour(width int, style string) (*glamour.TermRenderer, error) {
	opt := glamour.WithStandardStyle(style)
	if !standardStyles[style] {
		opt = glamour.WithStylePath(style)
	}
	r, err := glamour.NewTermRenderer(opt, glamour.WithWordWrap(width))
	if err != nil {
		return nil, fmt.Errorf("loading style %q: %w", style, err)
	}
	return r, nil
}

// CheckStyle reports whether a --style value can be used.
func CheckStyle(style string) error {
	if style == "" {
		return nil
	}
	_, err := newGlamour(40, style)
	return err
}

// renderChunk draws one chunk of a section's paragraphs with Glamour. A
// style that cannot be loaded falls back to "notty", so the text always
// shows. Table rows that fit are laid out here; the other paragraphs are
// rendered by renderParas, on up to workers goroutines.
func renderChunk(b *briefing.Briefing, section, chunk, width int, style string, workers int) *renderedSection {
	s := b.Sections[section]
	first := min(chunk*chunkSize, len(s.Paragraphs))
	last := min(first+chunkSize, len(s.Paragraphs))
	styles := stylesBySection(b, section)
	links := linksBySection(b, section)
	out := &renderedSection{paras: make([]renderedPara, last-first)}
	var jobs []paraJob
	var table *tableLayout
	for i := first; i < last; i++ {
		text := s.Paragraphs[i]
		if s.Kind(i) == briefing.Code {
			out.paras[i-first] = codeBlock(text, s.Detail(i), width, style)
			continue
		}
		if s.Kind(i) == briefing.TableRow {
			if table == nil || i >= table.end {
				table = layoutTable(s, i, width)
			}
			if table.fits {
				out.paras[i-first] = table.rowPara(s, i)
				continue
			}
		}
		indent := 0
		if d := s.Detail(i).Depth; s.Kind(i) == briefing.ListItem && d > 0 {
			indent = d
		}
		kind, quote, item := s.Kind(i), false, ""
		room := width - 4 - 2*indent // the text's cells between Glamour's margins
		switch kind {
		case briefing.BlockQuote:
			// Drawn as a paragraph with the quote bar put before each
			// line: Glamour's own quotes wrap past the bar.
			kind, quote = briefing.Plain, true
			room -= 2
		case briefing.ListItem:
			// Drawn as a paragraph after the item's marker, its lines
			// under the first one's text (a hanging indent): Glamour
			// wraps an item's lines back under the marker.
			item = "- "
			if n := s.Detail(i).Number; n > 0 {
				item = strconv.Itoa(n) + ". "
			}
			kind = briefing.Plain
			room -= len(item)
		}
		mdText, mdStyles, mdLinks := text, styles[i], links[i]
		var urlHrefs map[string]string
		var cuts [][2]int
		if kind != briefing.Code {
			mdText, mdStyles, mdLinks, urlHrefs, cuts = shownURLs(text, mdStyles, mdLinks, room)
		}
		shown, hrefs := shownLinks(mdLinks, mdText, room)
		if len(urlHrefs) > 0 && hrefs == nil {
			hrefs = map[string]string{}
		}
		for k, v := range urlHrefs {
			hrefs[k] = v
		}
		jobs = append(jobs, paraJob{
			into:   &out.paras[i-first],
			text:   text,
			md:     blockMarkdown(mdText, kind, s.Detail(i), mdStyles, shown),
			indent: indent,
			quote:  quote,
			item:   item,
			hrefs:  hrefs,
			cuts:   cuts,
		})
	}
	renderParas(jobs, width, style, workers)
	return out
}

// codeBlock draws a code block in width cells. Glamour renders it wide
// enough for its longest line, and a line too wide for the pane goes on
// under itself two cells further in than it starts: Glamour wraps code
// back to the paragraphs' margin, left of the block's own indent, where a
// wrapped line reads as code of its own (a line of Python out of its
// function).
func codeBlock(text string, d briefing.Detail, width int, style string) renderedPara {
	wide := width
	for _, l := range strings.Split(text, "\n") {
		wide = max(wide, ansi.StringWidth(l)+16) // with Glamour's margins and indent
	}
	var p renderedPara
	renderParasWith([]paraJob{{into: &p, text: text, md: blockMarkdown(text, briefing.Code, d, nil, nil)}}, wide, style)
	limit := width - 2 // Glamour's right margin
	var lines []string
	wrapped := false
	for k, l := range p.lines {
		w := p.widths[k]
		if w <= limit {
			lines = append(lines, l)
			continue
		}
		wrapped = true
		in := len(p.plain[k]) - len(strings.TrimLeft(p.plain[k], " "))
		cont := min(in+2, limit/2)
		to := codeBreak(p.plain[k], in, limit)
		lines = append(lines, ansi.Cut(l, 0, to))
		for from := to; from < w; from = to {
			to = w
			if w-from > limit-cont {
				to = codeBreak(p.plain[k], from, from+limit-cont)
			}
			lines = append(lines, strings.Repeat(" ", cont)+ansi.Cut(l, from, to))
		}
	}
	if !wrapped {
		return p
	}
	return indexLines(text, lines)
}

// codeBreak returns the cell of a plain line of code, between from and to,
// to break it before: after the last space in the second half of the
// room, or at to, inside a word, when there is none.
func codeBreak(plain string, from, to int) int {
	col, best := 0, to
	for _, r := range plain {
		col += runeCells(r)
		if col >= to {
			break
		}
		if r == ' ' && col > from+(to-from)/2 {
			best = col
		}
	}
	return best
}

// paraJob is one paragraph for Glamour: its Markdown, the list depth it
// is indented by, and where its rendering goes.
type paraJob struct {
	into   *renderedPara
	text   string // the paragraph's own text, which the lines are indexed against
	md     string
	indent int  // list nesting: two spaces each
	quote  bool // a block quote: md is its text, drawn with the quote bar
	// item is a list item's marker in Markdown ("- ", "3. "): md is its
	// text, drawn after the marker with a hanging indent.
	item string
	// hrefs gives the whole address of each link target shortened in md,
	// for the hyperlinks Glamour draws.
	hrefs map[string]string
	// cuts are the spans of text an ellipsis stands for on screen (a long
	// address cut to its line), [from, to), in order.
	cuts [][2]int
}

// minParasPerWorker is the least number of paragraphs worth a goroutine
// and a Glamour renderer of its own (a renderer takes about 60 µs to make,
// a paragraph about 300 µs to render).
const minParasPerWorker = 2

// renderParas renders the jobs with Glamour, split among up to workers
// goroutines, each with a renderer of its own (a renderer is not safe for
// concurrent use). A chunk's paragraphs are independent, and the first
// screen waits for its chunk: on two processors the seed's lead is drawn
// in about 70% of the time.
func renderParas(jobs []paraJob, width int, style string, workers int) {
	workers = min(workers, len(jobs)/minParasPerWorker)
	if workers <= 1 {
		renderParasWith(jobs, width, style)
		return
	}
	var wg sync.WaitGroup
	per := (len(jobs) + workers - 1) / workers
	for lo := 0; lo < len(jobs); lo += per {
		part := jobs[lo:min(lo+per, len(jobs))]
		wg.Go(func() { renderParasWith(part, width, style) })
	}
	wg.Wait()
}

// renderParasWith renders jobs one after the other with one renderer.
func renderParasWith(jobs []paraJob, width int, style string) {
	r, err := newGlamour(width, style)
	if err != nil {
		r, _ = newGlamour(width, "notty")
	}
	var q *quoteRenderer
	items := map[string]*itemRenderer{}
	for _, j := range jobs {
		var rendered string
		switch {
		case j.quote:
			if q == nil {
				q = newQuoteRenderer(r, width, style)
			}
			rendered, err = q.render(j.md)
		case j.item != "":
			// A nested item is drawn in the width its indent leaves.
			key := j.item + "/" + strconv.Itoa(j.indent)
			it := items[key]
			if it == nil {
				w, ir := width-2*j.indent, r
				if j.indent > 0 {
					if ir, err = newGlamour(w, style); err != nil {
						ir, _ = newGlamour(w, "notty")
					}
				}
				it = newItemRenderer(ir, j.item, w, style)
				items[key] = it
			}
			rendered, err = it.render(j.md)
		default:
			rendered, err = r.Render(j.md)
		}
		if err != nil {
			rendered = j.text
		}
		for shown, href := range j.hrefs {
			// The hyperlink goes to the whole address.
			rendered = strings.ReplaceAll(rendered, ";"+shown+"\a", ";"+href+"\a")
		}
		lines := hangPunctuation(trimBlankLines(strings.Split(rendered, "\n")))
		if len(lines) == 0 {
			lines = []string{""}
		}
		if j.indent > 0 {
			pad := strings.Repeat("  ", j.indent)
			for k := range lines {
				lines[k] = pad + lines[k]
			}
		}
		*j.into = indexLinesCut(j.text, lines, j.cuts)
	}
}

// quoteRenderer draws block quotes as Glamour's style draws them, the
// bar before every line, but wraps their text itself: Glamour wraps a
// quote at the full width and then puts its bar only before the lines it
// wrapped, so a long quote has lines with no bar and lines past the width.
type quoteRenderer struct {
	r      *glamour.TermRenderer // paragraphs, at the width less the bar
	bar    string                // the style's margin and bar, styled
	margin int                   // the cells of a paragraph's left margin
}

// newQuoteRenderer measures the style's quote bar and paragraph margin
// with r, the renderer at the full width; when it cannot, it returns a
// renderer that draws quotes as Glamour does.
func newQuoteRenderer(r *glamour.TermRenderer, width int, style string) *quoteRenderer {
	bar, barW := prefixOf(r, "> x")
	_, margin := prefixOf(r, "x")
	if barW < 0 || margin < 0 || barW <= margin || barW-margin >= width/2 {
		return &quoteRenderer{r: r, margin: -1}
	}
	qr, err := newGlamour(width-(barW-margin), style)
	if err != nil {
		qr, _ = newGlamour(width-(barW-margin), "notty")
	}
	return &quoteRenderer{r: qr, bar: bar, margin: margin}
}

// prefixOf renders md, one line ending in "x", and returns what comes
// before the "x", styled, and its width in cells, or -1.
func prefixOf(r *glamour.TermRenderer, md string) (string, int) {
	out, err := r.Render(md)
	if err != nil {
		return "", -1
	}
	for _, l := range strings.Split(out, "\n") {
		plain := strings.TrimRight(ansi.Strip(l), " ")
		if strings.HasSuffix(plain, "x") {
			w := ansi.StringWidth(plain) - 1
			return ansi.Cut(l, 0, w), w
		}
	}
	return "", -1
}

// render draws a quote's text (Markdown of a plain paragraph) with the bar
// before each line.
func (q *quoteRenderer) render(md string) (string, error) {
	if q.margin < 0 {
		return q.r.Render("> " + md)
	}
	out, err := q.r.Render(md)
	if err != nil {
		return "", err
	}
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.TrimSpace(ansi.Strip(l)) == "" {
			continue
		}
		lines[i] = q.bar + ansi.Cut(l, q.margin, ansi.StringWidth(l))
	}
	return strings.Join(lines, "\n"), nil
}

// itemRenderer draws list items as Glamour's style draws them, the marker
// before the first line, but wraps their text itself, so that the lines
// after the first start under the text, not under the marker.
type itemRenderer struct {
	r      *glamour.TermRenderer // paragraphs, at the width less the marker
	marker string                // the item's margin and marker ("  • "), styled
	item   string                // the marker in Markdown, for the fallback
	width  int                   // the cells of marker
	margin int                   // the cells of a paragraph's left margin
}

// newItemRenderer measures the style's marker for item ("- ", "3. ") and
// paragraph margin with r, the renderer at the full width; when it cannot,
// it returns a renderer that draws items as Glamour does.
func newItemRenderer(r *glamour.TermRenderer, item string, width int, style string) *itemRenderer {
	marker, markW := prefixOf(r, item+"x")
	_, margin := prefixOf(r, "x")
	if markW < 0 || margin < 0 || markW <= margin || markW-margin >= width/2 {
		return &itemRenderer{r: r, item: item, margin: -1}
	}
	ir, err := newGlamour(width-(markW-margin), style)
	if err != nil {
		ir, _ = newGlamour(width-(markW-margin), "notty")
	}
	return &itemRenderer{r: ir, marker: marker, item: item, width: markW, margin: margin}
}

// render draws an item's text (Markdown of a plain paragraph) after its
// marker, the lines after the first indented as far as the text.
func (it *itemRenderer) render(md string) (string, error) {
	if it.margin < 0 {
		return it.r.Render(it.item + md)
	}
	out, err := it.r.Render(md)
	if err != nil {
		return "", err
	}
	lines := strings.Split(out, "\n")
	pad, first := strings.Repeat(" ", it.width), true
	for i, l := range lines {
		if strings.TrimSpace(ansi.Strip(l)) == "" {
			continue
		}
		lead := pad
		if first {
			lead, first = it.marker, false
		}
		lines[i] = lead + ansi.Cut(l, it.margin, ansi.StringWidth(l))
	}
	return strings.Join(lines, "\n"), nil
}

// shownLinks returns a paragraph's links with the targets Glamour shows
// after their text made to fit room cells, and the whole address of each
// target it changed. A target that fits a line is kept whole: its hyphens,
// where Glamour would break it, do not break. A longer one is cut to fit
// with an ellipsis. A link whose text is its address, shown once, and a
// relative address, which Glamour rewrites, are left as they are.
func shownLinks(links []briefing.Link, text string, room int) ([]briefing.Link, map[string]string) {
	var out []briefing.Link
	var hrefs map[string]string
	for i, l := range links {
		shown := l.Target
		if l.Start >= 0 && l.End <= len(text) && l.Start < l.End && text[l.Start:l.End] != l.Target &&
			!strings.ContainsAny(l.Target, " <>\x00\a") && absoluteURL(l.Target) {
			// Brackets written as Glamour shows them, so that they cannot
			// end the Markdown link; the target and the punctuation after
			// it (at least a cell's) on one line.
			t := strings.NewReplacer("(", "%28", ")", "%29").Replace(l.Target)
			shown = shownTarget(t, room-max(gluedAfter(text, l.End), 1))
		}
		if shown == l.Target {
			continue
		}
		if out == nil {
			out = append([]briefing.Link(nil), links...)
			hrefs = map[string]string{}
		}
		out[i].Target = shown
		hrefs[shown] = l.Target
	}
	if out == nil {
		return links, nil
	}
	return out, hrefs
}

// gluedAfter is the width of what follows offset end in text up to the
// next space: the punctuation a line cannot break before.
func gluedAfter(text string, end int) int {
	rest := text[min(end, len(text)):]
	if i := strings.IndexAny(rest, " \n\t"); i >= 0 {
		rest = rest[:i]
	}
	return ansi.StringWidth(rest)
}

// gluedBefore is the width of what comes before offset start in text,
// back to the space before it.
func gluedBefore(text string, start int) int {
	head := text[:max(min(start, len(text)), 0)]
	if i := strings.LastIndexAny(head, " \n\t"); i >= 0 {
		head = head[i+1:]
	}
	return ansi.StringWidth(head)
}

// shownTarget is how an address is shown in room cells: whole when it fits,
// else cut with an ellipsis; its hyphens are non-breaking.
func shownTarget(target string, room int) string {
	s := target
	if ansi.StringWidth(s) > room {
		s = ansi.Truncate(s, max(room, 16)-ansi.StringWidth(ellipsis), "")
		if i := strings.LastIndexByte(s, '%'); i >= 0 && len(s)-i < 3 {
			s = s[:i] // not half an escape ("%2"), which is no address
		}
		s += ellipsis
	}
	return strings.ReplaceAll(s, "-", "\u2011")
}

// absoluteURL reports whether an address has a scheme, so that Glamour
// shows it as it is written.
func absoluteURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.IsAbs()
}

// JoinsPrevious reports whether paragraph p of a section is drawn right
// under the one before it, without the blank line between paragraphs: the
// items of one list and the rows of one table.
func JoinsPrevious(s briefing.Section, p int) bool {
	if p <= 0 || p >= len(s.Paragraphs) {
		return false
	}
	switch k := s.Kind(p); k {
	case briefing.ListItem:
		return s.Kind(p-1) == k
	case briefing.TableRow:
		return s.Kind(p-1) == k && !s.Detail(p).Header
	}
	return false
}

// linksBySection groups a section's links by paragraph, in order.
func linksBySection(b *briefing.Briefing, section int) map[int][]briefing.Link {
	out := map[int][]briefing.Link{}
	for _, l := range b.Links {
		if l.Section == section {
			out[l.Paragraph] = append(out[l.Paragraph], l)
		}
	}
	for _, v := range out {
		sort.Slice(v, func(i, j int) bool { return v[i].Start < v[j].Start })
	}
	return out
}

// stylesBySection groups a section's emphasis spans by paragraph, in order.
func stylesBySection(b *briefing.Briefing, section int) map[int][]briefing.Style {
	out := map[int][]briefing.Style{}
	for _, st := range b.Styles {
		if st.Section == section {
			out[st.Paragraph] = append(out[st.Paragraph], st)
		}
	}
	for _, v := range out {
		sort.Slice(v, func(i, j int) bool { return v[i].Start < v[j].Start })
	}
	return out
}

// trimBlankLines drops the blank lines Glamour puts around a block.
func trimBlankLines(lines []string) []string {
	blank := func(s string) bool { return strings.TrimSpace(ansi.Strip(s)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// paragraphMarkdown turns one paragraph of plain text into Markdown that
// renders as exactly that text: every ASCII punctuation mark is escaped,
// emphasis spans become Markdown emphasis, and the paragraph's kind picks a
// block quote, list item or code block.
func paragraphMarkdown(text string, kind briefing.BlockKind, styles []briefing.Style) string {
	return blockMarkdown(text, kind, briefing.Detail{}, styles, nil)
}

// blockMarkdown is paragraphMarkdown with the paragraph's structure: an
// ordered item's number, a code block's language, and its links, which
// Glamour shows with their targets.
func blockMarkdown(text string, kind briefing.BlockKind, d briefing.Detail, styles []briefing.Style, links []briefing.Link) string {
	if kind == briefing.Code {
		fence := "```"
		for strings.Contains(text, fence) {
			fence += "`"
		}
		return fence + markdownLang(d.Lang) + "\n" + text + "\n" + fence + "\n"
	}
	var sb strings.Builder
	switch kind {
	case briefing.BlockQuote:
		sb.WriteString("> ")
	case briefing.ListItem:
		if d.Number > 0 {
			sb.WriteString(strconv.Itoa(d.Number) + ". ")
		} else {
			sb.WriteString("- ")
		}
	}
	pos := 0
	first := len(text)
	if len(styles) > 0 {
		first = styles[0].Start
	}
	if len(links) > 0 {
		first = min(first, links[0].Start)
	}
	if lead := leadingMarker(text); lead > 0 && first >= lead {
		sb.WriteString(text[:lead-1] + "\\" + text[lead-1:lead])
		pos = lead
	}
	sb.WriteString(briefing.InlineMarkdown(text, pos, len(text), styles, links, escapeMarkdownText))
	return sb.String()
}

// markdownLang keeps a code block's language to one plain word, so it
// cannot break the fence.
func markdownLang(lang string) string {
	if strings.IndexFunc(lang, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("+-#._", r))
	}) >= 0 {
		return ""
	}
	return lang
}

// tableLayout is how the rows of one table are drawn: the widths of its
// columns, and whether they fit the wrap width at all.
type tableLayout struct {
	end    int // the paragraph after the table's last row
	widths []int
	align  []string
	fits   bool
	// wrapped: the columns were narrowed to fit, and cells wrap inside
	// them.
	wrapped bool
}

// tableMargin is the left margin of a table, the same as Glamour's for a
// paragraph.
const tableMargin = "  "

// layoutTable measures the table whose rows include paragraph p.
func layoutTable(s briefing.Section, p, width int) *tableLayout {
	start := p
	for start > 0 && s.Kind(start-1) == briefing.TableRow && !s.Detail(start).Header {
		start--
	}
	t := &tableLayout{end: start}
	for t.end < len(s.Paragraphs) && s.Kind(t.end) == briefing.TableRow && (t.end == start || !s.Detail(t.end).Header) {
		text := s.Paragraphs[t.end]
		for c, r := range s.Cells(t.end) {
			if c >= len(t.widths) {
				t.widths = append(t.widths, 0)
			}
			t.widths[c] = max(t.widths[c], ansi.StringWidth(text[r[0]:r[1]]))
		}
		if a := s.Detail(t.end).Align; len(a) > len(t.align) {
			t.align = a
		}
		t.end++
	}
	total := len(tableMargin)
	for _, w := range t.widths {
		total += w + 3
	}
	t.fits = total-3 <= width
	if !t.fits {
		t.shrink(s, start, width)
	}
	return t
}

// minCell is the narrowest a column is made to fit a table in its pane.
const minCell = 6

// shrink narrows the widest columns, one cell at a time, until the table
// fits width, so that its cells wrap inside their columns (t.wrapped); a
// table with too many columns for that stays unfitted, drawn row by row
// as text.
func (t *tableLayout) shrink(s briefing.Section, start, width int) {
	avail := width - len(tableMargin) - 3*(len(t.widths)-1)
	if len(t.widths) == 0 || avail < minCell*len(t.widths) {
		return
	}
	// The longest word of each column: narrowed to it first, words stay
	// whole while they can.
	words := make([]int, len(t.widths))
	for p := start; p < t.end; p++ {
		text := s.Paragraphs[p]
		for c, r := range s.Cells(p) {
			for _, w := range strings.Fields(text[r[0]:r[1]]) {
				if c < len(words) {
					words[c] = max(words[c], ansi.StringWidth(w))
				}
			}
		}
	}
	sum := 0
	for _, w := range t.widths {
		sum += w
	}
	for sum > avail {
		widest := -1
		for _, floor := range []bool{true, false} {
			for c, w := range t.widths {
				least := minCell
				if floor {
					least = max(minCell, words[c])
				}
				if w > least && (widest < 0 || w > t.widths[widest]) {
					widest = c
				}
			}
			if widest >= 0 {
				break
			}
		}
		if widest < 0 {
			return
		}
		t.widths[widest]--
		sum--
	}
	t.fits, t.wrapped = true, true
}

// rowPara draws paragraph p as a table row with its line index: one line
// when the table fits as it is, else each cell wrapped inside its column,
// the cells side by side, line by line.
func (t *tableLayout) rowPara(s briefing.Section, p int) renderedPara {
	if !t.wrapped {
		return indexLines(s.Paragraphs[p], t.row(s, p))
	}
	text := s.Paragraphs[p]
	cells := s.Cells(p)
	parts := make([][][2]int, len(t.widths)) // each cell's lines, spans of text
	n := 1
	for c, w := range t.widths {
		if c < len(cells) {
			parts[c] = cellLines(text, cells[c][0], cells[c][1], w)
			n = max(n, len(parts[c]))
		}
	}
	var lines []string
	var starts []int
	var cuts [][][2]int
	for k := range n {
		var sb strings.Builder
		sb.WriteString(tableMargin)
		start, last := -1, -1
		var lc [][2]int
		for c, w := range t.widths {
			if c > 0 {
				sb.WriteString(" │ ")
			}
			cell := ""
			if k < len(parts[c]) {
				sp := parts[c][k]
				cell = text[sp[0]:sp[1]]
				if start < 0 {
					start = sp[0]
				}
				if last >= 0 {
					lc = append(lc, [2]int{last, sp[0]})
				}
				last = sp[1]
			}
			sb.WriteString(alignCell(cell, w, t.alignOf(c)))
		}
		if start < 0 {
			start = len(text)
		}
		lines = append(lines, strings.TrimRight(sb.String(), " "))
		starts = append(starts, start)
		cuts = append(cuts, lc)
	}
	if s.Detail(p).Header {
		lines = append(lines, t.rule())
		starts = append(starts, len(text))
		cuts = append(cuts, nil)
	}
	rp := renderedPara{lines: lines, plain: lines, widths: make([]int, len(lines)), starts: starts, lineCuts: cuts}
	for i, l := range lines {
		rp.widths[i] = ansi.StringWidth(l)
	}
	return rp
}

// cellLines wraps the cell text[from:to] in width cells: at spaces, and
// inside a word wider than the column. It returns the span of each line.
func cellLines(text string, from, to, width int) [][2]int {
	var out [][2]int
	start, end, used := -1, -1, 0
	flush := func() {
		if start >= 0 {
			out = append(out, [2]int{start, end})
		}
		start, end, used = -1, -1, 0
	}
	for i := from; i < to; {
		for i < to && text[i] == ' ' {
			i++
		}
		j := i
		for j < to && text[j] != ' ' {
			j++
		}
		if i >= j {
			break
		}
		for w := i; w < j; {
			ww := ansi.StringWidth(text[w:j])
			sep := 0
			if start >= 0 {
				sep = 1
			}
			if used+sep+ww <= width {
				if start < 0 {
					start = w
				}
				end, used = j, used+sep+ww
				w = j
				continue
			}
			if start >= 0 {
				flush()
				continue
			}
			// A word wider than the column: as much of it as fits.
			cut := w + max(cutCells(text[w:j], width, true), 1)
			out = append(out, [2]int{w, cut})
			w = cut
		}
		i = j
	}
	flush()
	if len(out) == 0 {
		out = append(out, [2]int{from, from})
	}
	return out
}

// alignOf is column c's alignment.
func (t *tableLayout) alignOf(c int) string {
	if c < len(t.align) {
		return t.align[c]
	}
	return ""
}

// alignCell pads a cell to w cells as its column is aligned.
func alignCell(cell string, w int, align string) string {
	pad := max(w-ansi.StringWidth(cell), 0)
	switch align {
	case "right":
		return strings.Repeat(" ", pad) + cell
	case "center":
		return strings.Repeat(" ", pad/2) + cell + strings.Repeat(" ", pad-pad/2)
	}
	return cell + strings.Repeat(" ", pad)
}

// rule is the line under a header row.
func (t *tableLayout) rule() string {
	var rule strings.Builder
	rule.WriteString(tableMargin)
	for c, w := range t.widths {
		if c > 0 {
			rule.WriteString("─┼─")
		}
		rule.WriteString(strings.Repeat("─", w))
	}
	return rule.String()
}

// row draws paragraph p as a table row: its cells padded to the columns'
// widths and aligned, split by "│"; a header row has a rule under it.
func (t *tableLayout) row(s briefing.Section, p int) []string {
	text := s.Paragraphs[p]
	cells := s.Cells(p)
	var sb strings.Builder
	sb.WriteString(tableMargin)
	for c, w := range t.widths {
		if c > 0 {
			sb.WriteString(" │ ")
		}
		cell := ""
		if c < len(cells) {
			cell = text[cells[c][0]:cells[c][1]]
		}
		sb.WriteString(alignCell(cell, w, t.alignOf(c)))
	}
	lines := []string{strings.TrimRight(sb.String(), " ")}
	if s.Detail(p).Header {
		lines = append(lines, t.rule())
	}
	return lines
}

// leadingMarker returns the length of a list marker ("-", "+", "12." or
// "3)") that opens the text, so that it can be escaped, or 0.
func leadingMarker(text string) int {
	if text == "" {
		return 0
	}
	if text[0] == '-' || text[0] == '+' {
		return 1
	}
	i := 0
	for i < len(text) && i < 9 && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	if i > 0 && i < len(text) && (text[i] == '.' || text[i] == ')') {
		return i + 1
	}
	return 0
}

// markdownSpecial are the characters that can start Markdown syntax inside a
// paragraph, escaped with a backslash, which Glamour takes away. "&" and
// "~" are written as character references instead: Glamour prints a
// backslash before them as it is ("Q\\&A").
const markdownSpecial = "\\`*_[]<>#|!"

// escapeMarkdownText escapes the characters that could start Markdown
// syntax, so the text renders as itself, and folds line breaks into
// spaces.
func escapeMarkdownText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/8)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			sb.WriteByte(' ')
		case r == '&':
			sb.WriteString("&amp;")
		case r == '~':
			sb.WriteString("&#126;")
		case strings.ContainsRune(markdownSpecial, r):
			sb.WriteByte('\\')
			sb.WriteRune(r)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// lookahead is how far the aligner looks in the source for a character the
// renderer printed, before deciding the character was the renderer's own.
const lookahead = 3

// indexLines aligns rendered lines with the paragraph text they came from
// and records, for each line, the source offset of its first character.
func indexLines(src string, lines []string) renderedPara {
	return indexLinesCut(src, lines, nil)
}

// indexLinesCut is indexLines for lines that leave out the spans of the
// source in cuts ([from, to), in order), each drawn as an ellipsis.
func indexLinesCut(src string, lines []string, cuts [][2]int) renderedPara {
	p := renderedPara{lines: lines, plain: make([]string, len(lines)), widths: make([]int, len(lines)), starts: make([]int, len(lines)), cuts: cuts}
	si := 0
	for i, l := range lines {
		plain := strings.TrimRight(ansi.Strip(l), " ")
		p.widths[i] = ansi.StringWidth(plain)
		if plain != ansi.Strip(l) {
			// Glamour pads every line with styled spaces: drop them, they
			// only cost memory and time on every frame.
			lines[i] = ansi.Truncate(l, p.widths[i], "")
			if strings.Contains(l, "\x1b") {
				lines[i] += "\x1b[m"
			}
		}
		p.plain[i] = plain
		si = skipSpaces(src, skipCut(cuts, si))
		p.starts[i] = si
		walkAligned(src, si, p.plain[i], cuts, func(off, _, _ int) { si = off + runeLen(src, off) })
	}
	return p
}

// walkAligned walks a plain rendered line from source offset si and calls fn
// for every rendered character it matches in the source, with the source
// offset and the character's first cell and width on screen.
func walkAligned(src string, si int, line string, cuts [][2]int, fn func(off, col, width int)) {
	col := 0
	for _, r := range line {
		w := runeCells(r)
		if !unicode.IsSpace(r) {
			si = skipSpaces(src, skipCut(cuts, si))
			j := si
			for k := 0; k <= lookahead && j < len(src); k++ {
				sr, n := utf8.DecodeRuneInString(src[j:])
				if sr == r {
					fn(j, col, w)
					si = j + n
					break
				}
				j += n
				j = skipSpaces(src, j)
			}
		}
		col += w
	}
}

// skipCut moves a source offset at the start of a cut span past it: the
// screen goes on after the ellipsis with the text after the span.
func skipCut(cuts [][2]int, si int) int {
	for _, c := range cuts {
		if si == c[0] {
			return c[1]
		}
	}
	return si
}

func runeCells(r rune) int {
	if r < 0x300 {
		return 1
	}
	return ansi.StringWidth(string(r))
}

func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func runeLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// lineOf returns the index of the rendered line holding source offset off.
func (p renderedPara) lineOf(off int) int {
	i := sort.Search(len(p.starts), func(i int) bool { return p.starts[i] > off })
	if i > 0 {
		i--
	}
	return i
}

// columns returns the screen cells [from, to) that source range [start, end)
// covers on line i, and false when it does not touch the line.
func (p renderedPara) columns(src string, i, start, end int) (int, int, bool) {
	from, to := -1, -1
	walkAligned(src, p.starts[i], p.plain[i], p.cutsOf(i), func(off, col, w int) {
		if off >= start && off < end {
			if from < 0 {
				from = col
			}
			to = col + w
		}
	})
	return from, to, from >= 0
}
