package briefing

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestIsLongLine checks the byte-length guards around the rune count at
// the limit, with one-, two- and three-byte runes.
func TestIsLongLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		line string
		want bool
	}{
		{"ASCII at the limit", strings.Repeat("a", wrapLongLine), false},
		{"ASCII over the limit", strings.Repeat("a", wrapLongLine+1), true},
		{"two-byte runes at the limit", strings.Repeat("é", wrapLongLine), false},
		{"two-byte runes over the limit", strings.Repeat("é", wrapLongLine+1), true},
		{"three-byte runes at the limit", strings.Repeat("—", wrapLongLine), false},
		{"three-byte runes over the limit", strings.Repeat("—", wrapLongLine+1), true},
		{"empty", "", false},
	} {
		if got := isLongLine(tc.line); got != tc.want {
			t.Errorf("%s: isLongLine = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTrailingParen checks where a closing parenthetical opens.
func TestTrailingParen(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want int
	}{
		{"A man waves. (Jim Watson/AFP)", 13},
		{"A man waves. (Jim Watson/AFP)  ", 13},
		{"A man (left) waves.", -1},
		{"No parenthesis)", -1},
		{"", -1},
	} {
		if got := trailingParen(tc.p); got != tc.want {
			t.Errorf("trailingParen(%q) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

// TestTrailingCreditOf checks that the cheap test before trailingCredit
// keeps every credit the pattern finds.
func TestTrailingCreditOf(t *testing.T) {
	for _, tc := range []struct {
		paren string
		want  string // the credit found, "" for none
	}{
		{"(Jim Watson/AFP)", "Jim Watson/AFP"},
		{"(Photo by Jane Doe)", "Photo by Jane Doe"},
		{"(PHOTOGRAPH: Jane Doe)", "PHOTOGRAPH: Jane Doe"},
		{"(Credit: Reuters)", "Credit: Reuters"},
		{"(image by Jane Doe)", "image by Jane Doe"},
		{"(Picture Jane Doe)", "Picture Jane Doe"},
		{"(Pictures Jane Doe)", ""},
		{"(in 2019)", ""},
		{"(Photo)", ""},
		{"(", ""},
	} {
		got := ""
		if inner, ok := trailingCreditOf(tc.paren); ok {
			got = inner
		}
		if got != tc.want {
			t.Errorf("trailingCreditOf(%q) = %q, want %q", tc.paren, got, tc.want)
		}
	}
}

// TestCollapseSpace checks the byte classes of the already-collapsed test:
// every kind of white space is collapsed, letters sharing bytes with spaces
// are kept.
func TestCollapseSpace(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain words", "plain words"},
		{"two  spaces", "two spaces"},
		{" leading", "leading"},
		{"trailing ", "trailing"},
		{"tab\there", "tab here"},
		{"line\nbreak", "line break"},
		{"no-break\u00a0space", "no-break space"},
		{"em\u2003space", "em space"},
		{"ideographic\u3000space", "ideographic space"},
		{"voilà Å—dash", "voilà Å—dash"},
		{"", ""},
	} {
		if got := collapseSpace(tc.in); got != tc.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// trailingCreditPattern is the definition trailingCreditOf implements
// without a regular expression.
var trailingCreditPattern = regexp.MustCompile(`^\(((?i:photos?|photograph|picture|image|credit)(?: by|:)?\s+[^()]{2,120}|[^()/]{2,80}/[^()]{2,120})\)\s*$`)

// TestTrailingCreditOfMatchesPattern compares trailingCreditOf with the
// pattern it implements on credits built from pieces around every limit.
func TestTrailingCreditOfMatchesPattern(t *testing.T) {
	pieces := []string{"Photo", "PHOTOS", "photograph", "Picture", "image", "Credit", "credits", "Phot",
		" by", " BY", ":", " ", "  ", "\t", "\n", "/", "//", "(", ")", "a", "é", "—", "Jane Doe", "AFP",
		"Getty Images", strings.Repeat("x", 77), strings.Repeat("y", 116), strings.Repeat("é", 40), "\xff"}
	rng := rand.New(rand.NewPCG(1, 2))
	cases := []string{"()", "( )", "(a/b)", "(ab/cd)", "(ab/cd) ", "(ab/cd) x", "(Photo  ab)", "(Photo ab)", "(Photo a)"}
	for range 20000 {
		var sb strings.Builder
		sb.WriteString("(")
		for range rng.IntN(6) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		sb.WriteString(")")
		if rng.IntN(4) == 0 {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, sb.String())
	}
	matched := 0
	for _, c := range cases {
		m := trailingCreditPattern.FindStringSubmatch(c)
		inner, ok := trailingCreditOf(c)
		if ok != (m != nil) || ok && inner != m[1] {
			t.Fatalf("trailingCreditOf(%q) = %q, %v; the pattern finds %q", c, inner, ok, m)
		}
		if ok {
			matched++
		}
	}
	if matched < 100 {
		t.Fatalf("only %d of %d cases are credits: the comparison proves little", matched, len(cases))
	}
}

// TestRulePhrasesScan checks that one scan for the phrase lists finds
// what each list's own set finds.
func TestRulePhrasesScan(t *testing.T) {
	for _, tc := range []struct {
		text string
		want phraseLists
	}{
		{"This post was published on the now-closed HuffPost Contributor platform.", noticeList},
		{"Este artículo se publicó originalmente en El País.", provenanceList},
		{"Please enable JavaScript. Este artículo se publicó originalmente en El País.", noticeList | provenanceList},
		{"Want more stories like this? Sign up for our newsletter.", pleaList},
		{"The council met on Tuesday.", 0},
		{"", 0},
	} {
		key := lineKey(tc.text)
		got := rulePhrases.scan([]byte(key), noticeList|provenanceList|pleaList)
		if got != tc.want|phrasesFound {
			t.Errorf("scan(%q) = %b, want %b", key, got, tc.want|phrasesFound)
		}
		if (got&noticeList != 0) != noticePhrases.in(key) || (got&provenanceList != 0) != provenancePhrases.in(key) || (got&pleaList != 0) != pleaPhrases.in(key) {
			t.Errorf("scan(%q) = %b disagrees with the lists' own sets", key, got)
		}
	}
}
