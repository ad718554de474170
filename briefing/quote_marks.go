package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment is one quoted run inside a paragraph: p[open:start] is the
// opening mark, p[start:end] the quoted text, p[end:close] the closing mark.
// An unclosed segment runs to the end of the paragraph (end == close).
type segment struct {
	open, start, end, close int
	closed                  bool
}

// markKind says how a quotation mark may be used.
type markKind uint8

const (
	markNone     markKind = iota
	markOpen              // “ „ «
	markClose             // ” »
	markStraight          // " or '' (the doubled apostrophe): opens or closes by context
)

// quoteMark reports the double quotation mark at p[i:], if any, and its
// length in bytes. Single quotes and apostrophes are never marks: single
// quotes nested inside a quotation stay part of its text.
func quoteMark(p string, i int) (markKind, int) {
	if !maybeMark(p[i]) {
		return markNone, 0
	}
	switch {
	case strings.HasPrefix(p[i:], "“"), strings.HasPrefix(p[i:], "„"), strings.HasPrefix(p[i:], "«"):
		_, n := utf8.DecodeRuneInString(p[i:])
		return markOpen, n
	case strings.HasPrefix(p[i:], "”"), strings.HasPrefix(p[i:], "»"):
		_, n := utf8.DecodeRuneInString(p[i:])
		return markClose, n
	case p[i] == '"':
		return markStraight, 1
	case strings.HasPrefix(p[i:], "''"):
		return markStraight, 2
	}
	return markNone, 0
}

// maybeMark reports whether a byte can start a quotation mark: a straight
// quote or apostrophe, or the first byte of “ ” „ « ».
func maybeMark(c byte) bool { return markBytes[c] }

// markBytes marks the bytes maybeMark accepts: every byte of every
// paragraph is looked up, and one load is cheaper than four comparisons.
// It is never written after it is made.
var markBytes = func() (t [256]bool) {
	for _, c := range []byte{'"', '\'', 0xE2, 0xC2} {
		t[c] = true
	}
	return t
}()

// runeBefore is the character before p[i:], or 0 at the
// paragraph's start.
func runeBefore(p string, i int) rune {
	if i == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return r
}

// runeAfter is the character at p[j:], or 0 at the paragraph's end.
func runeAfter(p string, j int) rune {
	if j >= len(p) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p[j:])
	return r
}

// canOpen reports whether a mark between prev and next may open a quote:
// something follows it, and it does not stick to a word or number before
// it (as in 5" or rock"n).
func canOpen(prev, next rune) bool {
	return next != 0 && !unicode.IsSpace(next) && !isWordRune(prev)
}

// canClose reports whether a mark between prev and next may close a quote:
// it follows text, not a space.
func canClose(prev, next rune) bool {
	return prev != 0 && !unicode.IsSpace(prev)
}

// scanQuotes finds the quoted runs of one paragraph. Curly marks open and
// close by their shape (a mis-curled mark is read by its context); straight
// marks and doubled apostrophes open after a space or punctuation and
// close the run they are in. A run still open at the end of the paragraph
// is returned unclosed: it never spills into the next paragraph here.
func scanQuotes(p string) []segment {
	var segs []segment
	in := false
	var cur segment
	add := func(sg segment) {
		// the quoted text without the spaces just inside its marks
		sg.end = trimRightSpace(p, sg.start, sg.end)
		for sg.start < sg.end {
			r, n := utf8.DecodeRuneInString(p[sg.start:])
			if !unicode.IsSpace(r) {
				break
			}
			sg.start += n
		}
		if strings.IndexFunc(p[sg.start:sg.end], isWordRune) >= 0 { // marks around nothing but punctuation quote nothing
			segs = append(segs, sg)
		}
	}
	for i := 0; i < len(p); {
		for i < len(p) && !maybeMark(p[i]) {
			i++
		}
		if i == len(p) {
			break
		}
		k, n := quoteMark(p, i)
		if k == markNone {
			i++
			continue
		}
		// a run of three apostrophes is a single quote next to a double one
		if n == 2 && strings.HasPrefix(p[i:], "'''") {
			if in {
				i++ // ''' closes: the first is the nested single quote's end
			} else {
				n = 2
			}
		}
		prev, next := runeBefore(p, i), runeAfter(p, i+n)
		switch {
		case !in && (k == markOpen || (k == markStraight || k == markClose) && canOpen(prev, next)):
			if k == markClose && !(prev == 0 || unicode.IsSpace(prev)) {
				break
			}
			in, cur = true, segment{open: i, start: i + n}
		case in && (k == markClose || k == markStraight || k == markOpen && canClose(prev, next) && (next == 0 || !isWordRune(next))):
			cur.end, cur.close, cur.closed = i, i+n, true
			add(cur)
			in = false
		case in && k == markOpen:
			// a new opening mark inside an open run: the run was never closed
			cur.end = trimRightSpace(p, cur.start, i)
			cur.close = cur.end
			add(cur)
			cur = segment{open: i, start: i + n}
		}
		i += n
	}
	if in {
		cur.end = trimRightSpace(p, cur.start, len(p))
		cur.close = len(p)
		add(cur)
	}
	return segs
}

// trimRightSpace returns the end of p[from:to] without trailing spaces.
func trimRightSpace(p string, from, to int) int {
	for to > from {
		r, n := utf8.DecodeLastRuneInString(p[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= n
	}
	return to
}
