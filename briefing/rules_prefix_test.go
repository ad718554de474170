package briefing

import "testing"

// TestHasAnyPrefix checks the prefix test the rules share, including the
// cases its first-byte comparison must not get wrong.
func TestHasAnyPrefix(t *testing.T) {
	openers := []string{"this ", "it ", "–", "*"}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"this article first appeared", true},
		{"it was", true},
		{"its own", false},
		{"this", false},
		{"there", false},
		{"– first", true},
		{"— first", false}, // same first byte as "–", other rune
		{"*reprinted*", true},
		{"", false},
	} {
		if got := hasAnyPrefix(tc.s, openers); got != tc.want {
			t.Errorf("hasAnyPrefix(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if !hasAnyPrefix("anything", []string{"x", ""}) {
		t.Error("an empty prefix must match every string")
	}
}
