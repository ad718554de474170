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
