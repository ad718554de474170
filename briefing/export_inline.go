package briefing

import (
	"sort"
	"strings"
)

// ParagraphSpans returns the styles and links of paragraph p of section s,
// each sorted by where they start.
func (b *Briefing) ParagraphSpans(s, p int) ([]Style, []Link) {
	var styles []Style
	var links []Link
	for _, st := range b.Styles {
		if st.Section == s && st.Paragraph == p {
			styles = append(styles, st)
		}
	}
	for _, l := range b.Links {
		if l.Section == s && l.Paragraph == p {
			links = append(links, l)
		}
	}
	sort.SliceStable(styles, func(i, j int) bool { return styles[i].Start < styles[j].Start })
	sort.SliceStable(links, func(i, j int) bool { return links[i].Start < links[j].Start })
	return styles, links
}

// inlineMark is one span to write back as Markdown: a style or a link.
type inlineMark struct {
	start, end int
	kind       StyleKind
	target     string // set for a link
}

// InlineMarkdown writes text[from:to] as Markdown inline content: the
// plain runs go through escape, emphasis spans become *, **, ~~ or `
// marks and links [text](target). Spans that cross each other are clipped
// so that the marks nest; spans that would start or end with a space (which
// Markdown does not read as emphasis) are left out.
func InlineMarkdown(text string, from, to int, styles []Style, links []Link, escape func(string) string) string {
	var marks []inlineMark
	for _, st := range styles {
		marks = append(marks, inlineMark{start: st.Start, end: st.End, kind: st.Kind})
	}
	for _, l := range links {
		marks = append(marks, inlineMark{start: l.Start, end: l.End, target: l.Target})
	}
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].start != marks[j].start {
			return marks[i].start < marks[j].start
		}
		if marks[i].end != marks[j].end {
			return marks[i].end > marks[j].end
		}
		return marks[i].target != "" && marks[j].target == "" // links outside emphasis
	})
	var sb strings.Builder
	var stack []inlineMark
	pos := from
	closeTo := func(at int) {
		for len(stack) > 0 && stack[len(stack)-1].end <= at {
			m := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			sb.WriteString(escape(text[pos:m.end]))
			pos = m.end
			sb.WriteString(closeMark(m))
		}
	}
	for _, m := range marks {
		m.start, m.end = max(m.start, from), min(m.end, to)
		if m.start >= m.end || m.start < pos {
			continue
		}
		closeTo(m.start)
		if len(stack) > 0 {
			m.end = min(m.end, stack[len(stack)-1].end)
		}
		inner := text[m.start:m.end]
		if m.target == "" && strings.TrimSpace(inner) != inner {
			continue
		}
		if m.target != "" && inner == m.target && isAutolink(inner) {
			// The address is its own text: <address>, shown once.
			sb.WriteString(escape(text[pos:m.start]) + "<" + inner + ">")
			pos = m.end
			continue
		}
		if m.kind == InlineCode && m.target == "" {
			if strings.Contains(inner, "`") {
				continue
			}
			sb.WriteString(escape(text[pos:m.start]) + "`" + inner + "`")
			pos = m.end
			continue
		}
		sb.WriteString(escape(text[pos:m.start]))
		pos = m.start
		sb.WriteString(openMark(m))
		stack = append(stack, m)
	}
	closeTo(to)
	sb.WriteString(escape(text[pos:to]))
	return sb.String()
}

func openMark(m inlineMark) string {
	if m.target != "" {
		return "["
	}
	switch m.kind {
	case Strong:
		return "**"
	case Strike:
		return "~~"
	}
	return "*"
}

func closeMark(m inlineMark) string {
	if m.target != "" {
		t := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(m.target)
		return "](" + t + ")"
	}
	return openMark(m)
}

// isAutolink reports whether an address can be written as <address>: an
// absolute URI (scheme, colon, no spaces or angle brackets).
func isAutolink(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 2 || strings.ContainsAny(s, " \t\n<>") {
		return false
	}
	for i := 0; i < colon; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0 || c == '+' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}
