package briefing

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"brief/briefing/extract"
)

// briefingOf builds a one-section briefing from paragraphs.
func briefingOf(paras ...string) *Briefing {
	return &Briefing{Sections: []Section{{Paragraphs: paras}}}
}

// findFacts runs the analysis on the body of b and lists its key facts;
// people, when given, stand for the people the analysis finds.
func findFacts(b *Briefing, people []person) []Fact {
	paras := bodyParas(b)
	doc, r := analyse(paras)
	if people == nil {
		people = peopleFrom(doc, r, paras)
	}
	return factsFrom(people, extract.Facts(doc, r), paras)
}

// factTexts lists the texts of the facts of one kind, in order.
func factTexts(facts []Fact, kind FactKind) []string {
	var out []string
	for _, f := range facts {
		if f.Kind == kind {
			out = append(out, f.Text)
		}
	}
	return out
}

// factNamed returns the fact of the kind with the text, or fails.
func factNamed(t *testing.T, facts []Fact, kind FactKind, text string) Fact {
	t.Helper()
	for _, f := range facts {
		if f.Kind == kind && f.Text == text {
			return f
		}
	}
	t.Fatalf("no %s fact %q in %v", kind, text, facts)
	return Fact{}
}

func TestFigureDetection(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The company signed a $60 million contract.", []string{"$60 million"}},
		{"It raised €5bn and US$3.2 billion.", []string{"€5bn", "US$3.2 billion"}},
		{"The state paid 5 million rubles to the firm.", []string{"5 million rubles"}},
		{"Prices rose 3.5% while wages rose 12 percent.", []string{"3.5%", "12 percent"}},
		{"Rates fell by 0.25 percentage points.", []string{"0.25 percentage points"}},
		{"Sales rose five percent.", []string{"five percent"}},
		{"Russia sent 200 troops along a 3,000 km border.", []string{"200 troops", "3,000 km"}},
		{"Some 1,500 Russian troops crossed.", []string{"1,500 Russian troops"}},
		{"Two million people fled, and five soldiers died.", []string{"Two million people", "five soldiers"}},
		{"The fund holds USD 40 million in bonds.", []string{"USD 40 million"}},
		{"It cost £30bn.", []string{"£30bn"}},
		// Not figures: bare numbers, years, ordinals, days, word numbers alone.
		{"In 2013, on May 20, the 20th meeting drew two major cyber powers.", nil},
		{"He was one of 12 who signed in the G7.", nil},
		{"Putin is on a two day visit.", nil},
		{"A ship dragged its anchor for a few hundred kilometres.", nil},
		{"Trade between the two nations fell; both countries agreed.", nil},
		{"They share a 1,100-mile border and a $60-million fund.", []string{"1,100-mile", "$60-million"}},
	}
	for _, tt := range tests {
		got := factTexts(findFacts(briefingOf(tt.in), nil), Figure)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("figures in %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFigureDetail(t *testing.T) {
	tests := []struct {
		in, figure, want string
	}{
		{"In May, the Russian state telecom company signed a $60 million contract with Chinese company Huawei to build an underwater line.",
			"$60 million", "contract with Chinese company Huawei"},
		{"Consumer prices rose 3.5% in March.", "3.5%", "Consumer prices rose … in March"},
		{"Inflation was 4.1 percent, the office said.", "4.1 percent", "Inflation"},
		{"The government spent £30bn on support for families.", "£30bn", "government spent … on support for families"},
		{"$5 billion was spent on roads.", "$5 billion", "spent on roads"},
		{"Arvant employs 2,400 people in Eindhoven.", "2,400 people", "Arvant employs … in Eindhoven"},
		{"Arvant employs 2,400 people in Eindhoven and plans to hire 300 more.", "2,400 people", "Arvant employs … in Eindhoven"},
		{"Talks collapsed after 3,000 km of new fences were built.", "3,000 km", "new fences were built"},
		{"Inflation reached 4.1 percent of output.", "4.1 percent", "Inflation reached … of output"},
		{"In May 2014 the U.S. Justice Department charged five officers of the army.", "five officers", "U.S. Justice Department charged … of the army"},
		{"The bank approved a $2.5 billion loan to Kenya, which needs cash.", "$2.5 billion", "loan to Kenya"},
		{"Trade declined 40 percent this year, to $5.4 billion.", "$5.4 billion", "Trade declined 40 percent this year"},
		{"It lent 5 million euros to a regional bank.", "5 million euros", "lent to a regional bank"},
	}
	for _, tt := range tests {
		f := factNamed(t, findFacts(briefingOf(tt.in), nil), Figure, tt.figure)
		if f.Detail != tt.want {
			t.Errorf("detail of %q in %q = %q, want %q", tt.figure, tt.in, f.Detail, tt.want)
		}
	}
}

func TestDateDetection(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"In 2013, Putin and Obama signed a pact.", []string{"2013"}},
		{"They met on May 20, 2014 in Shanghai.", []string{"May 20, 2014"}},
		{"They met on 22 February 2024 and on Aug. 4.", []string{"22 February 2024", "Aug. 4"}},
		{"The deal was signed in August and renewed in March 2020.", []string{"August", "March 2020"}},
		{"Talks resume next month; last year's deal expired on Monday.", []string{"next month", "last year", "Monday"}},
		{"Last year, exports fell. The 1990s were different.", []string{"last year", "1990s"}},
		{"It heralded the World of Tomorrow.", nil},
		{"The report is dated 2014-05-20.", []string{"2014-05-20"}},
		{"A visit followed in mid-March.", []string{"mid-March"}},
		{"Trump said Wednesday night that he would go.", []string{"Wednesday night"}},
		{"Cables broke on November 17 and 18, 2024.", []string{"November 17 and 18, 2024"}},
		{"The firm's 20th year began with 3,000 staff.", nil},
	}
	for _, tt := range tests {
		got := factTexts(findFacts(briefingOf(tt.in), nil), Date)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("dates in %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMonthVersusModal(t *testing.T) {
	tests := []struct {
		in   string
		date bool
	}{
		{"In May, the company signed a contract.", true},
		{"The deal closed in May.", true},
		{"Sales have grown since May.", true},
		{"The vote is due by early May.", true},
		{"Officials said it may take years.", false},
		{"May we begin?", false},
		{"May brought little relief.", false},
		{"Prime Minister Theresa May said no.", false},
		{"The bank may cut rates in June.", false}, // "June" is the date, "may" is not
		{"Protesters march in March.", false},      // only "March" counts, checked below
		{"The talks ended in October.", false},
	}
	for _, tt := range tests {
		got := factTexts(findFacts(briefingOf(tt.in), nil), Date)
		has := false
		for _, d := range got {
			has = has || strings.EqualFold(d, "may")
		}
		if has != tt.date {
			t.Errorf("%q: May as a date = %v (dates %q), want %v", tt.in, has, got, tt.date)
		}
	}
	got := factTexts(findFacts(briefingOf("Protesters march in March."), nil), Date)
	if !reflect.DeepEqual(got, []string{"March"}) {
		t.Errorf("march/March: dates %q, want [March]", got)
	}
}

func TestDateDetail(t *testing.T) {
	tests := []struct {
		in, date, want string
	}{
		{"In May, the Russian state telecom company signed a $60 million contract with Chinese company Huawei to build an underwater communication line.",
			"May", "Russian state telecom company signed a $60 million contract with Chinese company Huawei"},
		{"During President Vladimir Putin's visit to Beijing next month, he is expected to seal a deal.",
			"next month", "President Vladimir Putin's visit to Beijing"},
		{"Sources say it will be broader than last year's agreement between Russia and the United States.",
			"last year", "agreement between Russia and the United States"},
		{"Putin signed the treaty in March with Xi.", "March", "Putin signed the treaty with Xi"},
		{"On Tuesday, the statistics office said prices rose.", "Tuesday", "statistics office"},
		{"Then, in 2012, hundreds of Islamists assaulted the embassy.", "2012", "hundreds of Islamists assaulted the embassy"},
	}
	for _, tt := range tests {
		f := factNamed(t, findFacts(briefingOf(tt.in), nil), Date, tt.date)
		if f.Detail != tt.want {
			t.Errorf("detail of %q in %q = %q, want %q", tt.date, tt.in, f.Detail, tt.want)
		}
	}
}

func TestOrgDetection(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Servers made by China's largest server manufacturer, Inspur Group, were bought.", []string{"Inspur Group"}},
		{"In August, the head of the Russian Ministry of Communications agreed.", []string{"Russian Ministry of Communications"}},
		{"She teaches at the Institute of Cybersecurity at Moscow State University.", []string{"Institute of Cybersecurity", "Moscow State University"}},
		{"A source close to the Kremlin confirmed it.", []string{"Kremlin"}},
		{"They signed a contract with Chinese company Huawei to build a line.", []string{"Huawei"}},
		{"Analysts at the firm Morrow Partners agreed.", []string{"Morrow Partners"}},
		{"The Department of Health and Human Services said so.", []string{"Department of Health and Human Services"}},
		{"Harvard University President Lawrence Bacow spoke.", []string{"Harvard University"}},
		{"The Food and Drug Administration and Lumora Foods met; Russia and China did not.", []string{"Food and Drug Administration", "Lumora Foods"}},
		{"It filed with the Securities and Exchange Commission.", []string{"Securities and Exchange Commission"}},
		{"NATO and the European Union met; the U.N. Security Council did not.", []string{"NATO", "European Union", "Security Council"}},
		// Not organisations: a lone organisation word, caption capitals,
		// sentence openers, an introducing noun before a small word.
		{"SHANGHAI GROUP MEETING ends.", nil},
		{"The company In a statement said so.", nil},
		{"The company signed a deal.", nil},
	}
	for _, tt := range tests {
		got := factTexts(findFacts(briefingOf(tt.in), nil), Organization)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("organisations in %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestOrgDetail(t *testing.T) {
	tests := []struct{ in, org, want string }{
		{"They signed with Chinese company Huawei.", "Huawei", "Chinese company"},
		{"A source close to the Kremlin spoke.", "Kremlin", "Russian presidency"},
		{"The deal went to Kommersant, a Russian newspaper, first.", "Kommersant", "Russian newspaper"},
	}
	for _, tt := range tests {
		f := factNamed(t, findFacts(briefingOf(tt.in), nil), Organization, tt.org)
		if f.Detail != tt.want {
			t.Errorf("detail of %q = %q, want %q", tt.org, f.Detail, tt.want)
		}
	}
}

func TestPlaceDetection(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"A hotline from Washington to Moscow was built.", []string{"Washington", "Moscow"}},
		{"They met in Sochi, then Ukraine and Beijing.", []string{"Sochi", "Ukraine", "Beijing"}},
		{"The U.S. and the United States are one; so are Kiev and Kyiv.", []string{"United States", "Kyiv"}},
		{"A line in the Russian Far East and the Middle East.", []string{"Russian Far East", "Middle East"}},
		{"She studied at Moscow State University.", nil},
		{"The Washington Post reported it.", nil},
		{"Russian and Chinese officials met.", nil},
		{"Washington's accusations angered China.", []string{"Washington", "China"}},
		{"It employs 2,400 people in Eindhoven, Netherlands, and 300 in Round Rock, Texas.", []string{"Eindhoven", "Netherlands", "Round Rock", "Texas"}},
		{"Talks with Smith, France and Spain failed; Putin, Russia's leader, came.", []string{"France", "Spain", "Russia"}},
		{"On Monday, France, Spain and Italy met. Yesterday, Russia, China and Iran did.", []string{"France", "Spain", "Italy", "Russia", "China", "Iran"}},
	}
	for _, tt := range tests {
		got := factTexts(findFacts(briefingOf(tt.in), nil), Place)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("places in %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlaceDetail(t *testing.T) {
	tests := []struct{ in, place, want string }{
		{"They flew to Moscow.", "Moscow", "capital of Russia"},
		{"They flew to Sochi.", "Sochi", "city in Russia"},
		{"They flew to Ukraine.", "Ukraine", "country"},
		{"A line in the Russian Far East.", "Russian Far East", "region in Russia"},
	}
	for _, tt := range tests {
		f := factNamed(t, findFacts(briefingOf(tt.in), nil), Place, tt.place)
		if f.Detail != tt.want {
			t.Errorf("detail of %q = %q, want %q", tt.place, f.Detail, tt.want)
		}
	}
}

func TestMentionMerging(t *testing.T) {
	b := briefingOf(
		"Washington halted talks. The U.S. said Chinese company Huawei and Inspur Group broke rules.",
		"Huawei denied it; Inspur said nothing. Washington's view is that the United States was right.",
		"The International Monetary Fund (IMF) agreed. The IMF lent $5 billion, and another $5 billion later.",
	)
	facts := findFacts(b, nil)
	want := map[string][]string{ // fact -> the text of each mention, in order
		"Washington":                  {"Washington", "Washington"},
		"International Monetary Fund": {"International Monetary Fund", "IMF", "IMF"},
		"$5 billion":                  {"$5 billion", "$5 billion"},
	}
	for _, f := range facts {
		w, ok := want[f.Text]
		if !ok {
			continue
		}
		delete(want, f.Text)
		var got []string
		for _, m := range f.Mentions {
			got = append(got, b.Text(m))
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("mentions of %q = %q, want %q", f.Text, got, w)
		}
	}
	for name := range want {
		t.Errorf("no fact %q in %v", name, facts)
	}
}

func TestPersonFacts(t *testing.T) {
	p := "Russian President Vladimir Putin met George Washington in Moscow. Putin's aide spoke."
	b := briefingOf(p)
	at := func(s string, nth int) Span {
		i := -1
		for k := 0; k <= nth; k++ {
			i += 1 + strings.Index(p[i+1:], s)
		}
		return Span{Start: i, End: i + len(s)}
	}
	people := []person{
		{name: "Vladimir Putin", role: "Russian President", mentions: []Span{at("Vladimir Putin", 0), at("Putin", 1)}},
		{name: "George Washington", mentions: []Span{at("George Washington", 0)}},
		{name: "vladimir  putin", mentions: nil}, // the same person again
	}
	facts := findFacts(b, people)
	if got := factTexts(facts, Person); !reflect.DeepEqual(got, []string{"Vladimir Putin", "George Washington"}) {
		t.Fatalf("people = %q", got)
	}
	if facts[0].Kind != Person || facts[0].Detail != "Russian President" || len(facts[0].Mentions) != 2 {
		t.Errorf("first fact = %+v, want Putin with his role and two mentions", facts[0])
	}
	if got := factTexts(facts, Place); !reflect.DeepEqual(got, []string{"Moscow"}) {
		t.Errorf("places = %q, want only Moscow (Washington is a person here)", got)
	}
}

func TestFactOrder(t *testing.T) {
	b := &Briefing{Sections: []Section{
		{Paragraphs: []string{"In 2013, $5 billion went to Kenya through the World Bank."}},
		{Heading: "Later", Paragraphs: []string{"Beijing and NATO met in May 2014, spending 12 percent more."}},
	}}
	facts := findFacts(b, nil)
	var got []string
	for _, f := range facts {
		got = append(got, fmt.Sprintf("%s:%s", f.Kind, f.Text))
	}
	want := []string{"organization:World Bank", "organization:NATO", "place:Kenya", "place:Beijing",
		"date:2013", "date:May 2014", "figure:$5 billion", "figure:12 percent"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %q, want %q", got, want)
	}
	for _, f := range facts {
		for _, m := range f.Mentions {
			if b.Text(m) == "" {
				t.Errorf("%s %q: mention %+v points outside the text", f.Kind, f.Text, m)
			}
		}
	}
}

func TestFactsNoJunk(t *testing.T) {
	// Single letters and sentence openers are never facts.
	b := briefingOf(
		"SHANGHAI, CHINA - MAY 20: Putin (L) and Xi (R) attend a ceremony.",
		"According to officials, During talks, Instead the group met.",
	)
	for _, f := range findFacts(b, nil) {
		switch f.Text {
		case "L", "R", "According", "During", "Instead":
			t.Errorf("%s fact from junk: %+v", f.Kind, f)
		}
	}
}

// FuzzFindFacts checks that any paragraph gives facts whose mentions all
// point inside it, without a panic.
func FuzzFindFacts(f *testing.F) {
	for _, s := range []string{
		"In May, the Russian state telecom company signed a $60 million contract with Chinese company Huawei.",
		"The International Monetary Fund (IMF) lent €5bn to Kenya on 22 February 2024, up 3.5%.",
		"Eindhoven, Netherlands, Wednesday night: 1,100-mile U.S. border; the two nations' 2013-14 plan",
		"$", "5", "May", "’s", "A. B. C.", "(IMF", "company X",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		b := briefingOf(p)
		for _, fact := range findFacts(b, nil) {
			if fact.Text == "" {
				t.Errorf("empty %s fact", fact.Kind)
			}
			for _, m := range fact.Mentions {
				if m.Start < 0 || m.End > len(p) || m.Start >= m.End {
					t.Errorf("%s %q: mention %+v outside %q", fact.Kind, fact.Text, m, p)
				}
			}
		}
	})
}
