package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKindTable checks that the table of small words gives every listed
// word its kinds, as a string and as bytes, and 0 to every other word of
// the fixtures.
func TestKindTable(t *testing.T) {
	lx := factLex()
	if len(lx.kinds) == 0 {
		t.Fatal("no small words")
	}
	for w, want := range lx.kinds {
		if got := kindIn(&lx.kindTable, w); got != want {
			t.Errorf("kindIn(%q) = %b, want %b", w, got, want)
		}
		if got := kindIn(&lx.kindTable, []byte(w)); got != want {
			t.Errorf("kindIn([]byte(%q)) = %b, want %b", w, got, want)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue // a directory
		}
		for _, w := range strings.Fields(strings.ToLower(string(data))) {
			words++
			if got, want := kindIn(&lx.kindTable, w), lx.kinds[w]; got != want {
				t.Errorf("kindIn(%q) = %b, want %b", w, got, want)
			}
		}
	}
	if words < 2000 {
		t.Errorf("only %d words read from the fixtures", words)
	}
}
