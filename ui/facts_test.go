package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"brief/briefing"
)

func newTestFacts(b *briefing.Briefing) factsPane {
	keys := DefaultKeyMap()
	return newFactsPane(b, &common{keys: keys, pal: newPalette(false)})
}

// pressFacts feeds key presses to the pane, drawing it after each one, and
// returns the message of the last command.
func pressFacts(p factsPane, width, height int, keys ...string) (factsPane, any) {
	var msg any
	p.SetSize(width, height)
	for _, k := range keys {
		var cmd tea.Cmd
		p, cmd = p.Update(paneKey(k))
		msg = paneRun(cmd)
	}
	return p, msg
}

func TestFactsPaneExactSize(t *testing.T) {
	for _, b := range []*briefing.Briefing{paneBriefing(t), paneManyBriefing(40), {}} {
		for _, w := range []int{1, 3, 7, 20, 28, 60} {
			for _, h := range []int{0, 1, 3, 9, 50} {
				p := newTestFacts(b)
				p, _ = pressFacts(p, w, h, "down", "down", "enter", "enter")
				for _, focused := range []bool{true, false} {
					assertPaneSize(t, p.viewAt(w, h, focused), w, h)
				}
			}
		}
	}
}

func TestFactsPaneGroupsByKind(t *testing.T) {
	p := newTestFacts(paneBriefing(t))
	lines := paneLines(p.viewAt(40, 30, false))
	var got []int
	for _, h := range []string{"People", "Organisations", "Places", "Dates", "Figures"} {
		i := paneLineWith(lines, h)
		if i < 0 {
			t.Fatalf("heading %s missing:\n%s", h, strings.Join(lines, "\n"))
		}
		got = append(got, i)
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Errorf("groups out of order: rows %v", got)
		}
	}
	ruiz := paneLineWith(lines, "Ana Ruiz")
	if ruiz != got[0]+1 || !strings.HasSuffix(strings.TrimSpace(lines[ruiz]), " 4") {
		t.Errorf("Ana Ruiz should follow People with 4 mentions, got row %d %q", ruiz, lines[ruiz])
	}
	if !strings.Contains(lines[ruiz+1], "mayor") {
		t.Errorf("detail should follow the name, got %q", lines[ruiz+1])
	}
	if fig := paneLineWith(lines, "40 million euros"); fig < got[4] {
		t.Errorf("the figure should be under Figures")
	}
}

func TestFactsPaneOtherKindsLast(t *testing.T) {
	b := paneBriefing(t)
	b.Facts = append(b.Facts, briefing.Fact{Kind: "event", Text: "Ferry launch"})
	lines := paneLines(newTestFacts(b).viewAt(40, 40, false))
	if o, f := paneLineWith(lines, "Other"), paneLineWith(lines, "Ferry launch"); o < paneLineWith(lines, "Figures") || f != o+1 {
		t.Errorf("unknown kinds should be listed last under Other:\n%s", strings.Join(lines, "\n"))
	}
}

func TestFactsPaneMovementSkipsHeadings(t *testing.T) {
	b := paneBriefing(t)
	p := newTestFacts(b)
	p.viewAt(40, 30, true)
	// Display order: People, Organisations, Places, Dates, Figures.
	want := []string{"Ana Ruiz", "port authority", "Harbour", "Monday", "40 million euros", "40 million euros"}
	for _, name := range want {
		p, _ = pressFacts(p, 40, 30, "j")
		if got := b.Facts[p.selected].Text; got != name {
			t.Fatalf("selected %q, want %q", got, name)
		}
		lines := paneLines(p.viewAt(40, 30, true))
		if sel := paneLineWith(lines, "▌"); sel < 0 || !strings.Contains(lines[sel], name) {
			t.Fatalf("%q not marked as selected:\n%s", name, strings.Join(lines, "\n"))
		}
	}
	p, _ = pressFacts(p, 40, 30, "g")
	if b.Facts[p.selected].Text != "Ana Ruiz" {
		t.Errorf("g should select the first fact")
	}
	p, _ = pressFacts(p, 40, 30, "up")
	if b.Facts[p.selected].Text != "Ana Ruiz" {
		t.Errorf("up at the top should stay on the first fact")
	}
}

func TestFactsPaneEnterStepsThroughMentions(t *testing.T) {
	b := paneBriefing(t)
	p := newTestFacts(b)
	if _, msg := pressFacts(p, 40, 30, "enter"); msg != nil {
		t.Fatalf("enter with nothing selected: got %#v", msg)
	}
	p, _ = pressFacts(p, 40, 30, "down")
	mentions := b.Facts[1].Mentions
	for n := range 6 {
		var msg any
		p, msg = pressFacts(p, 40, 30, "enter")
		jm, ok := msg.(jumpMsg)
		if !ok {
			t.Fatalf("enter %d: got %#v, want a jumpMsg", n+1, msg)
		}
		i := n % len(mentions)
		if jm.span != mentions[i] || jm.quote != -1 || jm.endParagraph != jm.span.Paragraph {
			t.Errorf("enter %d: jump %+v, want mention %d %+v", n+1, jm, i, mentions[i])
		}
		if b.Text(jm.span) != "Ana Ruiz" && b.Text(jm.span) != "Ruiz" {
			t.Errorf("enter %d: jumped to %q", n+1, b.Text(jm.span))
		}
		lines := paneLines(p.viewAt(40, 30, true))
		wantStep := fmt.Sprintf("%d/%d", i+1, len(mentions))
		if !strings.HasSuffix(strings.TrimSpace(lines[paneLineWith(lines, "▌")]), wantStep) {
			t.Errorf("enter %d: want %s next to the fact:\n%s", n+1, wantStep, strings.Join(lines, "\n"))
		}
	}
	// Moving away and back starts again at the first mention.
	p, _ = pressFacts(p, 40, 30, "down", "up")
	lines := paneLines(p.viewAt(40, 30, true))
	if strings.Contains(strings.Join(lines, "\n"), "/4") {
		t.Errorf("moving the selection should reset the step:\n%s", strings.Join(lines, "\n"))
	}
	_, msg := pressFacts(p, 40, 30, "enter")
	if msg.(jumpMsg).span != mentions[0] {
		t.Errorf("after moving, enter should jump to the first mention again")
	}
}

func TestFactsPaneFactWithoutMentions(t *testing.T) {
	p := newTestFacts(paneBriefing(t))
	p, _ = pressFacts(p, 40, 30, "j", "j", "j") // Harbour, no mentions
	if _, msg := pressFacts(p, 40, 30, "enter"); msg != nil {
		t.Errorf("a fact without mentions should not jump, got %#v", msg)
	}
}

func TestFactsPaneTruncatesNames(t *testing.T) {
	b := paneBriefing(t)
	b.Facts[1].Text = "Ana María Ruiz de la Fuente y Castellanos"
	for _, w := range []int{20, 26, 34} {
		lines := paneLines(newTestFacts(b).viewAt(w, 12, false))
		row := lines[paneLineWith(lines, "Ana María")]
		if !strings.Contains(row, "…") || !strings.HasSuffix(strings.TrimSpace(row), " 4") {
			t.Errorf("width %d: long name should be cut and keep its count: %q", w, row)
		}
	}
}

func TestFactsPaneScrollsLongLists(t *testing.T) {
	b := paneManyBriefing(200)
	p := newTestFacts(b)
	p.viewAt(30, 10, true)
	p, _ = pressFacts(p, 30, 10, "G")
	lines := paneLines(p.viewAt(30, 10, true))
	last := b.Facts[p.order[len(p.order)-1]].Text
	if sel := paneLineWith(lines, "▌"); sel < 0 || !strings.Contains(lines[sel], last) {
		t.Errorf("G should show the last fact %q:\n%s", last, strings.Join(lines, "\n"))
	}
	for range 30 {
		p, _ = pressFacts(p, 30, 10, "k")
		if paneLineWith(paneLines(p.viewAt(30, 10, true)), "▌") < 0 {
			t.Fatal("selection left the view while moving up")
		}
	}
}

func TestFactsPaneEmpty(t *testing.T) {
	p := newTestFacts(&briefing.Briefing{})
	p, msg := pressFacts(p, 30, 4, "j", "enter")
	if msg != nil || p.selected != -1 {
		t.Errorf("empty pane: selected %d, msg %#v", p.selected, msg)
	}
	if paneLineWith(paneLines(p.viewAt(30, 4, false)), "No key facts") < 0 {
		t.Error("empty pane should say there are no facts")
	}
}

func BenchmarkFactsPaneView(b *testing.B) {
	p := newTestFacts(paneManyBriefing(2000))
	p.viewAt(60, 60, true)
	for range 1000 {
		p, _ = p.Update(paneKey("j"))
	}
	p, _ = p.Update(paneKey("enter"))
	b.ReportAllocs()
	for b.Loop() {
		p.viewAt(60, 60, true)
	}
}

func TestFactsPaneClick(t *testing.T) {
	b := paneBriefing(t)
	p := newTestFacts(b)
	p.SetSize(40, 30)
	lines := paneLines(p.View(true))
	for _, y := range []int{0, paneLineWith(lines, "People"), paneLineWith(lines, "Places") - 1} {
		if _, cmd := p.Click((y)); cmd != nil {
			t.Errorf("click on row %d (no fact) gave %#v", y, paneRun(cmd))
		}
	}
	row := paneLineWith(lines, "Ana Ruiz")
	for n, want := range []int{0, 1, 2} {
		var cmd tea.Cmd
		p, cmd = p.Click((row))
		m, ok := paneRun(cmd).(jumpMsg)
		if !ok || m.span != b.Facts[1].Mentions[want] {
			t.Fatalf("click %d on Ana Ruiz: got %#v, want mention %d", n+1, paneRun(cmd), want)
		}
		p.viewAt(40, 30, true)
	}
	// The detail line belongs to the fact too; another fact restarts at 1.
	p, cmd := p.Click((paneLineWith(lines, "the port authority's")))
	if m, ok := paneRun(cmd).(jumpMsg); !ok || b.Text(m.span) != "40 million euros" {
		t.Errorf("click on a detail line: got %#v", paneRun(cmd))
	}
	if s := paneText(p.viewAt(40, 30, true)); !strings.Contains(s, "1/1") {
		t.Errorf("want 1/1 next to the clicked fact:\n%s", s)
	}
}

// BenchmarkFactsPaneNewWidth is the cost of a resize: every row is
// rendered again.
func BenchmarkFactsPaneNewWidth(b *testing.B) {
	p := newTestFacts(paneManyBriefing(2000))
	w := 60
	for b.Loop() {
		w = 121 - w
		p.viewAt(w, 60, true)
	}
}

func TestFactsPaneFocusChangesLook(t *testing.T) {
	p := newTestFacts(paneBriefing(t))
	on, off := p.viewAt(30, 8, true), p.viewAt(30, 8, false)
	if on == off || paneText(on) != paneText(off) {
		t.Error("focus should change the title bar's colours and nothing else")
	}
}

// TestScreenFactsPaneSelectsItsFirstFactOnFocus tabs into the key facts,
// whose footer offers "enter next mention": the first fact is selected at
// once, and enter jumps to its first mention without a j first. In the
// quotes pane, which selects nothing on the way, enter with nothing
// selected shows the quote ] would go to.
func TestScreenFactsPaneSelectsItsFirstFactOnFocus(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {60, 24}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			first := m.b.Facts[m.facts.order[0]]
			quotes, facts := len(m.quotes.order), len(m.facts.order) // read before the program owns the model
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("\t")
			s.waitText("Quotes", " "+itoa(quotes)) // nothing selected: ] goes on from the top
			s.typeKeys("\t")
			s.waitText("Key facts", "1/"+itoa(facts)) // selected on entering the pane
			s.waitFor("the first fact marked selected", func(txt string) bool {
				for _, l := range strings.Split(txt, "\n") {
					if strings.Contains(l, "▌") && strings.Contains(l, first.Text) {
						return true
					}
				}
				return false
			})
			s.typeKeys("\r")
			s.waitText("1/" + itoa(len(first.Mentions)))
			if w < 80 {
				// The jump shows the text, whose next pane is the quotes.
				s.waitFor("the text", func(txt string) bool { return !strings.Contains(txt, "Key facts") })
				s.typeKeys("\t")
				s.waitFor("the quotes pane", func(txt string) bool {
					return strings.HasPrefix(strings.Split(txt, "\n")[2], " Quotes")
				})
			} else {
				s.typeKeys("\t\t")
				s.waitText("Quotes")
			}
			s.typeKeys("\r")
			if w >= 80 {
				s.waitText("1/" + itoa(quotes))
			}
			s.settle() // under 80 the jump shows the text
			final := s.quit()
			if got := final.facts.step; got != 0 {
				t.Errorf("enter stepped to mention %d, want the first", got)
			}
			if got := final.quotes.Selected(); got != nthQuote(t, final.b, 1) {
				t.Errorf("enter in the quotes pane selected quote %d, want the first", got)
			}
		})
	}
}
