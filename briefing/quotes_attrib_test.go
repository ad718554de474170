package briefing

import "testing"

// attribCase is a short article and the speaker and role its last quote
// must show.
type attribCase struct {
	name       string
	paras      []string
	speaker    string
	role       string
	wantQuotes int // 0: any number
}

func runAttribCases(t *testing.T, cases []attribCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := quotesOf(c.paras...)
			if len(qs) == 0 {
				t.Fatalf("no quote found in %q", c.paras)
			}
			if c.wantQuotes > 0 && len(qs) != c.wantQuotes {
				t.Fatalf("got %d quotes %+v, want %d", len(qs), qs, c.wantQuotes)
			}
			q := qs[len(qs)-1]
			if q.Speaker != c.speaker || q.Role != c.role {
				t.Errorf("quote %q: speaker %q role %q, want %q role %q", q.Text, q.Speaker, q.Role, c.speaker, c.role)
			}
		})
	}
}

func TestNameAfterDescription(t *testing.T) {
	runAttribCases(t, []attribCase{
		{name: "said the description, name", paras: []string{`The vote passed on Tuesday.`, `"We have waited long enough," said the town manager, Carl Ostrowski.`}, speaker: "Carl Ostrowski", role: "the town manager"},
		{name: "description, name, verb", paras: []string{`The court ruled on Monday.`, `The plaintiffs' lawyer, Rosa Delgado, called the ruling "a victory for every tenant in the city."`}, speaker: "Rosa Delgado", role: "The plaintiffs' lawyer"},
		{name: "quote then description, name, verb", paras: []string{`The firm's counsel, Ruth Pike, said "We deny it."`, `"We made mistakes," the lawyer, Mark Benning, acknowledged.`}, speaker: "Mark Benning", role: "the lawyer"},
		{name: "name then description is unchanged", paras: []string{`"It is late," said Carl Ostrowski, the town manager.`}, speaker: "Carl Ostrowski", role: "the town manager"},
		{name: "a place after a description is no name", paras: []string{`"We were ready," said a spokesman in Boston.`}, speaker: "a spokesman", role: ""},
	})
}

func TestIsDescription(t *testing.T) {
	l := lexicon()
	tests := []struct {
		text string
		want bool
	}{
		{"the town manager", true},
		{"The plaintiffs' lawyer", true},
		{"lawyer", true},
		{"Carl Ostrowski", false},
		{"the Boston lawyer", false},
		{"he", false},
	}
	for _, tt := range tests {
		if got := isDescription(l, tokenize(tt.text, nil)); got != tt.want {
			t.Errorf("isDescription(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsBareName(t *testing.T) {
	l := lexicon()
	tests := []struct {
		text string
		want bool
	}{
		{"Carl Ostrowski", true},
		{"Delgado", true},
		{"the lawyer", false},
		{"Carl Ostrowski of Boston", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isBareName(l, tokenize(tt.text, nil)); got != tt.want {
			t.Errorf("isBareName(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestBracketedPartyAfterName(t *testing.T) {
	runAttribCases(t, []attribCase{
		{name: "party and state", paras: []string{`The bill stalled.`, `Sen. Karen Whitfield (D-Mont.) told reporters, "We are not going to give up on this."`}, speaker: "Karen Whitfield", role: "Sen."},
		{name: "party only", paras: []string{`Rep. Joel Marsh (R) said, "No deal yet."`}, speaker: "Joel Marsh", role: "Rep."},
		{name: "quote first", paras: []string{`"No deal yet," Rep. Joel Marsh (R-Ohio) said.`}, speaker: "Joel Marsh", role: "Rep."},
	})
}

func TestSkipBracket(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Karen Whitfield (D-Mont.) told", 2},
		{"Karen Whitfield told", 2},
		{"Whitfield (who left.) (D) told", 6},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil)
		if got := skipBracket(toks, 0, len(toks)-1); got != tt.want {
			t.Errorf("skipBracket(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestClosesAside(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Whitfield (D-Mont.) told", true},
		{"It ended. (He left.)", false},
		{"It ended. Then", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil)
		got := false
		for i, tk := range toks {
			if tk.isPunct(".") && closesAside(toks, i) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("closesAside in %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSpeakerBeforeColon(t *testing.T) {
	runAttribCases(t, []attribCase{
		{name: "name, no verb, colon", paras: []string{`Analysts were divided. Tom Whitcomb runs a fund in Boston.`, `Whitcomb put it more bluntly: "This market is a casino now."`}, speaker: "Tom Whitcomb", role: ""},
		{name: "colon paragraph then the quote", paras: []string{`Prices fell.`, `Jane Ortiz, an economist at Halden Bank, was more cautious in a note to clients:`, `"We would not read too much into a single month of data."`}, speaker: "Jane Ortiz", role: "an economist at Halden Bank"},
		{name: "pronoun before colon", paras: []string{`Nina Gold runs the shelter.`, `She was blunt: "We are full every night."`}, speaker: "Nina Gold", role: ""},
		{name: "colon after a place names nobody", paras: []string{`In Boston the mood was grim: "Closed until spring."`}, speaker: "", role: ""},
		{name: "accused of", paras: []string{`The dispute grew.`, `Mayor Paul Renner accused the council of "playing games with people's homes."`}, speaker: "Paul Renner", role: "Mayor"},
		{name: "was accused of is no speech of the accused", paras: []string{`Mayor Paul Renner was accused of "playing games."`}, speaker: "", role: ""},
	})
}

func TestPassiveAt(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"he was accused", true},
		{"they were asked", true},
		{"he accused", false},
		{"he has said", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil)
		if got := passiveAt(toks, len(toks)-1); got != tt.want {
			t.Errorf("passiveAt(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSpeechAfterLeadIn(t *testing.T) {
	intro := `Lena Fischer, the team's coach, has led it for ten years. Tom Berg, the club's chairman, hired her.`
	runAttribCases(t, []attribCase{
		{name: "pronoun lead-in", paras: []string{`Lena Fischer, the team's coach, has led it for ten years.`, `Asked what had changed most, she did not hesitate.`, `"The players. They are faster and they are braver."`}, speaker: "Lena Fischer", role: "the team's coach"},
		{name: "name lead-in over the last named", paras: []string{intro, `Fischer did not hesitate when Berg asked.`, `"The players. They are faster."`}, speaker: "Lena Fischer", role: "the team's coach"},
		{name: "lead-in naming nobody", paras: []string{intro, `The hall went quiet.`, `"The players. They are faster."`}, speaker: "", role: ""},
	})
}

func TestNonSpeechCueNamesItsSubject(t *testing.T) {
	runAttribCases(t, []attribCase{
		{name: "someone else laughs", paras: []string{`Otto Brandt, the coach, smiled. Maria Keller, the captain, said, "We will win."`, `Brandt laughed. "Ask me after the final."`}, speaker: "Otto Brandt", role: "the coach"},
		{name: "the last speaker goes on", paras: []string{`Maria Keller, the captain, said, "We will win."`, `She laughed. "Ask me after the final."`}, speaker: "Maria Keller", role: "the captain"},
		{name: "a sentence naming nobody keeps the last speaker", paras: []string{`Maria Keller, the captain, said, "We will win."`, `The room laughed. "Ask me after the final."`}, speaker: "Maria Keller", role: "the captain"},
	})
}

func TestWorkTitlesAreNoSpeech(t *testing.T) {
	tests := []struct {
		name, p string
		partial bool
		speaker string
	}{
		{"author of a title, then said", `Ada Moss, the author of "Rewind: A History of Pop Music on Film," said the revival was real.`, true, ""},
		{"lower-case title after author of", `Ada Moss, the author of "Rewind: a history of pop music and the films it made," said the revival was real.`, true, ""},
		{"the book", `She read the book "Rewind" twice.`, true, ""},
		{"speech about a book stays speech", `Ada Moss said of the book, "It is a history of pop," and left.`, false, "Ada Moss"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quotesOf(`Ada Moss, a critic, spoke.`, tt.p)
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
			}
			if qs[0].Partial != tt.partial || qs[0].Speaker != tt.speaker {
				t.Errorf("%q: partial %v speaker %q, want %v %q", qs[0].Text, qs[0].Partial, qs[0].Speaker, tt.partial, tt.speaker)
			}
		})
	}
}

func TestIsWorkTitle(t *testing.T) {
	l := lexicon()
	tests := []struct {
		before string
		want   bool
	}{
		{"the author of", true},
		{"her new book", true},
		{"a film titled", true},
		{"the leader of", false},
		{"he said,", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isWorkTitle(l, tokenize(tt.before, nil)); got != tt.want {
			t.Errorf("isWorkTitle(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

func TestClauseAfterCueNamesNoSpeaker(t *testing.T) {
	runAttribCases(t, []attribCase{
		{name: "said then a clause", paras: []string{`"It works," said the report was wrong.`}, speaker: "", role: ""},
		{name: "said then a speaker", paras: []string{`"It works," said the mayor.`}, speaker: "the mayor", role: ""},
		{name: "said then a speaker and a time", paras: []string{`"It works," said Ada Moss on Tuesday.`}, speaker: "Ada Moss", role: ""},
	})
}

func TestClauseFollows(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the revival was real", true},
		{"the plan would fail", true},
		{"the mayor .", false},
		{"the mayor on Tuesday", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, nil)
		if got := clauseFollows(toks, 2, len(toks)); got != tt.want {
			t.Errorf("clauseFollows(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
