package briefing

import "testing"

// TestFactLogReplaysInReadingOrder reads two ranges of paragraphs into
// logs, the later range first, and checks that replaying them in reading
// order gives what one collector reading every paragraph in turn gives:
// the detail of the first mention, every mention once.
func TestFactLogReplaysInReadingOrder(t *testing.T) {
	type mention struct {
		para         int
		text, detail string
	}
	mentions := []mention{
		{0, "2014", "first detail"},
		{1, "$5", "money"},
		{2, "2014", "later detail"},
		{3, "2014", "latest detail"},
	}
	want := newFactCollector()
	for _, m := range mentions {
		detail := ""
		if !want.has(Figure, m.text) {
			detail = m.detail
		}
		want.add(Figure, m.text, detail, Span{Paragraph: m.para})
	}

	first, second := newFactLog(0, 2), newFactLog(2, 4)
	for _, m := range []mention{mentions[2], mentions[3], mentions[0], mentions[1]} {
		l := first
		if m.para >= 2 {
			l = second
		}
		l.read(m.para)
		detail := ""
		if !l.has(Figure, m.text) {
			detail = m.detail
		}
		l.add(Figure, m.text, detail, Span{Paragraph: m.para})
	}
	if !second.has(Figure, "2014") || second.has(Figure, "$5") {
		t.Errorf("the second range knows the wrong facts: %v", second.seen)
	}
	got := newFactCollector()
	for k, l := range []*factLog{first, first, second, second} {
		l.replay(k, got)
	}
	w, g := want.sorted(), got.sorted()
	if len(g) != len(w) {
		t.Fatalf("got %d facts, want %d", len(g), len(w))
	}
	for i := range w {
		if g[i].Text != w[i].Text || g[i].Detail != w[i].Detail || len(g[i].Mentions) != len(w[i].Mentions) {
			t.Errorf("fact %d: got %q (%q, %d mentions), want %q (%q, %d mentions)",
				i, g[i].Text, g[i].Detail, len(g[i].Mentions), w[i].Text, w[i].Detail, len(w[i].Mentions))
		}
	}
	if g[0].Detail != "first detail" {
		t.Errorf("2014 has detail %q, want the first mention's", g[0].Detail)
	}
}
