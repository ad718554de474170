package briefing

import (
	"strings"
	"unicode/utf8"
)

// Clean makes imported bytes safe to show in a terminal and regular to parse:
// invalid UTF-8 is replaced with U+FFFD (repaired reports whether any was),
// whole escape sequences (CSI, OSC, DCS, SOS, PM, APC, in their 7-bit and
// 8-bit forms) are removed, as is every other C0 and C1 control character
// except newline and tab, the bidirectional overrides U+202A–U+202E and
// U+2066–U+2069, and a byte order mark. CRLF and lone CR become LF, tabs
// become four spaces and no-break spaces plain spaces.
//
// This is the only defence against content that writes to the clipboard,
// clears the screen or retitles the window: Glamour and Lip Gloss pass such
// sequences straight through.
func Clean(data []byte) (clean string, repaired bool) {
	var b strings.Builder
	b.Grow(len(data))
	const (
		normal    = iota
		escape    // after ESC
		csi       // inside a control sequence, until a final byte
		str       // inside a string sequence (OSC, DCS, ...), until ST or BEL
		strEscape // ESC seen inside a string sequence
	)
	state := normal
	for i := 0; i < len(data); {
		if state == normal {
			// Fast path: copy a run of printable ASCII and newlines as it
			// is (in this state a newline is copied as it is, too).
			j := i
			for j < len(data) && keptAsIs[data[j]] {
				j++
			}
			if j > i {
				b.Write(data[i:j])
				i = j
				continue
			}
		}
		r, size := rune(data[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				repaired = true
			}
		}
		i += size
		switch state {
		case escape:
			switch r {
			case '[':
				state = csi
			case ']', 'P', 'X', '^', '_':
				state = str
			default:
				// A two-character sequence (ESC c, ESC 7, ...), or an
				// intermediate byte followed by its final: drop both. A
				// byte that cannot be a final (a letter of another
				// script, say) is kept, whole.
				if r >= 0x20 && r <= 0x2f && i < len(data) && data[i] >= 0x30 && data[i] <= 0x7e {
					i++
				}
				state = normal
			}
			continue
		case csi:
			if r >= 0x40 && r <= 0x7e {
				state = normal
			} else if r < 0x20 || r > 0x7e {
				// Not a valid sequence after all: end it here.
				state = normal
				if r == '\n' {
					b.WriteByte('\n')
				}
			}
			continue
		case str:
			switch r {
			case 0x07, 0x9c:
				state = normal
			case 0x1b:
				state = strEscape
			case '\n':
				// An unterminated string (often a stray C1 character in
				// mis-decoded text) ends at the line, not at the end of input.
				state = normal
				b.WriteByte('\n')
			}
			continue
		case strEscape:
			if r == '\\' {
				state = normal
			} else {
				state = str
			}
			continue
		}
		switch {
		case r == 0x1b:
			state = escape
		case r == 0x9b:
			state = csi
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			state = str
		case r == '\r':
			b.WriteByte('\n')
			if i < len(data) && data[i] == '\n' {
				i++
			}
		case r == '\t':
			b.WriteString("    ")
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		case r == 0xa0:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), repaired
}

// keptAsIs marks the bytes Clean copies unchanged outside an escape
// sequence: printable ASCII and the newline.
var keptAsIs = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	t['\n'] = true
	return t
}()

// CleanString is Clean for text that is already a string, such as a value
// taken from HTML metadata or front matter.
func CleanString(s string) string {
	c, _ := Clean([]byte(s))
	return c
}

// looksBinary reports whether data is not text: it holds NUL bytes, or more
// than one in ten of its first bytes are control characters.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b && c != '\f':
			ctl++
		}
	}
	return ctl*10 > len(head)
}
