package briefing

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// declaredCharset finds the charsets a page names in its head
// (<meta charset="iso-8859-1">, or the http-equiv form with
// "text/html; charset=windows-1252"), in the order they stand.
var declaredCharset = lazyCompile(`(?i)<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// charsetHead is how much of a file is searched for a declared charset.
const charsetHead = 16 << 10

// legacyShare is the share of a file's non-ASCII characters that must be
// invalid UTF-8 before the file is read in another encoding: a page in
// UTF-8 with a stray byte or two stays UTF-8 (Clean replaces the strays),
// while a page written in ISO-8859-1 has nearly every accented letter
// invalid.
const legacyShare = 0.5

// decodeLegacy returns data as UTF-8. Data that is UTF-8, or nearly so, is
// returned as it is. Otherwise it was written in an older encoding: the
// first one the page declares that is not UTF-8 is used (a saved archive
// page may declare the archive's UTF-8 before the page's own GB2312), and
// Windows-1252, the web's default for pages that declare none, when it
// declares none. guessed reports that it decoded in an encoding the file
// did not declare.
func decodeLegacy(data []byte) (out []byte, guessed bool) {
	if !mostlyInvalidUTF8(data) {
		return data, false
	}
	enc, guessed := encoding.Encoding(charmap.Windows1252), true
	head := data[:min(len(data), charsetHead)]
	for _, m := range declaredCharset.FindAllStringSubmatch(string(head), -1) {
		label := strings.ToLower(m[1])
		e, err := htmlindex.Get(label)
		if err != nil || e == encoding.Nop {
			continue
		}
		if n, _ := htmlindex.Name(e); n == "utf-8" {
			continue
		}
		enc, guessed = e, false
		break
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data, false
	}
	return out, guessed
}

// mostlyInvalidUTF8 reports whether at least legacyShare of the non-ASCII
// characters in data are bytes that UTF-8 cannot read.
func mostlyInvalidUTF8(data []byte) bool {
	if utf8.Valid(data) {
		return false
	}
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			j := bytes.IndexFunc(data[i:], func(r rune) bool { return r >= utf8.RuneSelf })
			if j < 0 {
				break
			}
			i += j
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return float64(invalid) >= legacyShare*float64(valid+invalid)
}
