package ui

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// urlRun is a web address a paragraph shows as its own text, [start, end)
// in the paragraph.
type urlRun struct{ start, end int }

// urlRuns finds the web addresses a paragraph shows as text: links whose
// text is their address, and addresses written out in the text, which
// Glamour makes links of. An address in the text ends before the
// punctuation after it (a full stop, a comma, a closing bracket it did not
// open). Links whose text is something else are left out: their target is
// shown after them (see shownLinks).
func urlRuns(text string, links []briefing.Link) []urlRun {
	if len(links) == 0 && !strings.Contains(text, "://") {
		return nil
	}
	var runs []urlRun
	inLink := func(s, e int) bool {
		for _, l := range links {
			if s < l.End && l.Start < e {
				return true
			}
		}
		return false
	}
	for _, l := range links {
		if l.Start >= 0 && l.Start < l.End && l.End <= len(text) && text[l.Start:l.End] == l.Target && webAddress(l.Target) {
			runs = append(runs, urlRun{l.Start, l.End})
		}
	}
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], " \n\t")
		if j < 0 {
			j = len(text) - i
		}
		s, e := i, i+j
		i = e + 1
		k := strings.Index(text[s:e], "://")
		if k < 0 {
			continue
		}
		// The scheme before "://": letters only ("https", not "<https").
		b := s + k
		for b > s && isSchemeByte(text[b-1]) {
			b--
		}
		if b == s+k {
			continue
		}
		e = b + len(trimURLEnd(text[b:e]))
		if e <= s+k+3 || inLink(b, e) {
			continue
		}
		runs = append(runs, urlRun{b, e})
	}
	return runs
}

// isSchemeByte reports whether c may be part of a URL's scheme.
func isSchemeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// webAddress reports whether s is a whole web address.
func webAddress(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && !strings.ContainsAny(s, " <>")
}

// trimURLEnd takes the punctuation that ends a sentence or closes a
// bracket the address did not open off the end of an address.
func trimURLEnd(u string) string {
	for u != "" {
		c := u[len(u)-1]
		switch {
		case strings.IndexByte(".,;:!?'\"*_>", c) >= 0:
			u = u[:len(u)-1]
		case c == ')' && strings.Count(u, "(") < strings.Count(u, ")"),
			c == ']' && strings.Count(u, "[") < strings.Count(u, "]"):
			u = u[:len(u)-1]
		case strings.HasSuffix(u, "’"), strings.HasSuffix(u, "”"), strings.HasSuffix(u, "»"):
			_, size := lastRune(u)
			u = u[:len(u)-size]
		default:
			return u
		}
	}
	return u
}

// lastRune returns the last rune of s and its size in bytes.
func lastRune(s string) (rune, int) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, 0
	}
	last := r[len(r)-1]
	return last, len(string(last))
}

// shownURLs returns a paragraph's text with every web address it shows as
// text (urlRuns) made to stay on one line in room cells: its hyphens,
// where Glamour would break it, made non-breaking, and when it is wider
// than room with what is written against it (brackets, punctuation), cut
// with an ellipsis. Each such address becomes a link whose text is itself, so that
// Glamour draws it once, as a hyperlink; hrefs gives the whole address of
// each address shown otherwise, and cuts the spans of the original text
// that an ellipsis stands for, [from, to), for the line index. The styles
// and links come back moved to the new text; with no address to change,
// everything comes back as it was.
func shownURLs(text string, styles []briefing.Style, links []briefing.Link, room int) (string, []briefing.Style, []briefing.Link, map[string]string, [][2]int) {
	runs := urlRuns(text, links)
	var changed []urlRun
	var shown []string
	for _, r := range runs {
		if inCode(styles, r) {
			continue // code, shown as it is written
		}
		u := text[r.start:r.end]
		s := u
		// The address and what is written on either side of it with no
		// space between ("<…>,") on one line.
		if fit := room - gluedBefore(text, r.start) - gluedAfter(text, r.end); ansi.StringWidth(s) > fit {
			s = ansi.Truncate(s, max(fit, 16), ellipsis)
		}
		s = strings.ReplaceAll(s, "-", "\u2011")
		if s == u {
			continue
		}
		changed = append(changed, r)
		shown = append(shown, s)
	}
	if len(changed) == 0 {
		return text, styles, links, nil, nil
	}
	order := make([]int, len(changed))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return changed[order[i]].start < changed[order[j]].start })
	// move maps an offset of the old text to the new one.
	var sb strings.Builder
	type shift struct{ start, end, newStart, newEnd int }
	var shifts []shift
	pos := 0
	for _, i := range order {
		r := changed[i]
		if r.start < pos {
			continue // overlaps the one before
		}
		sb.WriteString(text[pos:r.start])
		ns := sb.Len()
		sb.WriteString(shown[i])
		shifts = append(shifts, shift{r.start, r.end, ns, sb.Len()})
		pos = r.end
	}
	sb.WriteString(text[pos:])
	move := func(off int, end bool) int {
		d := 0
		for _, s := range shifts {
			switch {
			case off <= s.start:
				return off + d
			case off < s.end:
				if end {
					return s.newEnd
				}
				return s.newStart
			}
			d = s.newEnd - s.end
		}
		return off + d
	}
	var outStyles []briefing.Style
	for _, st := range styles {
		st.Start, st.End = move(st.Start, false), move(st.End, true)
		outStyles = append(outStyles, st)
	}
	hrefs := map[string]string{}
	var cuts [][2]int
	var outLinks []briefing.Link
	autolink := map[int]bool{}
	for _, s := range shifts {
		u := text[s.start:s.end]
		sh := sb.String()[s.newStart:s.newEnd]
		hrefs[sh] = u
		if strings.HasSuffix(sh, ellipsis) {
			// The cut starts after the last character the screen shows
			// as itself: a hyphen before the ellipsis is drawn
			// non-breaking, which the line index does not match.
			kept := strings.ReplaceAll(strings.TrimSuffix(sh, ellipsis), "\u2011", "-")
			cuts = append(cuts, [2]int{s.start + len(strings.TrimRight(kept, "-")), s.end})
		}
		autolink[s.start] = true
		l := briefing.Link{Target: sh}
		l.Start, l.End = s.newStart, s.newEnd
		outLinks = append(outLinks, l)
	}
	for _, l := range links {
		if autolink[l.Start] && text[l.Start:l.End] == l.Target {
			continue // drawn from the new text above
		}
		l.Start, l.End = move(l.Start, false), move(l.End, true)
		outLinks = append(outLinks, l)
	}
	sort.SliceStable(outLinks, func(i, j int) bool { return outLinks[i].Start < outLinks[j].Start })
	return sb.String(), outStyles, outLinks, hrefs, cuts
}

// inCode reports whether a run overlaps an inline code span.
func inCode(styles []briefing.Style, r urlRun) bool {
	for _, st := range styles {
		if st.Kind == briefing.InlineCode && r.start < st.End && st.Start < r.end {
			return true
		}
	}
	return false
}
