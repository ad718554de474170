package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestListsASentenceIntroduces pastes a how-to whose list of tools lost
// its bullets, with and without blank lines: the lines the sentence
// introduces with a colon are a list's items, and the last of them is no
// subheading over the next paragraph. A box's label with a colon
// introduces no list.
func TestListsASentenceIntroduces(t *testing.T) {
	const lead = "A dripping tap wastes more water than most people think, and fixing one takes less than an hour with a few basic tools."
	const next = "First, turn off the water supply under the sink and open the tap to drain what is left in the pipe."
	items := []string{"An adjustable spanner", "A new washer", "A flat screwdriver"}
	for name, page := range map[string]string{
		"blank lines":    "How to fix a leaking tap\n\nBy Lena Marsh\n\n" + lead + "\n\nYou will need the following:\n\n" + strings.Join(items, "\n") + "\n\n" + next + "\n",
		"no blank lines": "How to fix a leaking tap\nBy Lena Marsh\n" + lead + "\nYou will need the following:\n" + strings.Join(items, "\n") + "\n" + next + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			b := importShape(t, page)
			if len(b.Sections) != 1 {
				t.Fatalf("%d sections, want the lead alone", len(b.Sections))
			}
			s := b.Sections[0]
			var got []string
			for k, p := range s.Paragraphs {
				if s.Kind(k) == ListItem {
					got = append(got, p)
				}
			}
			if !reflect.DeepEqual(got, items) {
				t.Errorf("list items %q, want %q; paragraphs %q", got, items, s.Paragraphs)
			}
		})
	}
	page := "Floods close the coast road\n\nBy Lena Marsh\n\n" + lead + "\n\nMore on the floods:\nRiver levels rise again in the north\nFerries cancelled until Thursday\n\n" + next + "\n"
	for _, s := range importShape(t, page).Sections {
		for k := range s.Paragraphs {
			if s.Kind(k) == ListItem {
				t.Errorf("a box's links taken for a list: %q", s.Paragraphs)
			}
		}
	}
}
