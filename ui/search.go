package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"brief/briefing"
)

// searchKey handles a key while the search prompt is open: enter searches
// and jumps to the first match below the top, esc closes the prompt.
func (m *model) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.c.keys.Back):
		m.searching = false
		m.input.Blur()
		return nil
	case msg.String() == "enter":
		m.searching = false
		m.input.Blur()
		q := m.input.Value()
		m.article.search(q)
		if q == "" {
			return nil
		}
		if len(m.article.matches) == 0 {
			m.status = fmt.Sprintf("no match for %q", sanitizeLine(q))
			m.article.search("")
			return nil
		}
		m.status = m.article.nextMatch(1)
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}

// searchMatch is one search match: a span of a paragraph, or, when
// caption >= 0, an occurrence in that photo caption (shown above the lead).
type searchMatch struct {
	span    briefing.Span
	caption int
	// standfirst marks a match in the standfirst (caption is then -1),
	// nth which of the standfirst's matches it is, from 0.
	standfirst bool
	nth        int
}

// atOrAfter reports whether the match comes at or after paragraph p of
// section s: the standfirst and captions come before every paragraph.
func (m searchMatch) atOrAfter(s, p int) bool {
	if m.caption >= 0 || m.standfirst {
		return s == 0 && p <= 0
	}
	return m.span.Section > s || m.span.Section == s && m.span.Paragraph >= p
}

// search finds every occurrence of q in the standfirst, the captions and
// the text, ignoring case and accents as the library's filter does ("maori"
// finds "Māori"); the matches are spans of the original text.
func (d *articleDoc) search(q string) {
	d.query = q
	d.fquery = foldQuery(q)
	d.matches = nil
	d.matchHL = map[paraKey][]hlSpan{}
	d.matchIdx = -1
	clear(d.painted)
	if q == "" {
		return
	}
	fq := d.fquery
	for k := range len(findFolded(d.b.Standfirst, fq)) {
		d.matches = append(d.matches, searchMatch{caption: -1, standfirst: true, nth: k})
	}
	for c, cap := range d.b.Captions {
		for range findFolded(cap.Line(), fq) {
			d.matches = append(d.matches, searchMatch{caption: c})
		}
	}
	for s, sec := range d.b.Sections {
		for p, text := range sec.Paragraphs {
			for _, m := range findFolded(text, fq) {
				sp := briefing.Span{Section: s, Paragraph: p, Start: m[0], End: m[1]}
				d.matches = append(d.matches, searchMatch{span: sp, caption: -1})
				d.matchHL[paraKey{s, p}] = append(d.matchHL[paraKey{s, p}], hlSpan{sp.Start, sp.End, -1})
			}
		}
	}
}

// foldQuery folds a search query as the text it is looked for in.
func foldQuery(q string) string {
	f, _ := foldSearch(q, false)
	return f
}

// findFolded returns the byte spans of text holding the folded query fq,
// each one after the last, ignoring case and accents.
func findFolded(text, fq string) [][2]int {
	if fq == "" || text == "" {
		return nil
	}
	f, at := foldSearch(text, true)
	var out [][2]int
	for off := 0; ; {
		i := strings.Index(f[off:], fq)
		if i < 0 {
			return out
		}
		start, end := off+i, off+i+len(fq)
		off = end
		if at == nil {
			out = append(out, [2]int{start, end})
			continue
		}
		// The match ends where the next rune that folds to something
		// starts: after the marks folded away from its last letter, and
		// after the whole of a rune whose folding it ends inside.
		e := end
		for e < len(f) && at[e] == at[end-1] {
			e++
		}
		out = append(out, [2]int{at[start], at[e]})
	}
}

// foldSearch lower-cases text and takes the accents off its letters, rune
// by rune, like foldText. With spans, it also returns where in text each
// byte of the folded text comes from: at[i] is the start of the rune that
// gave byte i, and at[len(folded)] is len(text). It returns nil for an
// ASCII text, whose bytes stay in place.
func foldSearch(text string, spans bool) (string, []int) {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(text), nil
	}
	var sb strings.Builder
	sb.Grow(len(text))
	var at []int
	if spans {
		at = make([]int, 0, len(text)+1)
	}
	folded := map[rune]string{}
	for i, r := range text {
		if r < 0x80 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			sb.WriteByte(byte(r))
			if spans {
				at = append(at, i)
			}
			continue
		}
		f, ok := folded[r]
		if !ok {
			f = foldText(string(r))
			folded[r] = f
		}
		sb.WriteString(f)
		if spans {
			for range len(f) {
				at = append(at, i)
			}
		}
	}
	if spans {
		at = append(at, len(text))
	}
	return sb.String(), at
}

// standfirstLineOf returns which line of the wrapped standfirst holds its
// nth match of the query (from 0), or its first line when the match runs
// over a line's end.
func (d *articleDoc) standfirstLineOf(nth int) int {
	if d.fquery == "" {
		return 0
	}
	for i := 0; i < d.standfirstLines && i < len(d.captions); i++ {
		n := len(findFolded(d.captions[i], d.fquery))
		if nth < n {
			return i
		}
		nth -= n
	}
	return 0
}

// nextMatch jumps to the next (dir 1) or previous (dir -1) search match
// after the current match or, when there is none or the reader has
// scrolled it off screen, from the top line of the screen, as less does.
// Past the last match it goes round to the first (past the first, to the
// last), and returns what to tell the reader then; "" otherwise.
func (d *articleDoc) nextMatch(dir int) string {
	if len(d.matches) == 0 {
		return ""
	}
	if d.matchIdx >= 0 && d.matchIdx < len(d.matches) && !d.matchOnScreen(d.matches[d.matchIdx]) {
		d.matchIdx = -1
	}
	if d.matchIdx < 0 {
		s, p := d.topParagraph()
		from := d.topOffset()
		d.matchIdx = sort.Search(len(d.matches), func(i int) bool {
			m := d.matches[i]
			if from > 0 && m.caption < 0 && !m.standfirst && m.span.Section == s && m.span.Paragraph == p {
				// The top line is inside this paragraph: not what is above it.
				return m.span.Start >= from
			}
			return m.atOrAfter(s, p) && !(from > 0 && (m.caption >= 0 || m.standfirst))
		})
		if dir < 0 {
			d.matchIdx--
		}
	} else {
		d.matchIdx += dir
	}
	said := ""
	switch {
	case d.matchIdx >= len(d.matches):
		said = "no more matches below: back to the first, "
	case d.matchIdx < 0:
		said = "no more matches above: on to the last, "
	}
	d.matchIdx = (d.matchIdx%len(d.matches) + len(d.matches)) % len(d.matches)
	m := d.matches[d.matchIdx]
	switch {
	case m.standfirst:
		d.jumpCaptionLine(d.standfirstLineOf(m.nth))
	case m.caption >= 0:
		d.jumpCaption(m.caption)
	default:
		d.jump(jumpMsg{span: m.span, endParagraph: m.span.Paragraph, quote: -1})
	}
	if said == "" {
		return ""
	}
	return said + d.matchStatus()
}

// topOffset is where in its paragraph the top line of the screen starts,
// a byte offset: 0 at a paragraph's first line, a heading or a blank.
func (d *articleDoc) topOffset() int {
	a := d.anchor()
	if a.para < 0 || a.line <= 0 || d.folded[a.sec] {
		return 0
	}
	c := d.secs[a.sec].chunks[a.para/chunkSize]
	if c == nil {
		return 0
	}
	rp := c.paras[a.para%chunkSize]
	if a.line >= len(rp.starts) {
		return 0
	}
	return rp.starts[a.line]
}

// matchStatus says where the reader is among the matches: "3/10 matches",
// or just the count before the first jump.
func (d *highlights) matchStatus() string {
	n := len(d.matches)
	noun := " matches"
	if n == 1 {
		noun = " match"
	}
	if d.matchIdx >= 0 && d.matchIdx < n {
		return fmt.Sprintf("%d/%d%s", d.matchIdx+1, n, noun)
	}
	return fmt.Sprintf("%d%s", n, noun)
}
