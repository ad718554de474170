// Package printable makes strings safe to show on a terminal or write to a
// log: the one place the program turns names, paths, errors and whatever a
// client sent into text that cannot move the cursor, change the window
// title, write to the clipboard, split a line or reorder what follows it.
package printable

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// String returns s with every character that a terminal would act on
// rather than show replaced by a visible escape, as Go's %q spells it: C0
// controls (newline, carriage return and tab included), DEL, C1 controls,
// the bidirectional embeddings, overrides and isolates, and invalid UTF-8.
// ESC becomes `\x1b`, a newline `\n`, U+202E `\u202e`. Everything else,
// backslashes and non-Latin letters included, is kept as it is.
func String(s string) string {
	return replace(s, false)
}

// Text is String for text of several lines (an exported briefing, a
// message): newlines and tabs are kept, every other control is escaped.
func Text(s string) string {
	return replace(s, true)
}

// replace escapes what String and Text escape; lines keeps '\n' and '\t'.
func replace(s string, lines bool) string {
	i := firstUnsafe(s, lines)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !unsafe(r, lines):
			b.WriteString(s[i : i+size])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += size
	}
	return b.String()
}

// firstUnsafe is the byte offset of the first character to escape, or -1.
func firstUnsafe(s string, lines bool) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
		if unsafe(r, lines) {
			return i
		}
	}
	return -1
}

// unsafe reports whether a terminal would act on r rather than show it.
func unsafe(r rune, lines bool) bool {
	switch {
	case lines && (r == '\n' || r == '\t'):
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
