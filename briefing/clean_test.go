package briefing

import "testing"

func TestCleanRemovesControlSequences(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"osc52 clipboard", "a\x1b]52;c;aGVsbG8=\x07b", "ab"},
		{"osc with ST", "a\x1b]2;title\x1b\\b", "ab"},
		{"csi clear", "a\x1b[2Jb\x1b[31mc", "abc"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"c1 csi", "a\u009b2Jb", "ab"},
		{"c1 osc", "a\u009d52;c;x\u009cb", "ab"},
		{"controls", "a\x00\x07\x08\x7fb\u0085c", "abc"},
		{"bidi", "a\u202eb\u2066c\u2069d", "abcd"},
		{"crlf", "a\r\nb\rc", "a\nb\nc"},
		{"tab", "a\tb", "a    b"},
		{"nbsp", "a\u00a0b", "a b"},
		{"bom", "\ufeffab", "ab"},
		{"esc intermediate and final", "a\x1b(Bb", "ab"},
		{"stray esc before a dash", "father\x1b \u2014 then", "father\u2014 then"},
		{"keeps text", "“Quote,” she said — 5 €", "“Quote,” she said — 5 €"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, repaired := Clean([]byte(c.in))
			if got != c.want || repaired {
				t.Errorf("Clean(%q) = %q, %v; want %q, false", c.in, got, repaired, c.want)
			}
		})
	}
}

func TestCleanRepairsInvalidUTF8(t *testing.T) {
	got, repaired := Clean([]byte("caf\xe9 ok"))
	if !repaired || got != "caf\ufffd ok" {
		t.Errorf("Clean = %q, %v; want replacement and repaired", got, repaired)
	}
}

func TestLooksBinary(t *testing.T) {
	if !looksBinary([]byte("PK\x03\x04\x00\x00")) {
		t.Error("zip header not seen as binary")
	}
	if looksBinary([]byte("Plain news text.\nSecond line.\n")) {
		t.Error("text seen as binary")
	}
}
