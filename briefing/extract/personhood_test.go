package extract

import (
	"strings"
	"testing"
)

// kindsOf returns, by name, the kind of every key fact of d and of every
// person: "person", "org", "place", "date" or "figure".
func kindsOf(d *Doc) (map[string]string, Result) {
	r := Analyze(d)
	got := map[string]string{}
	for _, e := range r.Entities {
		if e.Kind == PersonName && len(e.Mentions) > 0 {
			got[e.Name] = "person"
		}
	}
	for _, f := range Facts(d, r) {
		got[f.Text] = [...]string{"", "org", "place", "date", "figure"}[f.Kind]
	}
	return got, r
}

// checkKinds checks the kinds kindsOf gives the names of want in the text
// of paras: "" for a name not listed at all.
func checkKinds(t *testing.T, paras []string, want map[string]string) {
	t.Helper()
	got, _ := kindsOf(NewDoc(paras))
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%q: %s is %q, want %q (%v)", paras, name, got[name], kind, got)
		}
	}
}

// TestPronounSpeakerIsAPerson checks that "he said" is never given to a
// place the tagger took for a person: the speaker stays "he" when no
// person is named before it, and is the person when one is.
func TestPronounSpeakerIsAPerson(t *testing.T) {
	tests := []struct {
		paras []string
		want  string // the quote's speaker
		place string // a name that must not be a person
	}{
		{[]string{
			"Police said a man had been charged after a stabbing in the city centre on Saturday night.",
			"A 34-year-old man from Bendigo was arrested at the scene.",
			"“I saw him running down the street with a knife,” he said.",
		}, "he", "Bendigo"},
		{[]string{
			"Fire crews were called to a house on the edge of town on Sunday.",
			"A 52-year-old woman from Wodonga was taken to hospital.",
			"“The smoke was everywhere, I couldn't see the door,” she said.",
		}, "she", "Wodonga"},
		{[]string{
			"Fire crews were called to a house on the edge of town on Sunday.",
			"Mary Calloway, a 52-year-old nurse from Wodonga, was taken to hospital.",
			"“The smoke was everywhere, I couldn't see the door,” she said.",
		}, "Mary Calloway", "Wodonga"},
	}
	for _, tt := range tests {
		d := NewDoc(tt.paras)
		got, r := kindsOf(d)
		if len(r.Quotes) != 1 {
			t.Fatalf("%q: %d quotes, want 1", tt.paras[2], len(r.Quotes))
		}
		if s := r.Quotes[0].Speaker; s != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.paras[1], s, tt.want)
		}
		if got[tt.place] == "person" {
			t.Errorf("%q: %s is listed among the people", tt.paras[1], tt.place)
		}
	}
}

// TestNamesTheTextMakesNoPeople checks the key facts' kinds of names the
// tagger reads wrongly on their own, where the text around them tells
// what they are.
func TestNamesTheTextMakesNoPeople(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // name -> kind, "" for not listed at all
	}{
		// a name listed with an organisation the lists know is one
		{"Two Chinese graphics-chip designers, Quorra Technology and Brindle Threads, were added to the list on Tuesday.",
			map[string]string{"Quorra Technology": "org", "Brindle Threads": "org"}},
		{"Large technology companies such as Google, Meta, Microsoft and Amazon now pay for a growing share of new cables.",
			map[string]string{"Google": "org", "Amazon": "org"}},
		// a company that brings out a product by name, and the product
		{"In late August, Huawei released the Mate 60 Pro smartphone, powered by a faster processor.",
			map[string]string{"Huawei": "org", "Mate": ""}},
		// an acronym the text writes out in lower case is a common noun
		{"Demand for artificial-intelligence chips has soared, and Nvidia, whose processors dominate the market for training AI systems, has gained most.",
			map[string]string{"AI": "", "Nvidia": "org"}},
		{"The gross domestic product (GDP) of the country grew by 2 percent, and GDP growth is expected to slow next year.",
			map[string]string{"GDP": ""}},
		// but not one named on its own, whatever a compound spells
		{"The high-profile merger made the board of HP nervous, and HP was bleeding cash after the deal.",
			map[string]string{"HP": "org"}},
		// the name of a list is no organisation
		{"Both companies were added to the government's Entity List, which bars American suppliers from dealing with them.",
			map[string]string{"Entity List": ""}},
	}
	for _, tt := range tests {
		checkKinds(t, []string{tt.text}, tt.want)
	}
}

// TestPeopleStayPeople checks that people stay people where they are
// listed with organisations or places, or named after "from".
func TestPeopleStayPeople(t *testing.T) {
	tests := []struct {
		text   string
		people []string
	}{
		{"The lawsuit named Microsoft and Bill Gates as defendants.", []string{"Bill Gates"}},
		{"The letter from Obama arrived on Monday, and aides to Senator Warren and Microsoft read it.", []string{"Warren"}},
		{"Joni Ernst in Iowa and Thom Tillis in North Carolina both won their races.", []string{"Joni Ernst", "Thom Tillis"}},
		{"Groups like Emily's List and Planned Parenthood spent heavily, said Tapper, Bash and Blitzer.", nil},
	}
	for _, tt := range tests {
		got, _ := kindsOf(NewDoc([]string{tt.text}))
		for _, p := range tt.people {
			if got[p] != "person" {
				t.Errorf("%q: %s is %q, want a person (%v)", tt.text, p, got[p], got)
			}
		}
		for name, kind := range got {
			if strings.Contains(name, "List") && kind == "" {
				t.Errorf("%q: %s left out", tt.text, name)
			}
		}
	}
}
