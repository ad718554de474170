package briefing

import (
	"strings"
	"testing"
)

// pageInserts are the boxes and widgets sites set between an article's
// paragraphs, as a copy of the page carries them: one kind each.
var pageInserts = []string{
	"Advertisement",
	"ADVERTISEMENT\nStory continues below advertisement",
	"Read more:\nHow the harbour board spent its winter budget",
	"RELATED: Ferry fares to rise in spring",
	"Sign up for our daily newsletter\nEnter your email\nSubscribe\nBy signing up you agree to our Terms of Use and Privacy Policy.",
	"Share this article\nFacebook\nTwitter\nEmail\nCopy link",
	"Passengers board the night ferry at the north quay. (Photo: Jane Roe/Harbour News)",
	"The night ferry leaves the quay in October. Photograph: Jane Roe/Reuters",
	"Getty Images",
	"Continue reading the main story",
	"Most Read\n1. Ferry fares rise in spring\n2. Storm closes the coast road\n3. Council votes on the bridge",
	"Click here to subscribe",
	"Skip Ad",
	"Recommended\nFerry fares to rise in spring\nStorm closes the coast road",
	"Listen to this article\n5 min",
	"Enlarge this image\ntoggle caption\nJane Roe/Harbour Radio",
	"Media caption The ferry's captain describes the night crossing",
	"Scroll to continue with content",
	"Trending Now\nFerry fares to rise in spring\nStorm closes the coast road",
	"You might also like\nFerry fares to rise in spring\nStorm closes the coast road",
	"Watch: The night ferry crosses the bay\n02:14",
	"Image: Jane Roe/Reuters",
	"Photo by Jane Roe on Unsplash",
	"Support our journalism. Subscribe today.",
	"Follow us on Twitter",
	"Loading...",
	"Play Video",
	"Ad Feedback",
	"Continue Reading Below",
	"Ferry fares to rise in spring - Harbour News",
	"Photo: Harbour News",
	"Ferry fares to rise in spring\nJane Roe\n3 hours ago",
	"Tags: ferries, harbour, transport",
	"[Read: Ferry fares to rise in spring]",
	"Read: Ferry fares to rise in spring",
	"ALSO READ | Ferry fares to rise in spring",
	"READ MORE: Ferry fares to rise in spring",
	"Story continues below",
	"Article continues after this advertisement",
	"Sponsored\nFive ways to save on winter travel\nTravelCo",
	"Podcast\nThe Harbour Hour, episode 12\nListen now",
	"Photo gallery\n1 of 12",
	"View gallery",
	"12 photos",
	"Save\nShare\nPrint",
	"Download the app",
	"Have a news tip? Email us at tips@harbour.example",
	"© 2024 Harbour News. All rights reserved.",
	"Chart: Ferry passengers by year\nSource: Harbour Board",
	"pic.twitter.com/a1B2c3D4e5\n— Jane Roe (@janeroe) March 3, 2024",
	"View this post on Instagram\nA post shared by Harbour News (@harbournews)",
	"Open this photo in gallery:",
	"Hide caption",
	"Expand",
	"1/12",
	"SLIDESHOW",
	"Story continues",
	"More on this story",
	"Standards and Practices|About Harbour News",
	"Together with the Quayside Bakery\n\nOur winter loaves are back. Show this email at the counter and your first coffee is on us.",
	"Brought to you by TravelCo\n\nPlanning a trip to the islands? Book before Friday and save 20% on every crossing.",
}

// pageTails are the boxes sites set under an article's last paragraph,
// as a copy of the page down to them carries them.
var pageTails = []string{
	"Comments\nJoin the conversation\nMarlowe Finch\n2 hours ago\nAbout time the night boats came back, the winter was hard on everyone who works in town.",
	"Tags\nferries\nharbour\ntransport",
	"Topics: Ferries, Harbour, Transport",
	"More from Harbour News\nFerry fares to rise in spring\nStorm closes the coast road\nCouncil votes on the bridge",
	"Share this article\nFacebook\nTwitter\nEmail",
	"Sign up for our daily newsletter\nEnter your email\nSubscribe",
	"© 2024 Harbour News. All rights reserved.",
	"Related\nFerry fares to rise in spring\nStorm closes the coast road",
	"Recommended for you\nFerry fares to rise in spring\nStorm closes the coast road",
	"Most Popular\n1. Ferry fares to rise in spring\n2. Storm closes the coast road",
	"Follow us\nFacebook\nInstagram\nYouTube",
	"Previous article\nFerry fares to rise in spring\nNext article\nStorm closes the coast road",
	"Read next\nFerry fares to rise in spring",
	"Was this article helpful?\nYes\nNo",
	"Report an error\nCorrections and clarifications",
	"Advertisement\nFive ways to save on winter travel\nTravelCo",
	"Have your say\nLeave a comment",
	"Back to top",
	"Terms of Use | Privacy Policy | Cookie Settings | Contact Us",
	"Harbour News\nAbout us\nContact\nCareers\nAdvertise",
	"Corrections and clarifications|Submit a news tip|Report error",
	"Know someone who'd like this newsletter? Refer a friend and get a free mug.\n\nPowered by beehiiv\n\nUpdate your email preferences or unsubscribe here",
}

// insertProbeFloor is the fewest (page, insert) pairs of
// TestInsertsBetweenParagraphs that must read as the page read without
// the insert. On the rules of this test's first commit, 3029 of the first
// 3044 (2913 before its rules: a sponsor's card under "Sponsored" or
// glued under "Advertisement", footer links such as "Corrections and
// clarifications", and an ad's label under the article's last line taken
// for a linked story's source, which cut that line); with the rows of
// links run together with bars, a newsletter's sponsor under "Together
// with" and its footer, 3224 of 3242; 3329 of 3347 once videos-2 and
// yahoo-4 were measured too. Those left: a story card with its
// writer and age on four short pages, where the card's writer is read as
// the article's; photo credits on cnet-svg-classes, whose own caption's
// one-word credit ("Twitter") gives way to them; "More on this story"
// alone on two pages; a sponsor under its label on aktualne; and, on cnn,
// the article's closing source line, dropped under any box.
const insertProbeFloor = 3329

// TestInsertsBetweenParagraphs sets each of pageInserts between two
// paragraphs in the middle of every tuned readability page's headline
// paste that reads with no junk, and imports it again: the insert should
// go, wherever it stands, and take none of the article with it. It
// reports the inserts that stay, and on which pages. So with each of
// pageTails set under the article's last paragraph.
func TestInsertsBetweenParagraphs(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	t.Parallel() // it imports each page dozens of times: the other tests need not wait
	var tally formTally
	for _, p := range cleanTunedPastes(t) {
		if paras, at := middleGap(p.headline); at >= 0 {
			tally.pages++
			for _, ins := range pageInserts {
				tally.add(ins, p.name, p.readsAsBase(p.score(t, setInGap(paras, at, ins))))
			}
		}
		for _, tail := range pageTails {
			page := strings.TrimRight(p.headline, "\n") + "\n\n" + tail + "\n"
			tally.add(tail, p.name, p.readsAsBase(p.score(t, page)))
		}
	}
	tally.report(t, "inserts between paragraphs", append(append([]string{}, pageInserts...), pageTails...), insertProbeFloor)
}
