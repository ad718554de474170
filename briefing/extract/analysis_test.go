package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSpeakersAcrossLanguages checks the quote marks and reporting verbs
// of English, French and German news give a quote its speaker and role.
func TestSpeakersAcrossLanguages(t *testing.T) {
	for _, c := range []struct {
		name, text, speaker, role string
	}{
		{"english after", `"We tried everything we could to keep the mill open," said Jon Berg, a farmer from Tromsø.`, "Jon Berg", "farmer"},
		{"english before", `Maria Olsen, the harbour master, told reporters: "The ferries will run again on Monday."`, "Maria Olsen", "harbour master"},
		{"french guillemets", `« Nous ne céderons pas sur ce point », a déclaré Laurent Fabius, ministre des Affaires étrangères.`, "Laurent Fabius", "ministre"},
		{"german low-high marks", `„Wir werden diese Entscheidung nicht hinnehmen“, sagte Angela Merkel am Montag in Berlin.`, "Angela Merkel", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Analyze(NewDoc([]string{c.text}))
			if len(r.Quotes) != 1 {
				t.Fatalf("%d quotes, want 1: %+v", len(r.Quotes), r.Quotes)
			}
			q := r.Quotes[0]
			if q.Speaker != c.speaker || !strings.Contains(q.Role, c.role) {
				t.Errorf("speaker %q, role %q; want %q with %q", q.Speaker, q.Role, c.speaker, c.role)
			}
		})
	}
}

// TestPronounSpeakerIsThePerson checks a quote attributed to "she" names
// the woman named before it, not the man named last.
func TestPronounSpeakerIsThePerson(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"Karen Whitfield, the committee's chairwoman, met Daniel Okafor on Tuesday to discuss the budget.",
		`"We are close, but not there yet," she said after the meeting.`,
	}))
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker != "Karen Whitfield" {
		t.Fatalf("quotes %+v, want one by Karen Whitfield", r.Quotes)
	}
}

// TestSurnameFindsTheFullName checks a later mention by surname is the
// person named in full, and that their mentions are all found.
func TestSurnameFindsTheFullName(t *testing.T) {
	d := NewDoc([]string{
		"Valeria Yashchenko, a researcher at Moscow State University, has studied the talks for years.",
		`"It is long overdue," Yashchenko said.`,
	})
	r := Analyze(d)
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker != "Valeria Yashchenko" || !strings.Contains(r.Quotes[0].Role, "researcher") {
		t.Fatalf("quotes %+v, want one by Valeria Yashchenko, researcher", r.Quotes)
	}
	for _, e := range r.Entities {
		if e.Name == "Valeria Yashchenko" && len(e.Mentions) != 2 {
			t.Errorf("%d mentions of %s, want 2", len(e.Mentions), e.Name)
		}
	}
}

// TestItSpeaksForTheThingBefore checks that a quotation "it" says is said
// by the document or body the sentence before opens with, and not by a
// noun its sentence goes on to.
func TestItSpeaksForTheThingBefore(t *testing.T) {
	tests := []struct {
		paras []string
		want  string
	}{
		{[]string{"The report, published on Monday, says 1,240 villages now have no bus at all. It describes the loss as “a slow disconnection of rural England that nobody voted for”."},
			"The report"},
		{[]string{"The staff report tabled at the meeting estimated that 420 homes could return to the market, although it warned that “the effect is likely to be modest and gradual”."},
			"The staff report"},
		{[]string{"For instance, the paper notes the government monitors 20,000 mosques, and it says “the charities are watched closely by the authorities”."},
			"it"},
	}
	for _, tt := range tests {
		r := Analyze(NewDoc(tt.paras))
		if len(r.Quotes) != 1 || r.Quotes[0].Speaker != tt.want {
			t.Errorf("%q: quotes %+v, want one by %q", tt.paras[0], r.Quotes, tt.want)
		}
	}
}

// TestSurnameJoinsANameReadAsAnOrganisation checks that a person's full
// name the tagger reads as an organisation's, and their surname after it,
// are one person: the quote the surname's "he" says is the full name's.
func TestSurnameJoinsANameReadAsAnOrganisation(t *testing.T) {
	d := NewDoc([]string{
		"Femi Adeyemi headed an 88th-minute winner as Harbourside beat Kelston Rovers 2-1 at Wembley.",
		`Adeyemi, 33, who came through the academy, said he had dreamed of the moment. "My dad used to bring me to watch us lose 3-0 in the rain," he said.`,
	})
	if an := newAnalysis(d, builtin()); an.m.People != nil {
		r := Analyze(d)
		if len(r.Quotes) != 1 || r.Quotes[0].Speaker != "Femi Adeyemi" {
			t.Errorf("quotes %+v, want one by Femi Adeyemi", r.Quotes)
		}
		for _, e := range r.Entities {
			if e.Kind == PersonName && e.Name == "Adeyemi" {
				t.Errorf("Adeyemi is a person apart from Femi Adeyemi")
			}
		}
	}
	for _, tt := range []struct{ a, b string }{
		{"Nadia Okonjo opened the second half with a goal as Porthaven beat Eastmoor 2-1.", `Okonjo, 24, said afterwards: "We never stopped believing."`},
		{"Tomasz Wielgus, a lawyer for the families, filed the complaint on Monday.", `"They deserve answers," Wielgus said.`},
	} {
		r := Analyze(NewDoc([]string{tt.a, tt.b}))
		full := strings.Join(strings.Fields(tt.a)[:2], " ")
		full = strings.TrimSuffix(full, ",")
		if len(r.Quotes) != 1 || r.Quotes[0].Speaker != full {
			t.Errorf("%q: quotes %+v, want one by %s", tt.b, r.Quotes, full)
		}
	}
}

// TestGivenNameOpeningTheSentence checks that a given name no list holds,
// opening a sentence before a surname and its apposition, is part of the
// name ("Rizal Hamid, chief executive of Pasarku"), and that an adverb
// opening the sentence is not ("Separately Hamid, ...").
func TestGivenNameOpeningTheSentence(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Some customers were reviewing their contracts. Rizal Hamid, chief executive of Pasarku, said the company would move part of its systems to a second provider.", "Rizal Hamid"},
		{"Separately Hamid, the chief executive, said the company would move.", "Hamid"},
		{"Afterwards Hamid, the chief executive, said the company would move.", "Hamid"},
	}
	for _, tt := range tests {
		an := newAnalysis(NewDoc([]string{tt.text}), builtin())
		var people []string
		for _, e := range an.ents {
			if e.Kind == PersonName {
				people = append(people, e.Name)
			}
		}
		if !slices.Contains(people, tt.want) {
			t.Errorf("%q: people %q, want %q among them", tt.text, people, tt.want)
		}
	}
}

// TestShortNameOfAnInstitution checks that a person named by a word no
// list knows as a person's name, which begins the name of an organisation
// the text gives in full, is that organisation's short name, while a known
// surname beside such a name, or a word beginning a place's name, stays a
// person.
func TestShortNameOfAnInstitution(t *testing.T) {
	an := &analysis{m: builtin(), ents: []*Entity{
		{Kind: OrgName, Name: "Tidewater Insights"}, newPerson("Tidewater"),
		{Kind: OrgName, Name: "Clinton Foundation"}, newPerson("Clinton"),
		{Kind: PlaceName, Name: "Folsom Prison"}, newPerson("Folsom"),
	}}
	if an.m.People == nil {
		t.Skip("the models carry no learned people")
	}
	an.shortNamesOfInstitutions()
	for i, want := range []EntityKind{OrgName, OrgName, OrgName, PersonName, PlaceName, PersonName} {
		if e := an.ents[i]; e.Kind != want {
			t.Errorf("%s is %v, want %v", e.Name, e.Kind, want)
		}
	}
}

// TestSingleQuotedText checks that a text quoting with single curly marks,
// as many British papers do, has its quotes, with their speakers, a term's
// marks around one word, and a plural's possessive inside a long quote;
// and that single marks inside double ones stay part of the quote.
func TestSingleQuotedText(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"‘We will not stand by while our members’ pay falls,’ said Jane Harper, the union’s leader.",
		"She called the offer a ‘disgrace’ and said: ‘We will not be bought off.’",
	}))
	want := []string{"We will not stand by while our members’ pay falls,", "disgrace", "We will not be bought off."}
	if len(r.Quotes) != len(want) {
		t.Fatalf("quotes %+v, want %q", r.Quotes, want)
	}
	for i, q := range r.Quotes {
		if q.Text != want[i] || q.Speaker != "Jane Harper" {
			t.Errorf("quote %d: %q by %q, want %q by Jane Harper", i, q.Text, q.Speaker, want[i])
		}
	}
	r = Analyze(NewDoc([]string{`"He told me ‘never again’ and left," said Jane Harper. "It was ‘over’, he said."`}))
	if len(r.Quotes) != 2 || r.Quotes[0].Text != "He told me ‘never again’ and left," {
		t.Errorf("quotes %+v, want two, the single marks inside them", r.Quotes)
	}
}

// TestRoleOpeningTheSentence checks the role a sentence opens with before
// the name ("The leader of the Harbour Party, Name,"), and that a verb
// phrase after the name ("condemned Tuesday's vote") is no role.
func TestRoleOpeningTheSentence(t *testing.T) {
	for _, c := range []struct{ text, speaker, role string }{
		{`The leader of the Harbour Party, Ilse Brandvold, condemned Tuesday’s vote, saying in a statement that it “will not stop the pier.”`, "Ilse Brandvold", "leader of the Harbour Party"},
		{`The chairman of the ferry company, Odd Rasmussen, told reporters: “The boats will run on Monday.”`, "Odd Rasmussen", "chairman of the ferry company"},
		{`The boats were late again, and Odd Rasmussen, condemned by the council, said: “The boats will run on Monday.”`, "Odd Rasmussen", ""},
		{`The man on the quay, Odd Rasmussen, said: “The boats will run on Monday.”`, "Odd Rasmussen", ""},
		{`The boy rescued by the chief officer, Tom Hale, said: “The boats will run on Monday.”`, "Tom Hale", ""},
	} {
		r := Analyze(NewDoc([]string{c.text}))
		if len(r.Quotes) != 1 {
			t.Fatalf("%q: %d quotes, want 1", c.text, len(r.Quotes))
		}
		if q := r.Quotes[0]; q.Speaker != c.speaker || q.Role != c.role {
			t.Errorf("%q: speaker %q, role %q; want %q, %q", c.text, q.Speaker, q.Role, c.speaker, c.role)
		}
	}
}

// TestShipsAndWorksAreNoOrganisations checks that the names of ships and of
// pipelines and cables are no organisations, people or places, while the
// companies and places beside them stay.
func TestShipsAndWorksAreNoOrganisations(t *testing.T) {
	d := NewDoc([]string{
		"Finnish police boarded the tanker Eagle S on Tuesday after the Estlink 2 power cable was cut in the Gulf of Finland.",
		"Suspicion also fell on a Chinese bulk carrier, the Yi Peng 3, and on the Rubymar, a Belize-flagged cargo ship that later sank.",
		"The Balticconnector gas pipeline is owned by Gasgrid Finland and Elering, which said repairs would take months.",
	})
	r := Analyze(d)
	kinds := map[string]EntityKind{}
	for _, e := range r.Entities {
		kinds[e.Name] = e.Kind
	}
	for _, name := range []string{"Eagle S", "Yi Peng", "Rubymar", "Estlink", "Balticconnector"} {
		if k, ok := kinds[name]; ok && k != None {
			t.Errorf("%q is a %v", name, k)
		}
	}
	if kinds["Elering"] != OrgName {
		t.Errorf("the owner Elering is no organisation: %v", kinds)
	}
	r = Analyze(NewDoc([]string{
		"Euronav, a tanker operator, and BAE Systems, the submarine builder, both said their orders had doubled since March.",
		"Captain Ravi Menon, the tanker's master, said the crew had been at sea for nine months.",
	}))
	kinds = map[string]EntityKind{}
	for _, e := range r.Entities {
		kinds[e.Name] = e.Kind
	}
	if kinds["Euronav"] != OrgName || kinds["BAE Systems"] != OrgName || kinds["Ravi Menon"] != PersonName {
		t.Errorf("the companies and the captain by their ships are no longer what they are: %v", kinds)
	}
}

// TestSentenceAfterANameIsNoRole checks that a sentence set after a name
// and a comma ("For Mutua, the calculation is simpler.") is no role, while
// a role with a clause of its own stays.
func TestSentenceAfterANameIsNoRole(t *testing.T) {
	r := Analyze(NewDoc([]string{
		"Brian Mutua parks his motorbike outside a container on Ngong Road every morning.",
		`For Mutua, the calculation is simpler. "I am not buying fuel," he said.`,
		`"The grid cannot take it," said Carole Tan, the minister of energy at the time the plan was made.`,
	}))
	roles := map[string]string{}
	for _, e := range r.Entities {
		roles[e.Name] = e.Role
	}
	if roles["Brian Mutua"] != "" {
		t.Errorf("Brian Mutua's role %q, want none", roles["Brian Mutua"])
	}
	if !strings.HasPrefix(roles["Carole Tan"], "minister of energy") {
		t.Errorf("Carole Tan's role %q, want the minister's", roles["Carole Tan"])
	}
}
