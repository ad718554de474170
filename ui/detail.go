package ui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// detailMaxWidth is the widest the detail's text runs, for reading.
const detailMaxWidth = 76

// quoteDetail shows one quote in full over the panes: its whole text, the
// speaker's full name, their role, the cue that introduced it and where it
// is in the article. It scrolls when it does not fit.
type quoteDetail struct {
	b      *briefing.Briefing
	quote  int // index in b.Quotes
	place  int // display position among the quotes, from 0
	total  int
	offset int
	width  int
	height int
	rows   []string // laid out at width
	c      *common
}

// newQuoteDetail lays quote q out for a width x height body.
func newQuoteDetail(b *briefing.Briefing, q, place, total int, c *common) quoteDetail {
	return quoteDetail{b: b, quote: q, place: place, total: total, c: c}
}

// SetSize lays the detail out for a body of width x height cells.
func (d *quoteDetail) SetSize(width, height int) {
	if width == d.width && height == d.height && d.rows != nil {
		return
	}
	d.width, d.height = width, height
	d.rows = d.layout(width)
	d.scroll(0)
}

// scroll moves the view by n rows, kept inside the text.
func (d *quoteDetail) scroll(n int) {
	d.offset = max(min(d.offset+n, len(d.rows)-(d.height-1)), 0)
}

// layout renders the quote's rows for a width: the whole text, then "— "
// and the speaker's full name with their role, then the cue and where the
// quote is. The rows between them are left out when the body is short.
func (d quoteDetail) layout(width int) []string {
	if d.quote < 0 || d.quote >= len(d.b.Quotes) || width <= 0 {
		return nil
	}
	q := d.b.Quotes[d.quote]
	s := lipgloss.NewStyle()
	text := s.Foreground(d.c.pal.Text)
	dim := s.Foreground(d.c.pal.Dim)
	speaker := s.Bold(true).Foreground(d.c.pal.Speaker)
	inner := max(min(width-4, detailMaxWidth), 1)
	var quote, who, about []string
	for _, l := range wrapText("“"+q.Text+"”", inner, 0) {
		quote = append(quote, "  "+text.Render(l))
	}
	name := q.Speaker
	if name == "" {
		name = "unattributed"
	}
	attribution := "— " + name
	if q.Role != "" {
		attribution += ", " + q.Role
	}
	// The name is styled where it falls: wrapping may split it only at the
	// spaces between its words, never inside one.
	left := ansi.StringWidth("— " + name)
	for i, l := range wrapText(attribution, max(inner-2, 1), 0) {
		indent := "  "
		if i > 0 {
			indent = "    "
		}
		w := ansi.StringWidth(l)
		cut := min(max(left, 0), w)
		rows := speaker.Render(ansi.Cut(l, 0, cut)) + dim.Render(ansi.Cut(l, cut, w))
		left -= w + 1
		who = append(who, indent+rows)
	}
	var facts []string
	if q.Cue != "" {
		facts = append(facts, q.Cue)
	}
	if q.Partial {
		facts = append(facts, "scare quote or quoted term")
	}
	if w := d.where(q); w != "" {
		facts = append(facts, w)
	}
	for _, l := range wrapText(strings.Join(facts, " · "), inner, 0) {
		about = append(about, "  "+dim.Render(l))
	}
	rows := append(append(quote, who...), about...)
	if body := d.height - 1; len(rows)+3 <= body {
		// Room to breathe: a blank row above and between the parts.
		rows = append([]string{""}, quote...)
		rows = append(append(rows, ""), who...)
		rows = append(append(rows, ""), about...)
	}
	return rows
}

// where names the quote's place: the section's heading and the paragraph.
func (d quoteDetail) where(q briefing.Quote) string {
	if q.Section < 0 || q.Section >= len(d.b.Sections) {
		return ""
	}
	h := d.b.Sections[q.Section].Heading
	if h == "" {
		h = "Lead"
	}
	w := "§ " + strconv.Itoa(q.Section+1) + " " + h + " · paragraph " + strconv.Itoa(q.Paragraph+1)
	if last := q.LastParagraph(); last > q.Paragraph {
		w += "–" + strconv.Itoa(last+1)
	}
	return w
}

// View draws the detail into exactly its width x height.
func (d quoteDetail) View() string {
	if d.width <= 0 || d.height <= 0 {
		return ""
	}
	status := strconv.Itoa(d.place+1) + "/" + strconv.Itoa(d.total)
	if len(d.rows) > d.height-1 {
		status = "↓ " + status
		if d.offset >= len(d.rows)-(d.height-1) {
			status = "↑ " + strconv.Itoa(d.place+1) + "/" + strconv.Itoa(d.total)
		}
	}
	lines := []string{titleBar("Quote", status, d.width, true, d.c.pal)}
	lines = append(lines, d.rows[min(d.offset, len(d.rows)):min(d.offset+d.height-1, len(d.rows))]...)
	return fitRows(lines, d.width, d.height)
}
