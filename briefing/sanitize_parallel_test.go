package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestSanitizeCleansParagraphs checks that sanitize cleans exactly the
// paragraphs that need it, in every section of a briefing long enough to
// be checked on several processors, sections without paragraphs included,
// and drops those that cleaning empties.
func TestSanitizeCleansParagraphs(t *testing.T) {
	texts := []string{
		"Plain text stays as it is.",
		"A \x1b[31mred\x1b[0m word.",
		"\x1b]0;title\x07",
		"No-break\u00a0space.",
		"",
		"Right-to-left \u202eoverride.",
	}
	b := &Briefing{}
	n := 0
	for len(b.Sections) < 3*parallelSanitize/10 {
		s := Section{Heading: "Section"}
		for p := range len(b.Sections) % 23 {
			s.Paragraphs = append(s.Paragraphs, texts[(n+p)%len(texts)])
		}
		n++
		b.Sections = append(b.Sections, s)
	}
	want := make([][]string, len(b.Sections))
	for i, s := range b.Sections {
		emptied := false
		var paras []string
		for _, p := range s.Paragraphs {
			if needsClean(p) {
				p = strings.TrimSpace(CleanString(p))
				emptied = emptied || p == ""
			}
			paras = append(paras, p)
		}
		if emptied {
			var kept []string
			for _, p := range paras {
				if p != "" {
					kept = append(kept, p)
				}
			}
			paras = kept
		}
		want[i] = paras
	}
	sanitize(b)
	cleaned := 0
	for i, s := range b.Sections {
		if !reflect.DeepEqual(s.Paragraphs, want[i]) {
			t.Fatalf("section %d: %q, want %q", i, s.Paragraphs, want[i])
		}
		for _, p := range s.Paragraphs {
			if strings.Contains(p, "red word") || strings.Contains(p, "No-break space") {
				cleaned++
			}
		}
	}
	if cleaned == 0 {
		t.Fatal("no paragraph was cleaned: the comparison proves nothing")
	}
}
