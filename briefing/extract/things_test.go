package extract

import "testing"

// TestThingsAreNoPeople checks that names the text makes things, not
// people, leave the people: a name after a common noun phrase that says
// what it is, an interjection, a common word the text also writes in
// lower case; that a company's possessive makes an organisation, and that
// a law is no organisation.
func TestThingsAreNoPeople(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // name -> kind, "" for not listed at all
	}{
		{"Many deals, like the now-famous one struck with the search engine Zorbix, which may result in a payment of up to $1 billion, will contain new terms.",
			map[string]string{"Zorbix": ""}},
		{"The disease is threatening the giant Tane Wharo, which may be 2,000 years old, and other old trees.",
			map[string]string{"Tane Wharo": ""}},
		{"The case was argued by Andrew Pincott of the law firm Harlow Brent.",
			map[string]string{"Harlow Brent": "org", "Andrew Pincott": "person"}},
		{"Ahh, if only Verizon had bought it in 2010.",
			map[string]string{"Ahh": "", "Verizon": "org"}},
		{"Officials want more money to cure Tarpen dieback, which is killing the native tarpen trees of the north.",
			map[string]string{"Tarpen": ""}},
		{"Shareholders can ask a court to value their shares, which is what happened in Brelco's buyout in 2013.",
			map[string]string{"Brelco": "org"}},
		{"Investment companies are subject to special regulation under the Securities Trading Act of 1934.",
			map[string]string{"Securities Trading Act": ""}},
		{"She filed a request under the Freedom of Information Act (FOIA) last year, and the FOIA office refused it.",
			map[string]string{"Freedom of Information Act": "", "FOIA": ""}},
		{"Forty whales died on Pukenui beach, and rangers returned to Pukenui Beach the next day.",
			map[string]string{"Pukenui Beach": "place", "Pukenui": ""}},
	}
	for _, tt := range tests {
		checkKinds(t, []string{tt.text}, tt.want)
	}
}

// TestThingsStayWhatTheyAre checks the names those rules must leave as
// they are: a reference's author after its back-links ("^ a b"), a place
// after a word that ends places' names, a person whose nickname the text
// writes in lower case.
func TestThingsStayWhatTheyAre(t *testing.T) {
	tests := []struct {
		paras []string
		want  map[string]string
	}{
		{[]string{"^ a b Swarbrick, Nancy (June 2010). \"Creative life – Music\". Te Ara: The Encyclopedia of New Zealand."},
			map[string]string{"Swarbrick": "person"}},
		{[]string{"Early European maps labelled the islands North (North Island), Middle (South Island) and South (Stewart Island)."},
			map[string]string{"North": "place"}},
		{[]string{"Dimi fixed Bug 1677710, which broke the password manager.", "The code has been recently fixed! Thanks, dimi!"},
			map[string]string{"Dimi": "person"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.paras, tt.want)
	}
}

// TestLoneListedPlaces checks that a listed place of one word the tagger
// leaves unnamed is a place ("1. Finland 2. Norway"), and that a listed
// place inside a longer name is not ("Paris Hilton", "Tour de France",
// "Bank of Finland").
func TestLoneListedPlaces(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
	}{
		{"The overall rankings were as follows: 1. Finland 2. Norway 3. Australia 4. Canada",
			map[string]string{"Finland": "place", "Norway": "place", "Australia": "place", "Canada": "place"}},
		{"In Finland, the scheme costs less. Paris Hilton attended the Tour de France, and the Bank of Finland said rates would rise.",
			map[string]string{"Finland": "place", "Paris": "", "France": ""}},
	}
	for _, tt := range tests {
		checkKinds(t, []string{tt.text}, tt.want)
	}
}

// TestUnknownWordsTheTextPlaces checks that a name of one word the
// tagger takes for a person's, which no list knows as a person's name, is
// a place when the text places something there ("near Kelvale",
// "downtown Marhaven's", "near Torrebesa"), and no one otherwise.
func TestUnknownWordsTheTextPlaces(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
	}{
		{"Margaret Ellison, 74, lives in Thornby Moor, near Kelvale, where the last bus was withdrawn in 2023.", map[string]string{"Kelvale": "place"}},
		{"The towers could become one of downtown Marhaven's largest affordable housing projects.", map[string]string{"Marhaven": "place"}},
		{"\"We use less,\" said Pau Camps, who grows peaches and pears near Torrebesa and leads a local irrigators' group.", map[string]string{"Torrebesa": "place"}},
	}
	for _, tt := range tests {
		checkKinds(t, []string{tt.text}, tt.want)
	}
}
