package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// keyByDefinition is lineKey written the plain way: each rune mapped
// (lower case, straight apostrophes and quotes), then the words joined
// by single spaces.
func keyByDefinition(s string) string {
	mapped := strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`':
			return '\''
		case '\u201c', '\u201d':
			return '"'
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(mapped), " ")
}

// TestLineKey checks lineKey on the cases its fast path hands over to
// the general loop: spaces at the ends or in a row, other white space,
// runes outside ASCII (some longer in lower case than in capitals) and
// invalid UTF-8.
func TestLineKey(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"", ""},
		{"   ", ""},
		{"Advertisement", "advertisement"},
		{"The Big  Day ", "the big day"},
		{" Lead space", "lead space"},
		{"Tab\there\nand\r\nthere", "tab here and there"},
		{"Trailing space \u00a0", "trailing space"},
		{"It\u2019s \u201cdone\u201d", "it's \"done\""},
		{"Don`t", "don't"},
		{"\u023aB \u023aC", "\u2c65b \u2c65c"},
		{"CAF\u00c9\u00a0AU LAIT", "caf\u00e9 au lait"},
		{"Bad \xff byte", "bad \ufffd byte"},
		{"a \x01 b", "a \x01 b"},
	} {
		if got := lineKey(tc.text); got != tc.want {
			t.Errorf("lineKey(%q) = %q, want %q", tc.text, got, tc.want)
		}
		if got := keyByDefinition(tc.text); got != tc.want {
			t.Errorf("the definition gives %q for %q, the table %q", got, tc.text, tc.want)
		}
	}
}

// TestLineKeyMatchesDefinition compares lineKey with its definition on
// every line and paragraph of the import fixtures.
func TestLineKeyMatchesDefinition(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "import", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no import fixtures: %v", err)
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			for _, s := range []string{line, collapseSpace(line), strings.ToUpper(line)} {
				if got, want := lineKey(s), keyByDefinition(s); got != want {
					t.Fatalf("lineKey(%q) = %q, want %q", s, got, want)
				}
				n++
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d lines compared", n)
	}
}
