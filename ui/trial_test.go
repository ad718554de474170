package ui

import (
	"strings"
	"testing"

	"brief/briefing"
)

// strongSpans lists the spans the article paints in the strong highlight.
func strongSpans(m *model) []briefing.Span {
	var got []briefing.Span
	for k, hs := range m.article.strong {
		for _, h := range hs {
			got = append(got, briefing.Span{Section: k.sec, Paragraph: k.para, Start: h.start, End: h.end})
		}
	}
	return got
}

// TestScreenNarrowEnterStepsThroughMentions presses enter on a fact under
// 80 columns, where the jump shows the Article tab, and then enter again,
// as the facts pane offers ("again for the next"): the text goes on to the
// fact's second mention and the footer says so. Enter used to fold the
// section at the top of the text instead, hiding the mention.
func TestScreenNarrowEnterStepsThroughMentions(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {40, 12}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			first := m.b.Facts[m.facts.order[0]]
			n := len(first.Mentions)
			if n < 3 {
				t.Fatalf("the first fact, %s, has %d mentions; the test needs 3", first.Text, n)
			}
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("\t\t") // the Quotes tab, then Facts, its first fact selected
			s.waitText("Key facts", "1/")
			s.typeKeys("\r")
			s.waitFor("the text at the first mention", func(txt string) bool {
				return !strings.Contains(txt, "Key facts") && strings.Contains(footerLine(txt), "mention 1/"+itoa(n))
			})
			s.typeKeys("\r")
			// At 40 columns the count is all the footer has room for.
			foot := footerLine(s.waitText("mention 2/" + itoa(n)))
			if w >= 60 && !strings.Contains(foot, "enter next mention") {
				t.Errorf("the footer does not offer the next mention: %q", foot)
			}
			s.typeKeys("\r")
			s.waitText("mention 3/" + itoa(n))
			s.typeKeys("\t") // the Quotes tab: enter there is the quote's again
			s.waitFor("the quotes tab", func(txt string) bool { return !strings.Contains(footerLine(txt), "mention") })
			s.typeKeys("\t\r") // Facts, enter: the fourth mention, or the first again
			want := 4
			if n == 3 {
				want = 1
			}
			s.waitText("mention " + itoa(want) + "/" + itoa(n))
			s.settle()
			final := s.quit()
			for sec, f := range final.article.folded {
				if f {
					t.Errorf("section %d folded: enter folded the text instead of going on", sec)
				}
			}
			if got := strongSpans(final); len(got) != 1 || got[0] != first.Mentions[want-1] {
				t.Errorf("strong highlight %v, want mention %d of %s %v", got, want, first.Text, first.Mentions[want-1])
			}
		})
	}
}
