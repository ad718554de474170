package briefing

import (
	"fmt"
	"strings"
)

// writeMarkdownBlock writes paragraph p of section si as Markdown: list
// items with their numbers and nesting, table rows as "| … |" lines (with
// the delimiter row after the header), fenced code with its language, block
// quotes, and inline emphasis and links. Items of one list and rows of one
// table follow each other line by line; a blank line ends each block.
func writeMarkdownBlock(sb *strings.Builder, b *Briefing, si, p int) {
	s := b.Sections[si]
	text := s.Paragraphs[p]
	kind, d := s.Kind(p), s.Detail(p)
	nextKind := Plain
	if p+1 < len(s.Paragraphs) {
		nextKind = s.Kind(p + 1)
	}
	styles, links := b.ParagraphSpans(si, p)
	inline := func() string {
		return escapeLeadingMarker(InlineMarkdown(text, 0, len(text), styles, links, escapeMarkdown))
	}
	end := "\n\n"
	switch kind {
	case Code:
		fence := "```"
		for strings.Contains(text, fence) {
			fence += "`"
		}
		fmt.Fprintf(sb, "%s%s\n%s\n%s%s", fence, d.Lang, text, fence, end)
	case BlockQuote:
		sb.WriteString("> " + inline() + end)
	case ListItem:
		if nextKind == ListItem {
			end = "\n"
		}
		marker := "- "
		if d.Number > 0 {
			marker = fmt.Sprintf("%d. ", d.Number)
		}
		sb.WriteString(strings.Repeat("    ", d.Depth) + marker + inline() + end)
	case TableRow:
		if nextKind == TableRow && !(p+1 < len(s.Paragraphs) && s.Detail(p+1).Header) {
			end = "\n"
		}
		writeTableRow(sb, text, d, styles, links)
		firstRow := p == 0 || s.Kind(p-1) != TableRow || d.Header
		if firstRow {
			sb.WriteString(delimiterRow(len(cellsOf(text, d)), d.Align))
		}
		sb.WriteString(end)
	default:
		sb.WriteString(inline() + end)
	}
}

// writeTableRow writes one table row as "| a | b |", without the newline.
func writeTableRow(sb *strings.Builder, text string, d Detail, styles []Style, links []Link) {
	sb.WriteString("|")
	for _, c := range cellsOf(text, d) {
		sb.WriteString(" " + InlineMarkdown(text, c[0], c[1], styles, links, escapeCell) + " |")
	}
}

// delimiterRow is the line under a table's header: "\n|---|:-:|" for the
// alignment of each column.
func delimiterRow(columns int, align []string) string {
	var sb strings.Builder
	sb.WriteString("\n|")
	for i := range max(columns, 1) {
		a := ""
		if i < len(align) {
			a = align[i]
		}
		switch a {
		case "left":
			sb.WriteString(":---|")
		case "center":
			sb.WriteString(":---:|")
		case "right":
			sb.WriteString("---:|")
		default:
			sb.WriteString("---|")
		}
	}
	return sb.String()
}

// Cells returns the byte ranges [start, end) of the cells of paragraph p,
// a table row: its detail's, or the text split at " | ".
func (s Section) Cells(p int) [][2]int {
	if p < 0 || p >= len(s.Paragraphs) {
		return nil
	}
	return cellsOf(s.Paragraphs[p], s.Detail(p))
}

// cellsOf returns the byte ranges of a table row's cells: its detail's, or
// the text split at " | " when the detail has none (or they do not fit).
func cellsOf(text string, d Detail) [][2]int {
	ok := len(d.Cells) > 0
	for i, c := range d.Cells {
		if c[0] < 0 || c[0] > c[1] || c[1] > len(text) || (i > 0 && c[0] < d.Cells[i-1][1]) {
			ok = false
		}
	}
	if ok {
		return d.Cells
	}
	var cells [][2]int
	start := 0
	for {
		i := strings.Index(text[start:], " | ")
		if i < 0 {
			return append(cells, [2]int{start, len(text)})
		}
		cells = append(cells, [2]int{start, start + i})
		start += i + 3
	}
}

// escapeLeadingMarker escapes what would make a paragraph's first
// characters a list item, a quote or a heading when read back: "-", "+",
// ">" or "12." followed by a space.
func escapeLeadingMarker(s string) string {
	if len(s) < 2 {
		return s
	}
	switch s[0] {
	case '-', '+', '>':
		if s[1] == ' ' {
			return `\` + s
		}
		return s
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return s[:i] + `\` + s[i:]
	}
	return s
}
