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
		m.article.nextMatch(1)
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

// search finds every case-insensitive occurrence of q in the standfirst,
// the captions and the text.
func (d *articleDoc) search(q string) {
	d.query = q
	d.matches = nil
	d.matchHL = map[paraKey][]hlSpan{}
	d.matchIdx = -1
	clear(d.painted)
	if q == "" {
		return
	}
	lq := strings.ToLower(q)
	for k := range strings.Count(strings.ToLower(d.b.Standfirst), lq) {
		d.matches = append(d.matches, searchMatch{caption: -1, standfirst: true, nth: k})
	}
	for c, cap := range d.b.Captions {
		n := strings.Count(strings.ToLower(cap.Line()), lq)
		for range n {
			d.matches = append(d.matches, searchMatch{caption: c})
		}
	}
	for s, sec := range d.b.Sections {
		for p, text := range sec.Paragraphs {
			lt := text
			if !isASCIILower(text) {
				lt = strings.ToLower(text)
			}
			if len(lt) != len(text) {
				continue // lower-casing changed byte offsets; skip rather than mis-paint
			}
			for off := 0; ; {
				i := strings.Index(lt[off:], lq)
				if i < 0 {
					break
				}
				sp := briefing.Span{Section: s, Paragraph: p, Start: off + i, End: off + i + len(lq)}
				d.matches = append(d.matches, searchMatch{span: sp, caption: -1})
				d.matchHL[paraKey{s, p}] = append(d.matchHL[paraKey{s, p}], hlSpan{sp.Start, sp.End, -1})
				off += i + max(len(lq), 1)
			}
		}
	}
}

// standfirstLineOf returns which line of the wrapped standfirst holds its
// nth match of the query (from 0), or its first line when the match runs
// over a line's end.
func (d *articleDoc) standfirstLineOf(nth int) int {
	lq := strings.ToLower(d.query)
	if lq == "" {
		return 0
	}
	for i := 0; i < d.standfirstLines && i < len(d.captions); i++ {
		n := strings.Count(strings.ToLower(d.captions[i]), lq)
		if nth < n {
			return i
		}
		nth -= n
	}
	return 0
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// nextMatch jumps to the next (dir 1) or previous (dir -1) search match
// after the top of the screen, or after the current match.
func (d *articleDoc) nextMatch(dir int) {
	if len(d.matches) == 0 {
		return
	}
	if d.matchIdx < 0 {
		s, p := d.topParagraph()
		d.matchIdx = sort.Search(len(d.matches), func(i int) bool { return d.matches[i].atOrAfter(s, p) })
		if dir < 0 {
			d.matchIdx--
		}
	} else {
		d.matchIdx += dir
	}
	d.matchIdx = (d.matchIdx%len(d.matches) + len(d.matches)) % len(d.matches)
	m := d.matches[d.matchIdx]
	if m.standfirst {
		d.jumpCaptionLine(d.standfirstLineOf(m.nth))
		return
	}
	if m.caption >= 0 {
		d.jumpCaption(m.caption)
		return
	}
	d.jump(jumpMsg{span: m.span, endParagraph: m.span.Paragraph, quote: -1})
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
