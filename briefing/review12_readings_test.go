package briefing

import "testing"

// TestReadingsATwelfthReviewFoundFalse imports the inputs of a twelfth
// review of the paste rules (testdata/review12): a byline whose surname
// ends a standfirst with no full stop ("Tom Hill" over "… Pendle Hill"),
// the subject's line over a relative named first ("her brother Chidi
// Nwosu" over "Ms Nwosu"), over the subject by a shorter name ("Mary
// Carter" under "Mary Ellen Carter", "Bob Penrose" under "Robert
// Penrose"), a relative with a courtesy title first ("Dr Chidi Nwosu")
// and a list of acronyms under a sentence's colon ("NASA").
func TestReadingsATwelfthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review12", []reviewReading{
		{file: "r12_b01_surname_ends_standfirst_nostop", authors: []string{"Tom Hill"}},
		{file: "r12_b02_relative_named_first", authors: []string{}},
		{file: "r12_b03_middle_name_subject", authors: []string{}},
		{file: "r12_b04_relative_named_first_noblank", authors: []string{}},
		{file: "r12_b05_shorter_name_subject", authors: []string{}},
		{file: "r12_b06_relative_with_courtesy_title", authors: []string{}},
	})
	b := importReviewInput(t, "review12", "r12_l01_capitals_items_under_colon")
	items := map[string]bool{}
	for _, s := range b.Sections {
		for k, p := range s.Paragraphs {
			if s.Kind(k) == ListItem {
				items[p] = true
			}
		}
	}
	for _, w := range []string{"NASA", "ESA", "JAXA", "ISRO"} {
		if !items[w] {
			t.Errorf("r12_l01: %q is no list's item", w)
		}
	}
}
