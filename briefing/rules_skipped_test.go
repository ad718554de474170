package briefing

import "testing"

// TestSkippedBoxLeavesTheBody checks that a box a page sets between
// "skip past …" and "after …" leaves the body with both marks, and that
// the paragraphs around it stay.
func TestSkippedBoxLeavesTheBody(t *testing.T) {
	page := "Rural buses in decline\n\n" +
		"Rural bus services in England have shrunk by almost a third over the past decade, a transport charity found.\n\n" +
		"skip past newsletter promotion\n\nSign up to Green Light\n\nFree weekly newsletter\n\n" +
		"The planet's most important stories. Get all the week's environment news.\n\n" +
		"after newsletter promotion\n\n" +
		"Councils, which pay for most rural routes, say they have been squeezed by the rising cost of drivers.\n"
	checkBody(t, bodyText(importShape(t, page)), []string{"newsletter", "Green Light", "planet's most important"},
		[]string{"Rural bus services", "Councils, which pay"})
}

// TestLastSentenceOverANewsletterBox checks that the article's last
// paragraph, pasted on the line right over a newsletter box (no blank
// lines between), stays, while the box's pitch and button go.
func TestLastSentenceOverANewsletterBox(t *testing.T) {
	page := "Council caps holiday lets\n" +
		"Homeowners will only be able to rent out their properties to holidaymakers for 180 nights a year under new rules passed by the council on Thursday night.\n" +
		"Hosts who rent out a room in the home they live in will not be affected, and the cap will come into force on July 1 next year.\n" +
		"The council will review the cap after two years. Owners who break the limit face fines of up to $5,500 for each breach.\n" +
		"Get the latest harbour news delivered to your inbox\n" +
		"Sign up\n" +
		"We care about the protection of your data. Read our Privacy Policy.\n"
	checkBody(t, bodyText(importShape(t, page)), []string{"Get the latest", "Sign up"}, []string{"fines of up to $5,500"})
}

// TestCurrenciesAndMarketsFurniture checks that amounts in the currencies
// of Africa, Latin America, Asia and northern Europe are figures, and that
// a markets site's tip line and data note leave the body.
func TestCurrenciesAndMarketsFurniture(t *testing.T) {
	page := "Fares rise across the region\n\n" +
		"A ride across Nairobi now costs about 150 shillings, while a fisherman in Chimbote asks for 1,000 soles a month and a nurse in Malmö earns 32,000 kronor.\n\n" +
		"Officials said the prices would be reviewed next year, once the new fuel subsidies had been agreed with the unions.\n\n" +
		"Got a confidential news tip? We want to hear from you.\n\n" +
		"Data is a real-time snapshot *Data is delayed at least 15 minutes.\n"
	b := importShape(t, page)
	figures := map[string]bool{}
	for _, f := range b.Facts {
		if f.Kind == Figure {
			figures[f.Text] = true
		}
	}
	for _, want := range []string{"150 shillings", "1,000 soles", "32,000 kronor"} {
		if !figures[want] {
			t.Errorf("figures %v, want %q among them", figures, want)
		}
	}
	checkBody(t, bodyText(b), []string{"news tip", "Data is delayed"}, []string{"150 shillings"})
}
