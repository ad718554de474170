package briefing

import (
	"strings"
	"unicode"
)

// inlineText builds the plain text of one paragraph from inline pieces
// (Markdown or HTML), collapsing white space as it goes, and records the
// emphasis spans as byte ranges of the text it builds.
type inlineText struct {
	b       strings.Builder
	pending bool // a space is owed before the next word
	open    []inlineStyle
	styles  []inlineStyle
	links   []inlineLink
	link    *inlineLink // the link being written, if any
}

// write adds text; runs of white space become one space, and none is
// written at the start or the end.
func (t *inlineText) write(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			t.pending = true
			continue
		}
		if t.pending && t.b.Len() > 0 {
			t.b.WriteByte(' ')
		}
		t.pending = false
		t.b.WriteRune(r)
	}
}

// space owes a space before the next word (a line break, a cell boundary).
func (t *inlineText) space() { t.pending = true }

// push opens a style span at the current position.
func (t *inlineText) push(kind StyleKind) {
	t.open = append(t.open, inlineStyle{start: t.b.Len(), kind: kind})
}

// pop closes the innermost open style span.
func (t *inlineText) pop() {
	if len(t.open) == 0 {
		return
	}
	s := t.open[len(t.open)-1]
	t.open = t.open[:len(t.open)-1]
	text := t.b.String()
	if s.start < len(text) && text[s.start] == ' ' {
		s.start++
	}
	s.end = len(text)
	if s.start < s.end {
		t.styles = append(t.styles, s)
	}
}

// pushLink opens a link to target at the current position; links do not
// nest, so one already open stays the only one.
func (t *inlineText) pushLink(target string) {
	if t.link != nil {
		return
	}
	start := t.b.Len()
	if t.pending && start > 0 {
		start++ // the owed space goes before the link's text
	}
	t.link = &inlineLink{start: start, target: target}
}

// popLink closes the open link; one with no text is dropped.
func (t *inlineText) popLink() {
	l := t.link
	if l == nil {
		return
	}
	t.link = nil
	l.end = t.b.Len()
	if l.start < l.end && l.target != "" {
		t.links = append(t.links, *l)
	}
}

// empty reports whether no text was written yet.
func (t *inlineText) empty() bool { return t.b.Len() == 0 }

// take returns the block built so far and starts a new one.
func (t *inlineText) take(kind blockKind) block {
	for len(t.open) > 0 {
		t.pop()
	}
	var target string
	if t.link != nil {
		target = t.link.target
		t.popLink()
	}
	bl := block{kind: kind, text: t.b.String(), styles: t.styles, links: t.links}
	t.b.Reset()
	t.pending, t.styles, t.links = false, nil, nil
	if target != "" {
		t.pushLink(target) // a link split by a block boundary goes on
	}
	return bl
}

// reopen carries styles still open across a block boundary (an emphasis
// that spans a <br> split, say) into the next block.
func (t *inlineText) reopen(kinds []StyleKind) {
	for _, k := range kinds {
		t.push(k)
	}
}

// openKinds returns the kinds of the styles currently open.
func (t *inlineText) openKinds() []StyleKind {
	var ks []StyleKind
	for _, s := range t.open {
		ks = append(ks, s.kind)
	}
	return ks
}

// codeText keeps preformatted text as it is, lines joined with newlines,
// without blank lines at its ends and trailing spaces on lines.
func codeText(lines []string) string {
	for i := range lines {
		lines[i] = strings.TrimRightFunc(lines[i], unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
