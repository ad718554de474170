package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/briefing"
)

func TestFileID(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.txt", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(dir, "a.txt")
	for _, p := range []string{"a.txt", "./a.txt", abs} {
		if got := FileID(p, nil); got != abs {
			t.Errorf("FileID(%q) = %q, want %q", p, got, abs)
		}
	}
	one := &briefing.Briefing{Title: "One", Sections: []briefing.Section{{Paragraphs: []string{"Text."}}}}
	two := &briefing.Briefing{Title: "Two", Sections: []briefing.Section{{Paragraphs: []string{"Text."}}}}
	a, b := FileID("-", one), FileID("-", two)
	if !strings.HasPrefix(a, "stdin:") || a == b {
		t.Errorf("standard input IDs %q and %q: want distinct stdin: digests", a, b)
	}
	if FileID("-", one) != a {
		t.Error("the same text piped twice should keep its ID")
	}
}
