package lexicon

import (
	"regexp"
	"testing"
)

// TestGivenNames checks the shape of givennames.txt: a broad list, one lower
// case ASCII name a line, none twice, none of firstnames.txt's, and none of
// the words it must leave out because they are also common words or places.
func TestGivenNames(t *testing.T) {
	names := Lines("givennames")
	if len(names) < 1500 {
		t.Errorf("givennames has %d entries, want at least 1500", len(names))
	}
	word := regexp.MustCompile(`^[a-z]+([-'][a-z]+)*$`)
	first := Set("firstnames")
	seen := map[string]bool{}
	for _, n := range names {
		if !word.MatchString(n) {
			t.Errorf("givennames: %q is not a lower case ASCII name", n)
		}
		if seen[n] {
			t.Errorf("givennames: %q is listed twice", n)
		}
		seen[n] = true
		if first[n] {
			t.Errorf("givennames: %q is already in firstnames", n)
		}
	}
	for _, w := range []string{
		"will", "mark", "may", "june", "hope", "faith",
		"jordan", "georgia", "sydney", "paris", "victoria", "chelsea", "austin",
		"lily", "rose",
	} {
		if seen[w] {
			t.Errorf("givennames: %q is a word or a place, not to be listed", w)
		}
	}
}
