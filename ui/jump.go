package ui

// A jump (to a quote, a fact's mention, a search match, a caption) shows
// its target as a reader of less or glow expects: when the target is on
// screen already, the text does not move and only the highlight does;
// otherwise the block the target is in comes to the top of the pane with
// the line before it as context (the section's heading over its first
// paragraph, the last line of the paragraph above), or, when that would
// leave the target in the lower half of the pane or cut it, the target's
// first line comes to the top under one line of context.

// jump brings a span on screen, unfolding its section, and paints it (and
// the rest of its quote) in the strong highlight.
func (d *articleDoc) jump(m jumpMsg) {
	s, p := m.span.Section, m.span.Paragraph
	if s < 0 || s >= len(d.secs) || p < 0 || p >= len(d.secs[s].paraH) {
		return
	}
	last := min(max(m.endParagraph, p), len(d.secs[s].paraH)-1)
	d.keepTop(func() {
		if d.folded[s] {
			d.folded[s] = false
			d.restack()
		}
		d.renderParas(s, p, last)
	})
	d.strong = map[paraKey][]hlSpan{}
	if m.quote >= 0 && m.quote < len(d.b.Quotes) {
		for k, sp := range quoteSpans(d.b, d.b.Quotes[m.quote]) {
			d.strong[k] = []hlSpan{{sp[0], sp[1], m.quote}}
		}
	} else {
		d.strong[paraKey{s, p}] = []hlSpan{{m.span.Start, m.span.End, -1}}
	}
	end := m.span.End
	if last != p && m.quote >= 0 && m.quote < len(d.b.Quotes) {
		end = d.b.Quotes[m.quote].End
	}
	target := func() (int, int, int, int) {
		l := d.secs[s]
		block := d.starts[s] + l.paraStart[p]
		y0 := block + d.paraLineOf(s, p, m.span.Start)
		y1 := d.starts[s] + l.paraStart[last] + d.paraLineOf(s, last, max(end-1, 0))
		above := 2 // the blank line, then the last line above it
		if JoinsPrevious(d.b.Sections[s], p) {
			above = 1 // a list item or table row right under the one before
		}
		return block, above, y0, max(y1, y0)
	}
	d.reveal(target)
}

// paraLineOf is the line of paragraph p of section s holding byte off,
// from 0; the paragraph's chunk must be rendered.
func (d *articleDoc) paraLineOf(s, p, off int) int {
	c := d.secs[s].chunks[p/chunkSize]
	if c == nil {
		return 0
	}
	return c.paras[p%chunkSize].lineOf(off)
}

// renderParas renders the chunks of paragraphs first to last of section s
// that are not rendered yet, so that their lines are known.
func (d *articleDoc) renderParas(s, first, last int) {
	for c := first / chunkSize; c <= last/chunkSize; c++ {
		if d.secs[s].chunks[c] == nil {
			d.fillChunk(&d.secs[s], c, d.cache.Section(d.b, s, c, d.wrap, d.style))
			d.restack()
		}
	}
}

// keepTop runs a change of the layout (unfolding, rendering) that leaves
// the paragraph at the top of the pane where it was.
func (d *articleDoc) keepTop(change func()) {
	a := d.anchor()
	change()
	d.restack()
	d.setAnchor(a)
}

// reveal scrolls to a jump's target as the comment at the top of this file
// says. target returns the first line of the target's block, how many
// lines above the block are context, and the target's first and last lines;
// it is asked again after the scroll, which renders what comes on screen
// and may change heights above the target.
func (d *articleDoc) reveal(target func() (block, above, y0, y1 int)) {
	d.ensureVisible()
	block, above, y0, y1 := target()
	if y0 >= d.top && y1 < d.top+d.height {
		return
	}
	d.markBack()
	for range 2 {
		top := block - above
		if y0-top >= max(d.height/2, 1) || y1 >= top+d.height {
			top = y0 - 1
		}
		d.scrollTo(top)
		b, a, z0, z1 := target()
		if b == block && a == above && z0 == y0 && z1 == y1 {
			return
		}
		block, above, y0, y1 = b, a, z0, z1
	}
}

// jumpCaption brings caption c on screen.
func (d *articleDoc) jumpCaption(c int) {
	if c < 0 || c >= len(d.captionStart) {
		return
	}
	d.jumpCaptionLine(d.captionStart[c])
}

// jumpCaptionLine brings line i of the standfirst and captions on screen,
// opening the folded photo captions when it is one of theirs.
func (d *articleDoc) jumpCaptionLine(i int) {
	if len(d.secs) == 0 {
		return
	}
	d.keepTop(func() {
		if d.folded[0] {
			d.folded[0] = false
			d.restack()
		}
		if d.captionsFold() && !d.captionsOpen && len(d.captionStart) > 0 && i >= d.captionStart[0] && i < d.captionEnd {
			d.captionsOpen = true // a match in a folded caption opens them
			d.layoutCaptions()
		}
	})
	row := 0
	for r, j := range d.captionRows {
		if j == i {
			row = r
		}
	}
	d.strong = map[paraKey][]hlSpan{}
	d.reveal(func() (int, int, int, int) {
		y := d.starts[0] + 1 + row
		return y, 1, y, y
	})
}

// spanOnScreen reports whether the line holding byte off of paragraph p
// of section s is on screen.
func (d *articleDoc) spanOnScreen(s, p, off int) bool {
	if s < 0 || s >= len(d.secs) || d.folded[s] || p < 0 || p >= len(d.secs[s].paraH) {
		return false
	}
	if d.secs[s].chunks[p/chunkSize] == nil {
		return false // what is on screen is rendered
	}
	y := d.starts[s] + d.secs[s].paraStart[p] + d.paraLineOf(s, p, off)
	return y >= d.top && y < d.top+d.height
}

// matchOnScreen reports whether search match m is on screen.
func (d *articleDoc) matchOnScreen(m searchMatch) bool {
	if m.caption < 0 && !m.standfirst {
		return d.spanOnScreen(m.span.Section, m.span.Paragraph, m.span.Start)
	}
	if len(d.secs) == 0 || d.folded[0] {
		return false
	}
	line := d.standfirstLineOf(m.nth)
	if !m.standfirst {
		if m.caption >= len(d.captionStart) {
			return false
		}
		line = d.captionStart[m.caption]
	}
	for r, i := range d.captionRows {
		if i == line {
			y := d.starts[0] + 1 + r
			return y >= d.top && y < d.top+d.height
		}
	}
	return false
}

// markBack remembers the line at the top, before a jump, for ' to return
// to.
func (d *articleDoc) markBack() {
	if len(d.secs) == 0 {
		return
	}
	a := d.anchor()
	d.back = &a
}

// jumpBack returns to the line at the top before the last jump, and
// remembers where it came from, so that ' again goes back there, as less's
// quote key typed twice does. It reports false when there was no jump to
// return from.
func (d *articleDoc) jumpBack() bool {
	if d.back == nil || len(d.secs) == 0 {
		return false
	}
	to := *d.back
	d.markBack()
	d.setAnchor(to) // in a section folded since, its heading
	d.ensureVisible()
	return true
}
