package briefing

import (
	"path/filepath"
	"strings"
)

var (
	htmlStart   = lazyCompile(`(?i)^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|meta|title|div|p|section|main)[\s>]`)
	frontMatter = lazyCompile(`^(---|\+\+\+)[ \t]*\n`)
)

// detectWindow is how much of the text the Markdown scan reads.
const detectWindow = 4096

// Detect tells the format of cleaned content. The content decides; the file
// name's extension only breaks a tie, when the text has no clear signal.
// Plain text is Markdown only when Markdown's own signs carry it (see
// markdownSigns): a numbered list or a quoted line alone does not make a
// pasted article Markdown.
func Detect(name, content string) Format {
	head := content
	if len(head) > detectWindow {
		head = head[:detectWindow]
	}
	if htmlStart.MatchString(head) {
		return HTML
	}
	if frontMatter.MatchString(content) {
		return Markdown
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".html", ".htm", ".xhtml":
		if strings.Contains(head, "<") {
			return HTML
		}
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	}
	if markdownSigns(head).carry() {
		return Markdown
	}
	return Text
}

// mdSigns counts the signs of Markdown in a text, in one pass over it.
type mdSigns struct {
	firstHeading bool // the first non-blank line is a "# " heading
	headings     int  // lines "#"…"######" then a space and text
	links        int  // [text](target)
	strong       int  // **text**, __text__ or *text*
	fences       int  // lines opening or closing ``` or ~~~ code
	tableRules   int  // table delimiter rows: |---|:--:|
}

// carry reports whether the signs make the text Markdown: a "# " title
// line, or two kinds of sign, or two of one kind (two headings, two links,
// a fenced block).
func (s mdSigns) carry() bool {
	if s.firstHeading {
		return true
	}
	kinds := 0
	for _, n := range []int{s.headings, s.links, s.strong, s.fences, s.tableRules} {
		if n > 0 {
			kinds++
		}
	}
	return kinds >= 2 || s.headings >= 2 || s.links >= 2 || s.fences >= 2 || (s.tableRules > 0 && s.strong > 0)
}

// markdownSigns scans text line by line for Markdown's own signs (lists
// and quotes do not count: plain text has them too). A "#" line inside
// code pasted with an article ("# connect the client" over
// "client.connect(addr)") is a comment, not a heading: it counts only with
// a blank line before it and no line of code after it.
func markdownSigns(text string) mdSigns {
	var s mdSigns
	first := true
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		t := strings.TrimLeft(line, " ")
		if len(line)-len(t) > 3 || t == "" {
			continue
		}
		if isATXHeading(t) && !commentInCode(lines, i) {
			s.headings++
			if first && t[1] == ' ' {
				s.firstHeading = true
			}
		}
		first = false
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			s.fences++
		}
		if isTableRule(t) {
			s.tableRules++
		}
		s.links += countLinks(t)
		s.strong += countStrong(t)
	}
	return s
}

// codeLine is a line of a program: an assignment ("x = 1", "USER_AGENT =
// \"…\""), a call ("client.send(data)"), or a line that ends a statement
// or opens a block.
var codeLine = lazyCompile(`^\s*(?:[\w.\[\]'"]+\s*[-+*/]?=[^=]|[\w.]+\(.*\)\s*;?\s*$)|[;{]\s*$`)

// commentInCode reports whether the "#" line lines[i] is a comment in
// code: the line before it is not blank, or the line after it is code.
func commentInCode(lines []string, i int) bool {
	if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		return true
	}
	return i+1 < len(lines) && codeLine.MatchString(lines[i+1])
}

// isATXHeading reports whether a line is "#" to "######", a space and text.
func isATXHeading(t string) bool {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n+1 < len(t) && t[n] == ' ' && t[n+1] != ' '
}

// isTableRule reports whether a line is a table's delimiter row: only
// pipes, dashes, colons and spaces, with a pipe and three dashes in a row.
func isTableRule(t string) bool {
	if !strings.Contains(t, "---") || strings.IndexByte(t, '|') < 0 {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '|', '-', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// countLinks counts "[text](target)" on a line: text without a newline or
// "]", target without spaces.
func countLinks(t string) int {
	n := 0
	for {
		i := strings.Index(t, "](")
		if i < 0 {
			return n
		}
		open := strings.LastIndexByte(t[:i], '[')
		rest := t[i+2:]
		end := strings.IndexByte(rest, ')')
		if open >= 0 && open+1 < i && end > 0 && !strings.ContainsAny(rest[:end], " \t") {
			n++
		}
		t = rest
	}
}

// countStrong counts emphasis on a line, "**text**", "__text__" or
// "*text*": the marks close around text that neither starts nor ends with
// a space.
func countStrong(t string) int {
	n := 0
	for _, mark := range []string{"**", "__", "*"} {
		if mark == "*" && strings.Contains(t, "**") {
			continue // counted as strong
		}
		s := t
		for {
			i := strings.Index(s, mark)
			if i < 0 {
				break
			}
			s = s[i+len(mark):]
			j := strings.Index(s, mark)
			if j <= 0 {
				break
			}
			if inner := s[:j]; inner[0] != ' ' && inner[len(inner)-1] != ' ' {
				n++
			}
			s = s[j+len(mark):]
		}
	}
	return n
}
