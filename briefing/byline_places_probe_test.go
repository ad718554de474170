package briefing

import (
	"slices"
	"strings"
	"testing"
)

// bylinePlaceForms are bylines as sites set them, set by
// TestBylinesInOtherPlaces into pages that have none.
var bylinePlaceForms = []string{
	"By Jane Roe",
	"BY JANE ROE",
	"Jane Roe",
	"Jane Roe\nMarch 3, 2024",
	"By Jane Roe and Omar Haddad",
	"Jane Roe, Staff Writer",
	"Written by Jane Roe",
	"Jane Roe | March 3, 2024",
	"By Jane Roe, Harbour News",
	"Posted by Jane Roe on March 3, 2024",
}

// bylinePlaces are where TestBylinesInOtherPlaces sets a byline: blocks
// is a headline paste's blocks, the headline first; place returns them
// with the byline set in, or nil where the page has no such place.
var bylinePlaces = []struct {
	name  string
	place func(p cleanPaste, blocks []string, byline string) []string
}{
	{"under the headline", func(_ cleanPaste, bl []string, by string) []string { return slices.Insert(slices.Clone(bl), 1, by) }},
	{"under the line under the headline", func(p cleanPaste, bl []string, by string) []string {
		if p.isArticleText(bl[1]) {
			return nil // the article's first paragraph: the one paragraph over a byline is its standfirst
		}
		return slices.Insert(slices.Clone(bl), 2, by) // under a standfirst, a caption, a date
	}},
}

// bylinePlacesFloor is the fewest (page, form, place) triples of
// TestBylinesInOtherPlaces read right: all 110 on the rules of this test's
// first commit.
const bylinePlacesFloor = 110

// TestBylinesInOtherPlaces sets each of bylinePlaceForms into every tuned
// readability page whose headline paste reads with no junk and no
// writer, in each of bylinePlaces, and reads the page again: the writers
// should be the byline's, and the title and the body as before.
func TestBylinesInOtherPlaces(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	t.Parallel()
	var forms []string // the (place, form) pairs as the tally names them
	for _, pl := range bylinePlaces {
		for _, f := range bylinePlaceForms {
			forms = append(forms, pl.name+": "+f)
		}
	}
	var tally formTally
	for _, p := range cleanTunedPastes(t) {
		if len(p.b.Authors) > 0 || !p.base.titleOK {
			continue
		}
		blocks := strings.Split(strings.TrimRight(p.headline, "\n"), "\n\n")
		if len(blocks) < 4 {
			continue
		}
		tally.pages++
		for _, pl := range bylinePlaces {
			for _, f := range bylinePlaceForms {
				want := []string{"Jane Roe"}
				if strings.Contains(f, "Omar") {
					want = append(want, "Omar Haddad")
				}
				placed := pl.place(p, blocks, f)
				if placed == nil {
					continue
				}
				page := strings.Join(placed, "\n\n") + "\n"
				b, err := Import(p.name+".txt", []byte(page))
				if err != nil {
					t.Fatalf("%s: %v", p.name, err)
				}
				s := p.scoreImported(b, page)
				tally.add(pl.name+": "+f, p.name+" "+strings.Join(b.Authors, "; "), sameNames(b.Authors, want) && s.title == p.base.title && p.readsAsBase(s))
			}
		}
	}
	tally.report(t, "bylines in other places", forms, bylinePlacesFloor)
	if tally.pages < 8 {
		t.Errorf("only %d pages to set the bylines in, want 8 at least", tally.pages)
	}
}
