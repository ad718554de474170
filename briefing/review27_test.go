package briefing

import "testing"

// TestArticleLinesLikeNewsletterFooters checks that an article's
// paragraphs that open with the words of a newsletter's footer
// ("Unsubscribe", "Refer a friend", "Know someone who'd like", "Powered
// by Ghost") stay: the footer's lines go whole or with their own words
// after them, not every paragraph that opens so.
func TestArticleLinesLikeNewsletterFooters(t *testing.T) {
	for _, l := range []string{
		"Unsubscribe rates rose sharply after the newsletter changed hands, the company said in its annual report.",
		"Unsubscribed readers said they had tired of the daily emails about the harbour.",
		"Refer a friend schemes, which pay members for each new signup, are under review by the regulator.",
		"Know someone who'd like to crew a lifeboat? The charity says it needs twenty more volunteers by summer.",
		"Powered by ghost stories and local legends, the festival drew thousands to the quay.",
	} {
		page, paras := shapePage(map[int]string{1: l})
		checkBody(t, bodyText(importShape(t, page)), nil, append(paras, l))
	}
	for _, l := range []string{"Unsubscribe", "Refer a friend", "Powered by Ghost", "Unsubscribe from this list",
		"Know someone who'd like this newsletter? Forward it on."} {
		page, paras := shapePage(map[int]string{3: l})
		checkBody(t, bodyText(importShape(t, page)), []string{l}, paras)
	}
}

// TestSubheadingsLikeSponsorLabels checks that an article's subheading
// that opens with the words of a newsletter's sponsor label ("Together
// with", "Brought to you by", "In partnership with", "Presented by")
// stays with the paragraph under it when that paragraph reports what
// someone said, though it says "you" or opens with a verb of an
// advertiser's ("Join", "Get"), or when the label names no sponsor.
func TestSubheadingsLikeSponsorLabels(t *testing.T) {
	for _, c := range [][2]string{
		{"Together with the union", "“If you want a fair deal, you have to stand together,” the union leader told the fishermen at the quay on Monday."},
		{"Together with the union", "Join the union, its leaders told the fishermen, and the council will have to listen to the fleet."},
		{"Brought to you by volunteers", "The festival costs nothing to enter, and the volunteers say you can bring your own food and drink."},
		{"Brought to you by volunteers", "Get there early: the stalls open at nine and the best of the fish is gone by ten."},
		{"In partnership with the council", "Get the boats out of the water by October, the harbour master told owners, or pay a fine."},
		{"Presented by the mayor", "“You have all earned this,” the mayor told the crew as she handed them the medals."},
	} {
		page, paras := shapePage(map[int]string{1: c[0] + "\n\n" + c[1]})
		checkBody(t, bodyText(importShape(t, page)), nil, append(paras, c[0], c[1]))
	}
	// A sponsor under its label still goes with its pitch.
	page, paras := shapePage(map[int]string{1: "In partnership with Harbour Lights Cinema\n\nThis week only: two tickets for the price of one. Book online before Sunday."})
	checkBody(t, bodyText(importShape(t, page)), []string{"Harbour Lights", "two tickets"}, paras)
}

// TestTableRowsWithBars checks that a table's rows run together with bars
// and no space, which hold figures ("Harbour FC|10|7"), stay: they are no
// row of links.
func TestTableRowsWithBars(t *testing.T) {
	for _, row := range []string{"Harbour FC|10|7", "Pier Rovers|10|5|22"} {
		page, paras := shapePage(map[int]string{1: row})
		checkBody(t, bodyText(importShape(t, page)), nil, append(paras, row))
	}
	page, paras := shapePage(map[int]string{1: "Harbour FC|10|7\nPier Rovers|10|5\nQuay United|10|2"})
	checkBody(t, bodyText(importShape(t, page)), nil, append(paras, "Quay United|10|2"))
}

// TestListsGluedUnderAdLabels checks that an article's subheading and the
// short lines of the list under it, glued under an ad's label
// ("Advertisement", "Sponsored"), stay: a card under the label is a
// headline and an advertiser's name, which the next line is set apart
// from.
func TestListsGluedUnderAdLabels(t *testing.T) {
	for _, c := range []struct {
		insert string
		keep   []string
	}{
		{"Advertisement\nWhat the council agreed\nA new pier\nTwo new berths\nA fish market", []string{"What the council agreed", "A new pier"}},
		{"Sponsored\nWhat the council agreed\nA new pier\nTwo new berths", []string{"What the council agreed", "A new pier"}},
		{"Advertisement\nNight ferry times\nMonday 9pm\nWednesday 9pm\nFriday 11pm", []string{"Night ferry times"}},
	} {
		page, paras := shapePage(map[int]string{1: c.insert})
		checkBody(t, bodyText(importShape(t, page)), []string{"Advertisement", "Sponsored"}, append(paras, c.keep...))
	}
}
