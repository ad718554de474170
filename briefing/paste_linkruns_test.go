package briefing

import (
	"slices"
	"strings"
	"testing"
)

// storyLinks are the headlines and kickers of a box of other stories, as a
// page sets them between its article's standfirst and byline.
var storyLinks = []string{
	"Storm closes the coast road for the third time this winter",
	"Weather",
	"Council votes to sell the old bus depot to a housing trust",
	"Housing",
	"Why the island school wants a second teacher next year",
	"Schools",
	"Fishermen ask for more time to land their catch in the summer",
	"On this day: what happened on the fourth of May?",
	"The lighthouse keeper who kept a diary for forty years",
	"History",
}

// TestStoryLinksOverTheByline pastes an article whose page sets a box of
// links to other stories between the standfirst and the byline, each
// headline apart with its kicker: the links leave, the byline under them
// is read, and the standfirst stays the standfirst.
func TestStoryLinksOverTheByline(t *testing.T) {
	const headline = "Night ferries return to the islands in June"
	const dek = "After a winter of one crossing a day, the board has voted to bring the night boats back for the summer season, and fares stay the same."
	body := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.",
		"Islanders who work on the mainland said the change would spare them a night in town twice a week.",
		"The board will review the timetable in October, when the winter crossings are due to be set again.",
	}
	page := headline + "\n\n" + dek + "\n\n" + strings.Join(storyLinks, "\n\n") + "\n\nJana Vogler\n\n03/05/2022 22:46\n\n" + strings.Join(body, "\n\n") + "\n"
	b := importShape(t, page)
	if !slices.Equal(b.Authors, []string{"Jana Vogler"}) {
		t.Errorf("authors %q, want Jana Vogler", b.Authors)
	}
	if b.Standfirst != dek {
		t.Errorf("standfirst %q, want the dek", b.Standfirst)
	}
	checkBody(t, strings.Join(shownBlocks(b), "\n"), storyLinks, body)
}

// TestArticlesOwnListUnderItsByline pastes an article that sets a list of
// points without bullets under its byline: the points are the article's,
// however much they look like the headlines of a box of links.
func TestArticlesOwnListUnderItsByline(t *testing.T) {
	points := []string{
		"He is confident the ferry deal will be passed by the council",
		"The night crossings need two more crews to run all summer",
		"He would speak bluntly about the state of the north pier",
		"He would defend the fares against the calls for a rise",
	}
	page := "Night ferries return to the islands in June\n\nBy Jana Vogler\n\n" +
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.\n\n" +
		strings.Join(points, "\n\n") + "\n\n" +
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.\n\n" +
		"Islanders who work on the mainland said the change would spare them a night in town twice a week.\n"
	checkBody(t, strings.Join(shownBlocks(importShape(t, page)), "\n"), nil, points)
}

// TestStoryLinksOverTheHeadlineOfAPageCopiedWhole pastes a whole page
// whose box of links to other stories stands over the article's headline
// and its standfirst (without a full stop), over the byline: the links
// leave, and the headline and byline are read.
func TestStoryLinksOverTheHeadlineOfAPageCopiedWhole(t *testing.T) {
	const headline = "Night ferries return to the islands in June"
	body := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.",
		"Islanders who work on the mainland said the change would spare them a night in town twice a week.",
		"The board will review the timetable in October, when the winter crossings are due to be set again.",
	}
	page := "Skip to content\nThe Harbour Herald\nSubscribe\nSign in\n\n" + strings.Join(storyLinks, "\n\n") + "\n\n" + headline +
		"\n\nAfter a winter of one crossing a day, the board brings the night boats back for the summer\n\nBy Jana Vogler\n\n" + strings.Join(body, "\n\n") + "\n"
	b := importShape(t, page)
	if b.Title != headline {
		t.Errorf("title %q, want %q", b.Title, headline)
	}
	if !slices.Equal(b.Authors, []string{"Jana Vogler"}) {
		t.Errorf("authors %q, want Jana Vogler", b.Authors)
	}
	checkBody(t, strings.Join(shownBlocks(b), "\n"), storyLinks, nil)
}
