package briefing

import (
	"strings"
	"testing"
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
