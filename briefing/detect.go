package briefing

import (
	"path/filepath"
	"regexp"
	"strings"
)

var (
	htmlStart      = regexp.MustCompile(`(?i)^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|article|meta|title|div|p|section|main)[\s>]`)
	frontMatter    = regexp.MustCompile(`^(---|\+\+\+)[ \t]*\n`)
	markdownSignal = regexp.MustCompile(`(?m)^(#{1,6} \S|> \S|[-*+] \S|\d+\. \S|` + "```" + `)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*`)
)

// Detect tells the format of cleaned content. The content decides; the file
// name's extension only breaks a tie, when the text has no clear signal.
func Detect(name, content string) Format {
	head := content
	if len(head) > 4096 {
		head = head[:4096]
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
	if len(markdownSignal.FindAllStringIndex(head, 3)) >= 2 {
		return Markdown
	}
	return Text
}
