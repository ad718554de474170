package extract

import (
	"strings"
	"testing"
)

// quoteBy returns the quote of r whose text starts with text.
func quoteBy(t *testing.T, r Result, text string) Quote {
	t.Helper()
	for _, q := range r.Quotes {
		if strings.HasPrefix(q.Text, text) {
			return q
		}
	}
	t.Fatalf("no quote %q in %+v", text, r.Quotes)
	return Quote{}
}

// TestAccordingToGivesTheSpeaker checks a reporting phrase of several
// words gives its quote the name beside it: the speaker model reads
// reporting verbs one word at a time, and took the capitalised word that
// opens the sentence instead.
func TestAccordingToGivesTheSpeaker(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"Hard evidence on why the old bridge gave way remains scarce, but “rust, heavy lorries and a poor weld” are all suspected, according to the Regional Transport Board.",
	}))
	if q := quoteBy(t, r, "rust"); q.Speaker != "Regional Transport Board" {
		t.Errorf("speaker %q, want Regional Transport Board", q.Speaker)
	}
}
