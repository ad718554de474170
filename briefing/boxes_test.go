package briefing

import (
	"strings"
	"testing"
)

// TestBoxesBetweenParagraphs sets boxes that sites put inside an article
// between two of its paragraphs (a newsletter sign-up, related stories, a
// podcast player, a plea for support, an app offer, a feedback poll, a
// share bar, a photo's credit over its caption) and checks that every
// line of each goes and the article stays whole.
func TestBoxesBetweenParagraphs(t *testing.T) {
	boxes := []string{
		"Sign up for The Harbour Briefing\n\nThe day's top stories, every morning in your inbox.\n\nEnter your email\n\nSign up\n\nBy signing up, you agree to our Privacy Policy.",
		"Related\n\nFerry fares to rise for the third year running\n\nCouncil votes to close the old bridge to lorries\n\nFishermen protest over new quay charges",
		"More on this story\n\nFerry fares to rise for the third year running\n3 March 2023\n\nCouncil votes to close the old bridge to lorries\n1 March 2023",
		"Advertisement\n\nStory continues below advertisement",
		"Listen on Apple Podcasts\nListen on Spotify\nListen on Google Podcasts",
		"Support our journalism\n\nHarbour News is funded by its readers. If you value our reporting, please make a contribution today.\n\nDonate now",
		"Read more\nFerry fares to rise for the third year running\nThe operator blames fuel prices and a new tax on crossings.",
		"Newsletter\nGet the latest harbour news in your inbox\nSubscribe",
		"Watch: The storm hits the north pier\n\n0:45\n\nVideo caption: Waves break over the north pier on Monday night",
		"Recommended\nFerry fares to rise for the third year running\nHarbour News\nCouncil votes to close the old bridge to lorries\nHarbour News",
		"ADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT",
		"Get our free app\nDownload the Harbour News app for iPhone and Android.\nApp Store\nGoogle Play",
		"Did you find this article useful?\nYes\nNo\nThank you for your feedback!",
		"Share this article\nFacebook\nTwitter\nLinkedIn\nWhatsApp\nEmail",
		"You might also like\nFerry fares to rise for the third year running\n3 min read\nCouncil votes to close the old bridge to lorries\n2 min read",
	}
	for _, bx := range boxes {
		page, paras := shapePage(map[int]string{1: bx})
		checkBody(t, bodyText(importShape(t, page)), nonEmptyLines(bx), paras)
	}
}

// TestPullQuotes checks that a pull quote, a sentence of the article set
// apart in large type (with or without its quote marks), goes while the
// paragraph it is taken from stays; and that a short paragraph whose
// words no other paragraph holds stays.
func TestPullQuotes(t *testing.T) {
	said := "\"We will not let the pier fall into the sea,\" the mayor said. \"It is the heart of this town and it has been for a hundred and twenty years. Everyone told us the pier was dead.\""
	paras := append(strings.Split(strings.TrimSpace(shapeBody), "\n\n"), said)
	for _, quote := range []string{
		"\"It is the heart of this town and it has been for a hundred and twenty years.\"",
		"It is the heart of this town and it has been for a hundred and twenty years",
		"“Everyone told us the pier was dead”", // a reporting verb inside the quote
	} {
		page := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + strings.Join(paras[:2], "\n\n") + "\n\n" + quote + "\n\n" + strings.Join(paras[2:], "\n\n") + "\n"
		body := bodyText(importShape(t, page))
		checkBody(t, body, nil, paras)
		if strings.Count(body, "heart of this town") != 1 || strings.Count(body, "pier was dead") != 1 {
			t.Errorf("the pull quote %q is kept:\n%s", quote, body)
		}
	}
	short := "The pier has stood for a hundred and twenty years."
	page, _ := shapePage(map[int]string{2: short})
	checkBody(t, bodyText(importShape(t, page)), nil, append(paras[:4], short))
}

// TestTagListsAndPlayers sets lists of an article's tags on one line and
// audio and video players under the byline and between paragraphs, and
// checks that they go with the article whole: a paragraph over a player's
// times is no chart's caption. (Tags one a line under "Topics" stay: an
// article's own lists are set so too.)
func TestTagListsAndPlayers(t *testing.T) {
	for _, bx := range []string{
		"Harbour · Transport · Council", "Harbour | Transport | Council", "#harbour #transport",
		"Topics: Harbour, Transport", "Listen to this story\n4 min\n0:00\n4:12", "Audio\n1x\n0:00", "Video\n2:31\nPlay",
		"Illustration by Jane Roe",
	} {
		var lines []string
		for _, l := range strings.Split(bx, "\n") {
			lines = append(lines, l+"\n") // whole lines: the tags' words are in the article too
		}
		for _, at := range []int{-1, 1} {
			page, paras := shapePage(map[int]string{at: bx})
			checkBody(t, bodyText(importShape(t, page)), lines, paras)
		}
	}
}
