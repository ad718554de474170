package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The layout modes, chosen from the terminal's width.
const (
	wideMin   = 120 // from here: facts | article | quotes
	mediumMin = 80  // from here: article | quotes or facts; below, one pane
	sideMin   = 24  // the narrowest a side pane gets in the wide layout
	sideMid   = 28  // the narrowest the side pane gets in the medium layout
)

// layoutMode is how the panes share the screen.
type layoutMode int

const (
	narrow layoutMode = iota
	medium
	wide
)

// pane names a pane of the reader.
type pane int

const (
	articleFocus pane = iota
	quotesFocus
	factsFocus
)

// layout is where each pane goes: columns from the left, body rows below the
// header (and the tab bar in the narrow layout).
type layout struct {
	mode               layoutMode
	width, height      int  // the whole screen
	bodyY, bodyH       int  // the rows the panes share
	tabs               bool // the narrow layout's tab bar is drawn, on row 1
	factsX, factsW     int  // 0 width when not shown
	articleX, articleW int
	quotesX, quotesW   int
	sideX, sideW       int // medium: the one side pane
}

// computeLayout splits a screen of width x height for a reading width cap.
// Every width is at least 1 and the columns add up to the screen width.
func computeLayout(width, height, readingWidth int) layout {
	width, height = max(width, 1), max(height, 3)
	l := layout{width: width, height: height, bodyY: 1, bodyH: max(height-2, 1)}
	article := readingWidth + 4
	switch {
	case width >= wideMin:
		l.mode = wide
		l.articleW = min(article, width-2*sideMin)
		l.factsW = (width - l.articleW) / 2
		l.quotesW = width - l.articleW - l.factsW
		l.articleX = l.factsW
		l.quotesX = l.factsX + l.factsW + l.articleW
	case width >= mediumMin:
		l.mode = medium
		l.articleW = min(article, width-sideMid)
		l.sideW = width - l.articleW
		l.sideX = l.articleW
	default:
		l.mode = narrow
		l.tabs = true
		l.bodyY = 2
		l.bodyH = max(height-3, 1)
		l.articleW = width
	}
	return l
}

// fitLine cuts or pads a styled line to exactly width cells.
func fitLine(s string, width int) string {
	w := ansi.StringWidth(s)
	switch {
	case w > width:
		return ansi.Truncate(s, width, "")
	case w < width:
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// fitBlock cuts or pads a block of lines to exactly width x height cells,
// whatever a pane returned.
func fitBlock(s string, width, height int) string {
	if width <= 0 || height <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if s == "" {
		lines = nil
	}
	var sb strings.Builder
	sb.Grow(len(s) + height*(width+1))
	for i := range height {
		if i > 0 {
			sb.WriteByte('\n')
		}
		if i < len(lines) {
			sb.WriteString(fitLine(lines[i], width))
		} else {
			sb.WriteString(strings.Repeat(" ", width))
		}
	}
	return sb.String()
}

// paneBlock takes a side pane's output as it is when it has the right
// number of lines (the panes render into exactly the size they are given,
// and measuring every cell again would cost a tenth of a millisecond per
// frame), and fits it otherwise.
func paneBlock(s string, width, height int) string {
	if strings.Count(s, "\n") == height-1 && s != "" {
		return s
	}
	return fitBlock(s, width, height)
}

// joinColumns puts blocks of equal height side by side.
func joinColumns(blocks ...string) string {
	var cols [][]string
	size := 0
	for _, b := range blocks {
		if b != "" {
			cols = append(cols, strings.Split(b, "\n"))
			size += len(b)
		}
	}
	if len(cols) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow(size + len(cols[0]))
	for i := range cols[0] {
		if i > 0 {
			sb.WriteByte('\n')
		}
		for _, c := range cols {
			if i < len(c) {
				sb.WriteString(c[i])
			}
		}
	}
	return sb.String()
}

// plainPalette is the palette under NO_COLOR: no colours at all.
func plainPalette() palette {
	p := newPalette(true)
	none := lipgloss.NoColor{}
	p.plain = true
	p.Text, p.Dim, p.Accent, p.Border, p.BorderFocused = none, none, none, none, none
	p.Speaker, p.Highlight, p.HighlightText, p.Selected, p.SelectedText = none, none, none, none, none
	p.Match, p.MatchText, p.Error = none, none, none
	return p
}
