package extract

import (
	"strings"
	"testing"
)

// quoteBy returns the quote of r whose text starts with text.
func quoteBy(t *testing.T, r Result, text string) Quote {
	t.Helper()
	for _, q := range r.Quotes {
		if strings.HasPrefix(q.Text, text) {
			return q
		}
	}
	t.Fatalf("no quote %q in %+v", text, r.Quotes)
	return Quote{}
}

// TestAccordingToGivesTheSpeaker checks a reporting phrase of several
// words gives its quote the name beside it: the speaker model reads
// reporting verbs one word at a time, and took the capitalised word that
// opens the sentence instead.
func TestAccordingToGivesTheSpeaker(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"Hard evidence on why the old bridge gave way remains scarce, but “rust, heavy lorries and a poor weld” are all suspected, according to the Regional Transport Board.",
	}))
	if q := quoteBy(t, r, "rust"); q.Speaker != "Regional Transport Board" {
		t.Errorf("speaker %q, want Regional Transport Board", q.Speaker)
	}
}

// TestScareQuotesHaveNoSpeaker checks a quoted term that no reporting
// verb gives to anyone is the writer's: it has no speaker, and a short
// one closed by the sentence's comma is a term too. A person named with
// the term keeps it, as news quotes a person's word.
func TestScareQuotesHaveNoSpeaker(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"This is called a “soft launch” in the trade, and it rarely works.",
		"The shop sells what it advertises as “farm-fresh eggs,” though the farm closed years ago.",
		"Ruth Abernathy dismissed the plan as “a fantasy” on Monday.",
	}))
	for _, text := range []string{"soft launch", "farm-fresh eggs"} {
		if q := quoteBy(t, r, text); q.Speaker != "" || !q.Partial {
			t.Errorf("“%s”: speaker %q, partial %v; want none, a term", text, q.Speaker, q.Partial)
		}
	}
	if q := quoteBy(t, r, "a fantasy"); q.Speaker != "Ruth Abernathy" {
		t.Errorf("“a fantasy”: speaker %q, want Ruth Abernathy", q.Speaker)
	}
}

// TestOnlyWhoCanSpeakSpeaks checks a place, a time, or a noun phrase
// after a preposition is no speaker: the quote goes without one rather
// than to "Norway", "this month" or "the same time". A place that qualifies a title speaks as
// the whole phrase ("the Ohio senator").
func TestOnlyWhoCanSpeakSpeaks(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"Norway has long resisted the idea. “We will not sign anything that hurts our fishermen,” the statement read.",
		"At the same time, the fund claims its fees have saved members “hundreds of millions of dollars” over a decade.",
		"“We are not done yet,” the Ohio senator told supporters.",
		"New posters went up in the stations this month, spelling out the offer: “Lower fares. Same trains,” reads one.",
	}))
	for _, text := range []string{"We will not sign", "hundreds of millions", "Lower fares"} {
		if q := quoteBy(t, r, text); q.Speaker != "" {
			t.Errorf("“%s…”: speaker %q, want none", text, q.Speaker)
		}
	}
	if q := quoteBy(t, r, "We are not done"); q.Speaker != "the Ohio senator" {
		t.Errorf("“We are not done…”: speaker %q, want the Ohio senator", q.Speaker)
	}
}

// TestANameKeepsOneKind checks every mention of a name is of one kind,
// though the tagger reads a store chain in a list as a person and alone
// as a place, and that a name ending in a person's name is that person.
func TestANameKeepsOneKind(t *testing.T) {
	for _, paras := range [][]string{
		{
			"Shoppers in the valley now split their weekly spending between Walmart, Kroger and Costco, a survey found.",
			"Prices at Costco rose by two percent last year, while Walmart cut the price of milk.",
			"Analysts at Brightwater expect Walmart to keep cutting prices.",
		},
		{
			"The raid on the compound in Abbottabad ended the hunt for Osama bin Laden.",
			"Officials said Bin Laden had lived there for five years.",
		},
	} {
		r := Analyze(NewDoc(paras))
		kinds := map[string]EntityKind{}
		for _, e := range r.Entities {
			if e.Kind == None || e.Kind == MiscName {
				continue
			}
			if k, ok := kinds[e.Name]; ok && k != e.Kind {
				t.Errorf("%s is a %s and a %s", e.Name, k, e.Kind)
			}
			kinds[e.Name] = e.Kind
		}
		if k, ok := kinds["Osama bin Laden"]; ok && k != PersonName {
			t.Errorf("Osama bin Laden is a %s, want a person as Bin Laden", k)
		}
	}
}

// TestIslandsAndSeasArePlaces checks a place named with a word that also
// ends organisations' names ("Island", "Sea") stays a place, while one
// named with an institution's word is an organisation.
func TestIslandsAndSeasArePlaces(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"Ferries between Bluff and Stewart Island were cancelled as storms crossed the Bering Sea and the Tasman Sea.",
		"Researchers at Otago Regional University tracked the storms.",
	}))
	want := map[string]EntityKind{"Stewart Island": PlaceName, "Bering Sea": PlaceName, "Tasman Sea": PlaceName, "Otago Regional University": OrgName}
	for _, e := range r.Entities {
		if k, ok := want[e.Name]; ok && e.Kind != k {
			t.Errorf("%s is a %s, want a %s", e.Name, e.Kind, k)
		}
	}
}

// TestQuotedNounPhraseIsATerm checks a quote that stands where a noun
// phrase does, right after an article or a preposition, is a term however
// long: nobody says it when no reporting verb does.
func TestQuotedNounPhraseIsATerm(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"The roaster sells its beans online, and there is nothing modest about a “hand-picked, small-batch, slow-roasted single-estate bean.”",
	}))
	if q := quoteBy(t, r, "hand-picked"); q.Speaker != "" || !q.Partial {
		t.Errorf("speaker %q, partial %v; want none, a term", q.Speaker, q.Partial)
	}
}

// TestTheOneWhoSaidItSpeaks checks the review's cases of the rules above
// misfiring: a source given with "according to" beside a reporting verb
// passes the quote on and does not speak it; a capital or a state beside
// its reporting verb is its government speaking; a person the tagger
// takes for a place still speaks beside the verb, and a surname said
// again is the person named before; "one of the nurses" speaks; an
// organisation named after its founder stays an organisation.
func TestTheOneWhoSaidItSpeaks(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"“It is over,” she told reporters on the courthouse steps, according to the Harbour Herald.",
		"“We will rebuild the whole front,” the mayor said, according to Reuters.",
		"“We will respond in kind,” Beijing said in a statement on Tuesday.",
		"Paris Hilton opened her first shop in Paris in the spring. “I have loved this city since I was a child,” Paris Hilton said.",
		"“It was chaos every night,” said one of the nurses, who asked not to be named.",
	}))
	for text, want := range map[string]string{
		"It is over": "she", "We will rebuild": "the mayor", "We will respond": "Beijing",
		"I have loved this city": "Paris Hilton", "It was chaos": "the nurses",
	} {
		if q := quoteBy(t, r, text); q.Speaker != want {
			t.Errorf("“%s…”: speaker %q, want %q", text, q.Speaker, want)
		}
	}
	r = Analyze(NewDoc([]string{
		"The basketball great Michael Jordan, who was visiting Amman for a charity game, said he hoped the talks in Jordan would succeed. “Sport can bring people together,” Jordan said.",
	}))
	if q := quoteBy(t, r, "Sport can bring"); q.Speaker != "Michael Jordan" {
		t.Errorf("“Sport can bring…”: speaker %q, want Michael Jordan", q.Speaker)
	}
	r = Analyze(NewDoc([]string{
		"Denzel Washington visited the new film school on Tuesday and met students in its editing rooms.",
		"“These kids are the future of this business,” Washington said.",
	}))
	if q := quoteBy(t, r, "These kids"); q.Speaker == "" {
		t.Errorf("“These kids…”: no speaker, want Washington")
	}
	r = Analyze(NewDoc([]string{
		"The Centre Georges Pompidou will close for five years from the autumn, the ministry said. Its building is named after Georges Pompidou, the former president.",
	}))
	found := false
	for _, e := range r.Entities {
		if e.Name == "Centre Georges Pompidou" {
			found = true
			if e.Kind != OrgName {
				t.Errorf("%s: %v, want an organisation", e.Name, e.Kind)
			}
		}
	}
	if !found {
		t.Errorf("no Centre Georges Pompidou in %+v", r.Entities)
	}
}
