package ui

import (
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// Print writes a briefing rendered for a non-terminal (a pipe or a file):
// the title and metadata, the standfirst, the captions, then every section
// through Glamour at the given width and style ("notty" when empty), with
// every escape sequence taken out: link targets show as text after the
// link, list items and table rows follow each other line by line.
//
// The text is what glow prints to a pipe, Glamour's notty style: emphasis
// between asterisks, a heading after its hashes. Print lays the prose out
// itself from Glamour's rendering on one line, so that a URL is never
// broken (one wider than the line stands alone on its own line) and every
// line of a block quote keeps its bar; it shows the ampersands and tildes
// Glamour leaves escaped as themselves, and marks a run of emphasised
// words the page tagged one by one as one span ("*a b*", not "*a* *b*").
// Code blocks and tables are Glamour's (or the table layout's) lines.
func Print(w io.Writer, b *briefing.Briefing, width int, style string) error {
	if width <= 0 {
		width = 80
	}
	if style == "" {
		style = "notty"
	}
	if err := CheckStyle(style); err != nil {
		return err
	}
	wrap := wrapWidth(width)
	// Glamour's paragraph lines: a margin of two cells on either side of a
	// text wrapped at wrap-4.
	limit := wrap - 2
	var sb strings.Builder
	writeLines := func(lines []string) {
		for _, l := range lines {
			sb.WriteString(l + "\n")
		}
	}
	writeLines(wrapPlain(sanitizeLine(b.DisplayTitle()), "", "", wrap))
	for _, kv := range b.Meta() {
		writeLines(wrapPlain(kv[0]+": "+sanitizeLine(kv[1]), "", "", wrap))
	}
	if sf := sanitizeLine(b.Standfirst); sf != "" {
		sb.WriteString("\n")
		writeLines(wrapPlain(sf, "", "", wrap))
	}
	for _, c := range b.Captions {
		t := sanitizeLine(c.Line())
		sb.WriteString("\n")
		writeLines(wrapPlain(t, "", "", max(wrap-2, 8)))
	}
	pb := withJoinedStyles(b)
	procs := runtime.GOMAXPROCS(0)
	for s, sec := range pb.Sections {
		if sec.Heading != "" {
			sb.WriteString("\n" + strings.Repeat("#", sec.HeadingLevel()) + " " + sanitizeLine(sec.Heading) + "\n")
		}
		styles, links := stylesBySection(pb, s), linksBySection(pb, s)
		var table *tableLayout
		for c := 0; c*chunkSize < len(sec.Paragraphs); c++ {
			first, last := c*chunkSize, min((c+1)*chunkSize, len(sec.Paragraphs))
			prose := renderProse(sec, first, last, styles, links, limit, style, procs)
			var narrow *renderedSection
			for i := first; i < last; i++ {
				if !JoinsPrevious(sec, i) {
					sb.WriteString("\n")
				}
				kind := sec.Kind(i)
				if kind != briefing.Code && kind != briefing.TableRow {
					for _, l := range prose[i-first].plain {
						lead, next, text := plainPrefixes(l, kind)
						writeLines(wrapPlain(text, lead, next, limit))
					}
					continue
				}
				if narrow == nil {
					narrow = renderChunk(pb, s, c, wrap, style, procs)
				}
				lines := narrow.paras[i-first].plain
				if kind == briefing.Code {
					lines = wholeCode(sec, i, wrap, style)
				}
				if kind == briefing.TableRow {
					if table == nil || i >= table.end {
						table = layoutTable(sec, i, wrap)
					}
				}
				writeLines(lines)
			}
		}
	}
	// Not a terminal: no escape sequence at all, whatever the style (Glamour
	// writes OSC 8 hyperlinks even in "notty").
	if _, err := io.WriteString(w, ansi.Strip(sb.String())); err != nil {
		return fmt.Errorf("writing the briefing: %w", err)
	}
	return nil
}

// wholeCode renders code block p of a section with Glamour wide enough
// that none of its lines is broken: a line of code cut in two is no code
// in a file or a pager, which wrap (or scroll) lines themselves.
func wholeCode(sec briefing.Section, p, wrap int, style string) []string {
	text := sec.Paragraphs[p]
	w := wrap
	for _, l := range strings.Split(text, "\n") {
		// Glamour's margins and the code block's indent around the line.
		w = max(w, ansi.StringWidth(l)+16)
	}
	var out renderedPara
	renderParasWith([]paraJob{{into: &out, text: text, md: blockMarkdown(text, briefing.Code, sec.Detail(p), nil, nil)}}, w, style)
	lines := make([]string, len(out.plain))
	for i, l := range out.plain {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// renderProse renders the paragraphs first to last of a section that are
// not code or table rows with Glamour, each wider than its Markdown, so
// that it comes out on one line for wrapPlain to lay out. Paragraphs are
// rendered together at the next power of two over their own width:
// Glamour pads every line to the width, one styled cell at a time in a
// colour style.
func renderProse(sec briefing.Section, first, last int, styles map[int][]briefing.Style, links map[int][]briefing.Link, limit int, style string, procs int) []renderedPara {
	out := make([]renderedPara, last-first)
	byWidth := map[int][]paraJob{}
	for i := first; i < last; i++ {
		k := sec.Kind(i)
		if k == briefing.Code || k == briefing.TableRow {
			continue
		}
		d := sec.Detail(i)
		indent := 0
		if k == briefing.ListItem {
			indent = d.Depth
		}
		md := blockMarkdown(sec.Paragraphs[i], k, d, styles[i], links[i])
		// Markdown is never narrower than what Glamour shows of it; the
		// rest is for the margins, a list's marker and a quote's bar.
		w := limit
		for w < len(md)+16 {
			w *= 2
		}
		byWidth[w] = append(byWidth[w], paraJob{into: &out[i-first], text: sec.Paragraphs[i], md: md, indent: indent})
	}
	for w, jobs := range byWidth {
		renderParas(jobs, w, style, procs)
	}
	return out
}

// plainPrefixes splits a paragraph rendered on one line into the prefix of
// its first line, that of the lines after, and its text: the margin, and
// for a block quote the margin and the bar, which every line repeats. A
// list item's marker is the first word of its text, and the lines after it
// start at the margin, as Glamour wraps them.
func plainPrefixes(line string, kind briefing.BlockKind) (first, next, text string) {
	text = strings.TrimLeft(line, " ")
	margin := line[:len(line)-len(text)]
	if kind == briefing.BlockQuote {
		bar, rest, ok := strings.Cut(text, " ")
		if r, _ := utf8.DecodeRuneInString(bar); ok && utf8.RuneCountInString(bar) == 1 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			p := margin + bar + " "
			return p, p, strings.TrimLeft(rest, " ")
		}
	}
	return margin, margin, text
}

// wrapPlain lays text out in lines of at most width cells, first before
// the first line and next before the others. It breaks at spaces, or after
// a hyphen when that fills a line better, as Glamour does, but never
// inside a URL: a URL that does not fit goes on the next line, whole, even
// wider than the line. A word wider than a line that is not a URL (a run
// of Chinese or Japanese text) is cut between characters, and a closing
// mark that would start a line hangs at the end of the line before.
func wrapPlain(text, first, next string, width int) []string {
	var lines []string
	var cur strings.Builder
	cur.WriteString(first)
	room := max(width-ansi.StringWidth(first), 1) // cells for the text
	used := 0                                     // cells of text on the line
	newLine := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		cur.WriteString(next)
		room = max(width-ansi.StringWidth(next), 1)
		used = 0
	}
	put := func(word string) {
		if used > 0 {
			cur.WriteByte(' ')
			used++
		}
		cur.WriteString(word)
		used += ansi.StringWidth(word)
	}
	for _, word := range strings.Split(text, " ") {
		for word != "" {
			sep := 0
			if used > 0 {
				sep = 1
			}
			left := room - used - sep
			w := ansi.StringWidth(word)
			switch {
			case w <= left:
				put(word)
				word = ""
			case isURLWord(word):
				if used > 0 {
					newLine()
				}
				put(word)
				word = ""
			case used > 0 && hyphenBreak(word, left) > 0:
				cut := hyphenBreak(word, left)
				put(word[:cut])
				newLine()
				word = word[cut:]
			case w <= room || left <= 0:
				newLine()
			default:
				head := cutCells(word, left, used == 0)
				if head == 0 {
					newLine()
					continue
				}
				put(word[:head])
				newLine()
				word = word[head:]
			}
		}
	}
	if used > 0 || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(cur.String(), " "))
	}
	return lines
}

// isURLWord reports whether a word holds a web address, which wrapPlain
// never breaks.
func isURLWord(word string) bool {
	return strings.Contains(word, "://") || strings.HasPrefix(strings.TrimLeft(word, "([{<\"'«“‘*_"), "www.")
}

// hyphenBreak returns the length of the longest start of word that ends
// with a hyphen joining two words, leaves something after it, and takes
// at most room cells; 0 if there is none.
func hyphenBreak(word string, room int) int {
	for i := len(word) - 2; i > 0; i-- {
		if word[i] == '-' && joinsWords(word[i-1], word[i+1]) && ansi.StringWidth(word[:i+1]) <= room {
			return i + 1
		}
	}
	return 0
}

// joinsWords reports whether a hyphen between bytes a and b joins two
// words ("well-known", "2015-era"), where a line may break: not one of
// the two of an option ("--region"), not a minus ("x -1").
func joinsWords(a, b byte) bool {
	word := func(c byte) bool { return c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) }
	return word(a) && word(b)
}

// cutCells returns where to cut a word wider than the room left on its
// line: after as many characters as take at most room cells, between two
// characters a line may break between (not inside a run of Latin letters
// and digits, not before a Latin closing mark), with the full-width
// closing marks that follow hanging at the end. It returns 0 when no such
// place fits, unless force, which cuts after room cells (one character at
// least) all the same.
func cutCells(word string, room int, force bool) int {
	n, used, cut := 0, 0, 0
	var prev rune
	prevWide := false
	for n < len(word) {
		g, w := ansi.FirstGraphemeCluster(word[n:], ansi.GraphemeWidth)
		r, _ := utf8.DecodeRuneInString(g)
		if n > 0 && breaksBefore(prev, prevWide, r, w > 1) {
			cut = n
		}
		if n > 0 && used+w > room {
			break
		}
		n += len(g)
		used += w
		prev, prevWide = r, w > 1
	}
	if n == len(word) {
		cut = n
	}
	if cut == 0 {
		if !force {
			return 0
		}
		cut = n
	}
	for cut < len(word) {
		r, size := utf8.DecodeRuneInString(word[cut:])
		if r < 0x3000 || !strings.ContainsRune(noLineStart, r) {
			break
		}
		cut += size
	}
	return cut
}

// breaksBefore reports whether a line may break between a and b inside a
// word: not between two narrow letters or digits (a Latin word in Chinese
// text), not before a Latin closing mark.
func breaksBefore(a rune, aWide bool, b rune, bWide bool) bool {
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if !aWide && !bWide && alnum(a) && alnum(b) {
		return false
	}
	return b >= 0x3000 || !strings.ContainsRune(noLineStart, b)
}

// withJoinedStyles returns the briefing with the emphasis spans of one kind
// that only spaces separate made one span, so that "<em>quiet</em>
// <em>comeback</em>" shows as "*quiet comeback*"; b itself when there are
// none. A span is not joined across a link that starts or ends between
// them. The briefing is copied, not changed: its sections are shared.
func withJoinedStyles(b *briefing.Briefing) *briefing.Briefing {
	if len(b.Styles) < 2 {
		return b
	}
	styles := append([]briefing.Style(nil), b.Styles...)
	sort.SliceStable(styles, func(i, j int) bool {
		x, y := styles[i], styles[j]
		if x.Section != y.Section {
			return x.Section < y.Section
		}
		if x.Paragraph != y.Paragraph {
			return x.Paragraph < y.Paragraph
		}
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		return x.Start < y.Start
	})
	type para struct{ s, p int }
	links := map[para][]briefing.Link{}
	for _, l := range b.Links {
		links[para{l.Section, l.Paragraph}] = append(links[para{l.Section, l.Paragraph}], l)
	}
	joined := styles[:0:0]
	for _, st := range styles {
		if n := len(joined); n > 0 && joins(b, joined[n-1], st, links[para{st.Section, st.Paragraph}]) {
			joined[n-1].End = st.End
			continue
		}
		joined = append(joined, st)
	}
	if len(joined) == len(b.Styles) {
		return b
	}
	c := *b
	c.Styles = joined
	return &c
}

// joins reports whether span b, which starts after span a, continues it:
// the same kind of emphasis in the same paragraph, nothing but spaces
// between them, and no link of the paragraph crossing either of them.
func joins(br *briefing.Briefing, a, b briefing.Style, links []briefing.Link) bool {
	if a.Section != b.Section || a.Paragraph != b.Paragraph || a.Kind != b.Kind || a.Kind == briefing.InlineCode {
		return false
	}
	if a.Section < 0 || a.Section >= len(br.Sections) || a.Paragraph < 0 || a.Paragraph >= len(br.Sections[a.Section].Paragraphs) {
		return false
	}
	text := br.Sections[a.Section].Paragraphs[a.Paragraph]
	if a.End > b.Start || b.End > len(text) || strings.Trim(text[a.End:b.Start], " ") != "" {
		return false
	}
	for _, l := range links {
		outside := l.End <= a.Start || l.Start >= b.End
		around := l.Start <= a.Start && l.End >= b.End
		inA := l.Start >= a.Start && l.End <= a.End
		inB := l.Start >= b.Start && l.End <= b.End
		if !outside && !around && !inA && !inB {
			return false
		}
	}
	return true
}
