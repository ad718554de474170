package ui

import (
	"fmt"
	"sort"
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
// chunk*chunkSize onwards) at a wrap width and style, rendering it on first use.
func (c *RenderCache) Section(b *briefing.Briefing, section, chunk, width int, style string) *renderedSection {
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

	e.sec = renderChunk(b, section, chunk, width, style)
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
// style that cannot be loaded falls back to "notty", so the text always shows.
func renderChunk(b *briefing.Briefing, section, chunk, width int, style string) *renderedSection {
	r, err := newGlamour(width, style)
	if err != nil {
		r, _ = newGlamour(width, "notty")
	}
	s := b.Sections[section]
	first := min(chunk*chunkSize, len(s.Paragraphs))
	last := min(first+chunkSize, len(s.Paragraphs))
	styles := stylesBySection(b, section)
	out := &renderedSection{paras: make([]renderedPara, 0, last-first)}
	for i := first; i < last; i++ {
		text := s.Paragraphs[i]
		rendered, err := r.Render(paragraphMarkdown(text, s.Kind(i), styles[i]))
		if err != nil {
			rendered = text
		}
		lines := trimBlankLines(strings.Split(rendered, "\n"))
		if len(lines) == 0 {
			lines = []string{""}
		}
		out.paras = append(out.paras, indexLines(text, lines))
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
	if kind == briefing.Code {
		fence := "```"
		for strings.Contains(text, fence) {
			fence += "`"
		}
		return fence + "\n" + text + "\n" + fence + "\n"
	}
	var sb strings.Builder
	switch kind {
	case briefing.BlockQuote:
		sb.WriteString("> ")
	case briefing.ListItem:
		sb.WriteString("- ")
	}
	pos := 0
	if lead := leadingMarker(text); lead > 0 && (len(styles) == 0 || styles[0].Start >= lead) {
		sb.WriteString(text[:lead-1] + "\\" + text[lead-1:lead])
		pos = lead
	}
	for _, st := range styles {
		if st.Start < pos || st.End > len(text) || st.Start >= st.End {
			continue
		}
		inner := text[st.Start:st.End]
		if strings.TrimSpace(inner) != inner {
			continue // emphasis cannot start or end with a space in Markdown
		}
		sb.WriteString(escapeMarkdownText(text[pos:st.Start]))
		switch st.Kind {
		case briefing.Strong:
			sb.WriteString("**" + escapeMarkdownText(inner) + "**")
		case briefing.InlineCode:
			if strings.Contains(inner, "`") {
				sb.WriteString(escapeMarkdownText(inner))
			} else {
				sb.WriteString("`" + inner + "`")
			}
		default:
			sb.WriteString("*" + escapeMarkdownText(inner) + "*")
		}
		pos = st.End
	}
	sb.WriteString(escapeMarkdownText(text[pos:]))
	return sb.String()
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
// paragraph. Only these are escaped: Glamour prints other escapes verbatim.
const markdownSpecial = "\\`*_[]<>#~|!&"

// escapeMarkdownText backslash-escapes the characters that could start
// Markdown syntax, so the text renders as itself, and folds line breaks into
// spaces.
func escapeMarkdownText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/8)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			sb.WriteByte(' ')
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
	p := renderedPara{lines: lines, plain: make([]string, len(lines)), widths: make([]int, len(lines)), starts: make([]int, len(lines))}
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
		si = skipSpaces(src, si)
		p.starts[i] = si
		walkAligned(src, si, p.plain[i], func(off, _, _ int) { si = off + runeLen(src, off) })
	}
	return p
}

// walkAligned walks a plain rendered line from source offset si and calls fn
// for every rendered character it matches in the source, with the source
// offset and the character's first cell and width on screen.
func walkAligned(src string, si int, line string, fn func(off, col, width int)) {
	col := 0
	for _, r := range line {
		w := runeCells(r)
		if !unicode.IsSpace(r) {
			si = skipSpaces(src, si)
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
	walkAligned(src, p.starts[i], p.plain[i], func(off, col, w int) {
		if off >= start && off < end {
			if from < 0 {
				from = col
			}
			to = col + w
		}
	})
	return from, to, from >= 0
}
