package briefing

import (
	"strings"
	"testing"
)

// quoted returns the texts of the segments scanQuotes finds, an unclosed
// one marked with a trailing "…open".
func quoted(p string) []string {
	var out []string
	for _, s := range scanQuotes(p) {
		t := p[s.start:s.end]
		if !s.closed {
			t += "…open"
		}
		out = append(out, t)
	}
	return out
}

func TestScanQuotes(t *testing.T) {
	tests := []struct {
		name, p string
		want    []string
	}{
		{"straight", `He said "yes" and left.`, []string{"yes"}},
		{"curly", `“We will,” she said. “Soon.”`, []string{"We will,", "Soon."}},
		{"doubled apostrophe", `''It is done,'' Mr. Khan said.`, []string{"It is done,"}},
		{"nested single quotes stay inside", `“She said, ‘No way,’ and left,” he said.`, []string{"She said, ‘No way,’ and left,"}},
		{"nested straight singles", `"He told me 'never' twice," she said.`, []string{"He told me 'never' twice,"}},
		{"triple apostrophe closes nested and double", `''He said 'go''' she said.`, []string{"He said 'go'"}},
		{"apostrophes are not quotes", `Putin's visit won't wait; the Clintons' house stood.`, nil},
		{"inches are not quotes", `a 5" screen and a 7" one`, nil},
		{"unbalanced runs to the paragraph end", `A sign read "Closed until spring. Come back later.`, []string{"Closed until spring. Come back later.…open"}},
		{"mis-curled closing mark used to open", `He called it ”madness” today.`, []string{"madness"}},
		{"guillemets", `Il a dit «non» hier.`, []string{"non"}},
		{"empty marks are nothing", `He said "" and "ok".`, []string{"ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoted(tt.p)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("scanQuotes(%q) = %q, want %q", tt.p, got, tt.want)
			}
		})
	}
}

// quotesOf imports paragraphs (one section) and returns their quotes.
func quotesOf(paras ...string) []Quote {
	b := &Briefing{Sections: []Section{{Paragraphs: paras}}}
	return findQuotes(b, findPeople(b))
}

func TestMultiParagraphQuote(t *testing.T) {
	qs := quotesOf(
		`"The first part runs on.`,
		`"The second part ends here," said Maria Lopez, the mayor.`,
		`Nothing quoted here.`)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
	}
	q := qs[0]
	if q.Paragraph != 0 || q.EndParagraph != 1 || q.Text != "The first part runs on. The second part ends here," {
		t.Errorf("quote = %+v", q)
	}
	if q.Start != 1 || q.End != len(`"The second part ends here,`) {
		t.Errorf("position %d..%d", q.Start, q.End)
	}
	if q.Speaker != "Maria Lopez" || q.Role != "the mayor" {
		t.Errorf("speaker %q role %q", q.Speaker, q.Role)
	}
}

func TestQuoteOverThreeParagraphs(t *testing.T) {
	qs := quotesOf(`Ana Ruiz said: "One.`, `"Two.`, `"Three," she said.`, `"Four."`)
	if len(qs) != 2 || qs[0].Paragraph != 0 || qs[0].EndParagraph != 2 || qs[0].Text != "One. Two. Three," || qs[1].Text != "Four." {
		t.Fatalf("quotes = %+v", qs)
	}
	if qs[0].Speaker != "Ana Ruiz" || qs[1].Speaker != "Ana Ruiz" {
		t.Errorf("speakers %q, %q", qs[0].Speaker, qs[1].Speaker)
	}
}

func TestUnbalancedMarkStaysInItsParagraph(t *testing.T) {
	qs := quotesOf(`The banner said "Welcome home and stayed up all week.`, `"Everyone came," said Ana Ruiz.`)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(qs), qs)
	}
	if qs[0].EndParagraph != 0 || qs[1].Paragraph != 1 || qs[1].Speaker != "Ana Ruiz" {
		t.Errorf("quotes = %+v", qs)
	}
}

func TestInterruptedQuote(t *testing.T) {
	p := `"We tried," said Jon Berg, a local farmer, "but the rain never came."`
	qs := quotesOf(p)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
	}
	q := qs[0]
	if q.Text != "We tried, but the rain never came." {
		t.Errorf("text %q", q.Text)
	}
	if p[q.Start:q.End] != `We tried," said Jon Berg, a local farmer, "but the rain never came.` {
		t.Errorf("position covers %q", p[q.Start:q.End])
	}
	if q.Speaker != "Jon Berg" || q.Role != "a local farmer" || q.Cue != "said" {
		t.Errorf("attribution %q / %q / %q", q.Speaker, q.Role, q.Cue)
	}
}

func TestTwoSentencesAreTwoQuotes(t *testing.T) {
	qs := quotesOf(`"We tried." Then the rain came. "It never stopped," said Jon Berg.`)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2: %+v", len(qs), qs)
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		name               string
		paras              []string
		quote              int
		speaker, role, cue string
	}{
		{"name after", []string{`"It works," Anna Berg said.`}, 0, "Anna Berg", "", "said"},
		{"cue first after", []string{`"It works," said Sen. Anna Berg of Ohio.`}, 0, "Anna Berg", "Sen.", "said"},
		{"name before with colon", []string{`Anna Berg, the mayor, added: "It works."`}, 0, "Anna Berg", "the mayor", "added"},
		{"according to", []string{`According to Anna Berg, a city engineer, "it works."`}, 0, "Anna Berg", "a city engineer", "according to"},
		{"pre-modifier role", []string{`"It works," former city engineer Anna Berg said.`}, 0, "Anna Berg", "former city engineer", "said"},
		{"pronoun after a speaker", []string{`"It works," said Anna Berg, the mayor.`, `"It is cheap too," she added.`}, 1, "Anna Berg", "the mayor", "added"},
		{"pronoun after a newer mention", []string{`"It works," said Anna Berg, the mayor.`, `Council member Omar Said disagreed. "It leaks," he said.`}, 1, "Omar Said", "Council member", "said"},
		{"bare surname", []string{`Anna Berg, the mayor, spoke first.`, `"It works," Berg told reporters.`}, 0, "Anna Berg", "the mayor", "told"},
		{"title + surname", []string{`Dr. Anna Berg spoke first.`, `"It works," Dr. Berg said.`}, 0, "Anna Berg", "", "said"},
		{"title nominal", []string{`Mayor Anna Berg opened the bridge.`, `"It works," the mayor said.`}, 0, "Anna Berg", "Mayor", "said"},
		{"document", []string{`"Costs rose by half," the report said.`}, 0, "the report", "", "said"},
		{"institution", []string{`That statement said "the plant is safe for now."`}, 0, "the statement", "", "said"},
		{"continuation paragraph", []string{`"It works," said Anna Berg.`, `"And it is cheap."`}, 1, "Anna Berg", "", ""},
		{"signed with a dash", []string{`"It works."`, `— Anna Berg, the mayor of Springfield`}, 0, "Anna Berg", "the mayor of Springfield", ""},
		{"age after the name", []string{`"We will win," Ana Ruiz, 45, said.`}, 0, "Ana Ruiz", "", "said"},
		{"two speakers in a row", []string{`"Yes," said Ana Ruiz. "No," said Tom Berg.`}, 1, "Tom Berg", "", "said"},
		{"colon lead-ins", []string{`Ana Ruiz said: "A." Tom Berg replied: "B."`}, 1, "Tom Berg", "", "replied"},
		{"institution", []string{`"We regret the delay," the White House said in a statement.`}, 0, "the White House", "", "said"},
		{"someone's spokesman", []string{`Ana Ruiz was not available.`, `"She is on holiday," Ruiz's spokesman said.`}, 0, "Ruiz's spokesman", "", "said"},
		{"unnamed official", []string{`"It was a mistake," said a spokesman for the ministry, who declined to be named.`}, 0, "a spokesman", "", "said"},
		{"a name as a modifier is no antecedent", []string{`Donald Trump called on Monday.`, `Steve Adler, the owner, said the Trump campaign had not called, though he said it "would be a perfect fit for everyone involved here."`}, 0, "Steve Adler", "the owner", "said"},
		{"pronoun for the subject of reported speech", []string{`Ana Ruiz, the mayor, spoke first.`, `Representative Mike Coffman, who represents a swing district, said President Donald Trump's remarks hurt troops. "It offends me," he said.`}, 0, "Mike Coffman", "Representative", "said"},
		{"pronoun opening a clause", []string{`Rev. Al Sharpton spoke on Monday.`, `Years ago, he supported Barack Obama and said, "Never again."`}, 0, "Al Sharpton", "Rev.", "said"},
		{"participle is no role", []string{`"It is a zoo," says Ana Ruiz, bristling with anger.`}, 0, "Ana Ruiz", "", "says"},
		{"signature with a particle and a clause", []string{`"It works."`, `— Sophie van Dijk, who studies supply chains`}, 0, "Sophie van Dijk", "who studies supply chains", ""},
		{"signature with a plain role", []string{`"It works."`, `— Ruth Adeyemi, master of a cable repair ship`}, 0, "Ruth Adeyemi", "master of a cable repair ship", ""},
		{"no attribution", []string{`Nobody spoke. "Silence," a sign read in the window of nobody's shop which stayed closed.`}, 0, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quotesOf(tt.paras...)
			if tt.quote >= len(qs) {
				t.Fatalf("got %d quotes: %+v", len(qs), qs)
			}
			q := qs[tt.quote]
			if q.Speaker != tt.speaker || q.Role != tt.role || q.Cue != tt.cue {
				t.Errorf("quote %q: speaker %q role %q cue %q, want %q %q %q", q.Text, q.Speaker, q.Role, q.Cue, tt.speaker, tt.role, tt.cue)
			}
		})
	}
}

func TestPartialQuotes(t *testing.T) {
	tests := []struct {
		p       string
		text    string
		partial bool
	}{
		{`They signed an electronic "non-aggression pact."`, "non-aggression pact", true},
		{`Both favour the "sovereign right" of a state.`, "sovereign right", true},
		{`He watched "Meet the Press" on Sunday.`, "Meet the Press", true},
		{`"We will win," she said.`, "We will win,", false},
		{`She said the plan would "cut costs for every family in the city by half."`, "cut costs for every family in the city by half.", false},
	}
	for _, tt := range tests {
		qs := quotesOf(tt.p)
		if len(qs) != 1 || qs[0].Text != tt.text || qs[0].Partial != tt.partial {
			t.Errorf("%q: got %+v, want text %q partial %v", tt.p, qs, tt.text, tt.partial)
		}
	}
	// a quoted title takes no speaker even with a reporting verb in its sentence
	if qs := quotesOf(`Anna Berg said on NBC's "Meet the Press" that she would run.`); len(qs) != 1 || qs[0].Speaker != "" {
		t.Errorf("title quote: %+v", qs)
	}
}

func TestIsPartialQuote(t *testing.T) {
	word := []token{{kind: tWord, text: "the"}}
	comma := []token{{kind: tWord, text: "said"}, {kind: tPunct, text: ","}}
	tests := []struct {
		text   string
		before []token
		want   bool
	}{
		{"sovereign right", word, true},
		{"sovereign right", nil, false},
		{"sovereign right", comma, false},
		{"The Art of the Deal", word, true},
		{"we will fight them on the beaches and in the hills", word, false},
	}
	for _, tt := range tests {
		if got := isPartialQuote(tt.text, tt.before); got != tt.want {
			t.Errorf("isPartialQuote(%q, %d tokens) = %v, want %v", tt.text, len(tt.before), got, tt.want)
		}
	}
}

func TestIsTitleCase(t *testing.T) {
	for text, want := range map[string]bool{"Meet the Press": true, "Keep It Running": true, "thank you": false, "It is done.": false} {
		if got := isTitleCase(text); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestEndsClause(t *testing.T) {
	for text, want := range map[string]bool{"We will,": true, "Why?": true, "Now!": true, "Done.": false, "term": false} {
		if got := endsClause(text); got != want {
			t.Errorf("endsClause(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestJoinRoles(t *testing.T) {
	tests := []struct{ pre, app, want string }{
		{"former foreign minister", "now a member of the State Council", "former foreign minister, now a member of the State Council"},
		{"Sen.", "another potential VP choice", "another potential VP choice"},
		{"President", "", "President"},
		{"", "the mayor", "the mayor"},
	}
	for _, tt := range tests {
		if got := joinRoles(tt.pre, tt.app); got != tt.want {
			t.Errorf("joinRoles(%q, %q) = %q, want %q", tt.pre, tt.app, got, tt.want)
		}
	}
}

func TestCueAt(t *testing.T) {
	l := lexicon()
	tests := []struct {
		p    string
		i    int
		want int
	}{
		{"he said it", 1, 1},
		{"according to him", 0, 2},
		{"According to him", 0, 2},
		{"the United States agreed", 2, 0}, // a capitalised "States" is a name
		{"the document", 1, 0},
	}
	for _, tt := range tests {
		toks := tokenize(tt.p, nil)
		if got := cueAt(l, toks, tt.i); got != tt.want {
			t.Errorf("cueAt(%q, %d) = %d, want %d", tt.p, tt.i, got, tt.want)
		}
	}
}

func TestSubjectOf(t *testing.T) {
	l := lexicon()
	tests := []struct {
		window, subject, appositive string
	}{
		{"Yang Jiechi said", "Yang Jiechi", ""},
		{"said Ms. Khan", "Ms. Khan", ""},
		{"former Chinese foreign minister and State Council member Yang Jiechi said", "former Chinese foreign minister and State Council member Yang Jiechi", ""},
		{"Peter Wehner, a former director of the office, said", "Peter Wehner", "a former director of the office"},
		{"he also said", "he", ""},
		{"the document said", "the document", ""},
		{"Mike Rubino, reached out to a vendor, writing", "Mike Rubino", ""},
	}
	for _, tt := range tests {
		toks := tokenize(tt.window, nil)
		c, n := cueIn(l, toks, 0, len(toks), true)
		if c < 0 {
			t.Fatalf("no cue in %q", tt.window)
		}
		s, ok := subjectOf(l, toks, 0, len(toks), c, n, nil)
		if !ok {
			t.Errorf("%q: no subject", tt.window)
			continue
		}
		got := tt.window[toks[s.a].start:toks[s.b-1].end]
		app := ""
		if s.app.b > s.app.a {
			app = tt.window[toks[s.app.a].start:toks[s.app.b-1].end]
		}
		if got != tt.subject || app != tt.appositive {
			t.Errorf("%q: subject %q appositive %q, want %q %q", tt.window, got, app, tt.subject, tt.appositive)
		}
	}
}

func TestSentenceStart(t *testing.T) {
	p := `It rained. Then "we left," he said.`
	segs := scanQuotes(p)
	d := docPara{text: p, segs: segs, toks: tokenize(p, segs)}
	qt := -1
	for i, tk := range d.toks {
		if tk.kind == tQuote {
			qt = i
		}
	}
	if got := d.toks[sentenceStart(&d, qt)].text; got != "Then" {
		t.Errorf("sentence starts at %q, want Then", got)
	}
}
