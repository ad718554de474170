package briefing

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

func TestIsSlashCredit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"JIM WATSON/AFP/Getty Images", true},
		{"Sasha Mordovets/Getty Images", true},
		{"Reuters/Kim Kyung-Hoon", true},
		{"Mark Schiefelbein/AP", true},
		{"AFP", false},                                // no slash
		{"A/B", false},                                // parts shorter than two letters
		{"and/or", true},                              // the shape alone; the caller also asks for an agency
		{"Photo: JIM WATSON/AFP", false},              // a colon is not name punctuation
		{"Reuters/" + strings.Repeat("a", 61), false}, // a part over 60 letters
		{"Reuters//AP", false},                        // an empty part
		{"Zoë Müller/dpa", true},
		{"1/2", false},
	} {
		if got := isSlashCredit(c.in); got != c.want {
			t.Errorf("isSlashCredit(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestIsSlashCreditMatchesPattern checks the function against the regular
// expression it replaced, on random strings over the characters that matter.
func TestIsSlashCreditMatchesPattern(t *testing.T) {
	pattern := regexp.MustCompile(`^[\p{L}\p{M} .'’&-]{2,60}(?:/[\p{L}\p{M} .'’&-]{2,60})+$`)
	alphabet := []rune("aZé /.'’&-:1\u0301")
	r := rand.New(rand.NewPCG(1, 2))
	matches := 0
	for range 20000 {
		n := r.IntN(70)
		var sb strings.Builder
		for range n {
			sb.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		s := sb.String()
		got, want := isSlashCredit(s), pattern.MatchString(s)
		if got != want {
			t.Fatalf("isSlashCredit(%q) = %v, the pattern says %v", s, got, want)
		}
		if want {
			matches++
		}
	}
	if matches < 100 {
		t.Fatalf("only %d of the random strings are credits: the comparison proves little", matches)
	}
}
