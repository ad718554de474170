package ui

import (
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// Print writes a briefing rendered for a non-terminal (a pipe or a file):
// the title and metadata, the standfirst, the captions, then every section
// through Glamour at the given width and style ("notty" when empty), with
// every escape sequence taken out: link targets show as text after the
// link, list items and table rows follow each other line by line.
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
	if sf := sanitizeLine(b.Standfirst); sf != "" {
		sb.WriteString("\n" + ansi.Wordwrap(sf, wrap, "") + "\n")
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
			sb.WriteString("\n" + strings.Repeat("#", sec.HeadingLevel()) + " " + sanitizeLine(sec.Heading) + "\n")
		}
		for c := 0; c*chunkSize < len(sec.Paragraphs); c++ {
			for i, p := range renderChunk(b, s, c, wrap, style, runtime.GOMAXPROCS(0)).paras {
				if !JoinsPrevious(sec, c*chunkSize+i) {
					sb.WriteString("\n")
				}
				for _, l := range p.lines {
					sb.WriteString(strings.TrimRight(ansi.Strip(l), " ") + "\n")
				}
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
