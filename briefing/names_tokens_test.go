package briefing

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTokenizeLowerCase checks every word's lower case, for words in
// lower case, with capitals, in capitals only and with letters beyond ASCII,
// after words already in the buffer.
func TestTokenizeLowerCase(t *testing.T) {
	for _, p := range []string{
		"the minister said",
		"Putin's aide, Dmitry Peskov, told NATO",
		"Élisabeth Borne met ÖBB officials in Zürich on Monday",
		"U.S. Sen. Maria O'Neill-Smith said: \"We WILL wait.\"",
		"",
	} {
		before := tokenize("Earlier Words Here.", nil)
		toks := tokenizeAppend(before, p, nil)
		for _, tk := range toks[len(before):] {
			if tk.kind != tWord {
				continue
			}
			if want := strings.ToLower(tk.text); tk.lower() != want {
				t.Errorf("%q: word %q has lower case %q, want %q", p, tk.text, tk.lower(), want)
			}
			if tk.seg != 0 {
				t.Errorf("%q: word %q keeps seg %d, want 0", p, tk.text, tk.seg)
			}
		}
		for _, tk := range before {
			if tk.kind == tWord && tk.lower() != strings.ToLower(tk.text) {
				t.Errorf("earlier word %q changed its lower case to %q", tk.text, tk.lower())
			}
		}
	}
}

// TestNotNameWordIsTheFiveLists checks that the merged set isNameWord looks
// up holds exactly the words of the lists it stands for.
func TestNotNameWordIsTheFiveLists(t *testing.T) {
	l := lexicon()
	want := map[string]bool{}
	for name, s := range map[string]map[string]bool{
		"nonnames": l.nonNames, "titles": l.titles, "honorifics": l.honorifics,
		"orgwords": l.orgWords, "modifiers": l.modifiers,
	} {
		if len(s) == 0 {
			t.Errorf("the %s list is empty", name)
		}
		for w := range s {
			want[w] = true
			if !l.notNameWord[w] {
				t.Errorf("%q from the %s list is missing from the merged set", w, name)
			}
		}
	}
	for w := range l.notNameWord {
		if !want[w] {
			t.Errorf("%q is in the merged set but in none of the lists", w)
		}
	}
}

// TestIsWordRuneASCII checks the ASCII quick path of isWordRune against the
// Unicode classes it stands for, for every ASCII character and a few others.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
	for _, r := range []rune{'é', 'ß', '\u0301', '٣', '’', '—', '\u00a0'} {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestIsAbbreviation checks that a word before a full stop keeps it when
// it is a title, honorific or non-name listed with a stop, one of the
// dotted words, an initial or a dotted abbreviation, in any case, and
// that other words leave the stop to end the sentence.
func TestIsAbbreviation(t *testing.T) {
	l := lexicon()
	for _, list := range []map[string]bool{l.titles, l.honorifics, l.nonNames} {
		for w := range list {
			if strings.HasSuffix(w, ".") {
				if base := strings.TrimSuffix(w, "."); !isAbbreviation(l, base) || !isAbbreviation(l, strings.ToUpper(base)) {
					t.Errorf("isAbbreviation(%q) = false, want true: %q is listed", base, w)
				}
			}
		}
	}
	for w, want := range map[string]bool{
		"Inc": true, "jr": true, "Corp": true, "vs": true, "U.S": true, "W": true,
		"Putin": false, "said": false, "w": false, "government": false, "Washington": false,
	} {
		if got := isAbbreviation(l, w); got != want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordEndCase checks the case wordEnd reports for words ending in
// every way: all ASCII or not, with capitals or not, followed by ASCII
// or other punctuation, joined by curly apostrophes.
func TestWordEndCase(t *testing.T) {
	for _, p := range []string{
		"Putin said so—and Xi’an’s mayor agreed", "über Straße ÉCOLE école", "the Clintons’ house, the Smiths' car",
		"rock’n’roll and AT&T", "naïve—CAFÉ—cafe", "a—b c…d e’", "Zoë’s Müller-Lüdenscheidt",
	} {
		for i := 0; i < len(p); {
			r, n := utf8.DecodeRuneInString(p[i:])
			if !isWordRune(r) {
				i += n
				continue
			}
			j, ascii, upper := wordEnd(p, i)
			w := p[i:j]
			wantASCII, wantUpper := true, false
			for k := 0; k < len(w); k++ {
				if w[k] >= utf8.RuneSelf {
					wantASCII, wantUpper = false, true
				} else if 'A' <= w[k] && w[k] <= 'Z' {
					wantUpper = true
				}
			}
			if ascii != wantASCII || upper != wantUpper {
				t.Errorf("wordEnd(%q) at %q: ascii %v upper %v, want %v %v", p, w, ascii, upper, wantASCII, wantUpper)
			}
			i = j
		}
	}
}
