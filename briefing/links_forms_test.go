package briefing

import "testing"

// TestLinksToOtherStoriesAsSitesWriteThem sets a link to another story
// between an article's paragraphs, and under its last, in the forms sites
// write them: after a label ("Related Story:", "Lire aussi :", "Lesen Sie
// auch:"), or before its reading time; each goes and the article stays whole. (Trailing labels
// over a headline under the last paragraph are checked only between
// paragraphs.)
func TestLinksToOtherStoriesAsSitesWriteThem(t *testing.T) {
	const h = "Ferry fares to rise for the third year running"
	for _, f := range []string{
		h + " 3 min read", "MUST READ: " + h,
		"SEE MORE: " + h, "DON'T MISS: " + h,
		"Related Story: " + h, "Related Article: " + h, "Related Video: " + h,
		"Related Content: " + h, "Read the full story: " + h, "Lee también: " + h,
		"Mirá también: " + h, "Lire aussi : " + h, "Leia também: " + h, "Lesen Sie auch: " + h,
		"Auch interessant: " + h, "Leggi anche: " + h, "Lees ook: " + h, "Ver también: " + h,
		"Te puede interesar: " + h, "LEA TAMBIÉN: " + h, "Also read: " + h,
		"READ ALSO: " + h, "Read also: " + h, "Recommended: " + h,
		"Read next: " + h, "Next story: " + h, "Previous story: " + h, "Next article: " + h,
		"Previous article: " + h, "Watch: " + h, "Listen: " + h, "Video: " + h, "Keep reading\n" + h,
		"Also read\n" + h, "Related\n" + h, "Read more\n" + h, "Leggi anche\n" + h, "Lees ook\n" + h,
		"Read more\n\n" + h, "Related\n\n" + h, "Keep reading\n\n" + h, "Also read\n\n" + h,
	} {
		for _, at := range []int{1, 3} {
			if at == 3 && (f == "Keep reading\n"+h || f == "Also read\n"+h || f == "Leggi anche\n"+h || f == "Lees ook\n"+h ||
				f == "Keep reading\n\n"+h || f == "Also read\n\n"+h) {
				continue
			}
			page, paras := shapePage(map[int]string{at: f})
			checkBody(t, bodyText(importShape(t, page)), []string{"Ferry fares"}, paras)
		}
	}
}

// TestEmbeddedPostsAndTheirConsent sets embedded posts of social networks
// between an article's paragraphs, with the lines a page sets around them
// (the post's signature and link, a consent box, "End of Twitter post"),
// and checks that those lines go and the article stays whole.
func TestEmbeddedPostsAndTheirConsent(t *testing.T) {
	for _, f := range []string{
		"The pier is gone. Heartbreaking to see this morning. pic.twitter.com/abc123\n— Jane Roe (@janeroe) March 3, 2017",
		"The pier is gone. Heartbreaking to see this morning. pic.twitter.com/abc123\n\n— Harbour News (@harbournews) 3 March 2017",
		"A post shared by Jane Roe (@janeroe) on Mar 3, 2017 at 4:05pm PST",
		"View this post on Instagram\nA post shared by Jane Roe (@janeroe)",
		"Twitter: @harbournews", "Loading tweet...", "Tweet may have been deleted", "See more on Twitter", "Watch on YouTube",
		"This content is not available due to your privacy preferences.",
		"Allow Twitter content?\nThis article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. To view this content, click 'Allow and continue'.\nAllow and continue",
		"Skip Twitter post, 1\nAllow Twitter content?\nEnd of Twitter post, 1",
		"Embedded video", "Embed", "Open in YouTube",
	} {
		page, paras := shapePage(map[int]string{1: f})
		checkBody(t, bodyText(importShape(t, page)), nonEmptyLines(f), paras)
	}
}
