package ui

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// Print writes a briefing rendered for a non-terminal (a pipe or a file):
// the title and metadata, the captions, then every section through Glamour
// at the given width and style ("notty" when empty).
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
	var sb strings.Builder
	sb.WriteString(ansi.Wordwrap(sanitizeLine(b.DisplayTitle()), wrap, "") + "\n")
	for _, kv := range b.Meta() {
		sb.WriteString(ansi.Wordwrap(kv[0]+": "+sanitizeLine(kv[1]), wrap, "") + "\n")
	}
	for _, c := range b.Captions {
		t := sanitizeLine(c.Text)
		if c.Credit != "" {
			t += " (" + sanitizeLine(c.Credit) + ")"
		}
		sb.WriteString("\n" + ansi.Wordwrap(t, max(wrap-2, 8), "") + "\n")
	}
	for s, sec := range b.Sections {
		if sec.Heading != "" {
			sb.WriteString("\n## " + sanitizeLine(sec.Heading) + "\n")
		}
		for c := 0; c*chunkSize < len(sec.Paragraphs); c++ {
			for _, p := range renderChunk(b, s, c, wrap, style).paras {
				sb.WriteString("\n")
				for _, l := range p.lines {
					sb.WriteString(strings.TrimRight(l, " ") + "\n")
				}
			}
		}
	}
	if _, err := io.WriteString(w, sb.String()); err != nil {
		return fmt.Errorf("writing the briefing: %w", err)
	}
	return nil
}
