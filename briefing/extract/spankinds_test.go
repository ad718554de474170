package extract

import (
	"strings"
	"testing"
)

// spanAt is the name span of the words of name in paragraph 0 of d, of
// kind k.
func spanAt(t *testing.T, d *Doc, name string, k EntityKind) NameSpan {
	t.Helper()
	ts := d.Paras[0].Toks
	ws := strings.Fields(name)
	for i := range ts {
		j := 0
		for j < len(ws) && i+j < len(ts) && ts[i+j].Text() == ws[j] {
			j++
		}
		if j == len(ws) {
			return NameSpan{From: i, To: i + j, Kind: k}
		}
	}
	t.Fatalf("%q is not in %q", name, d.Paras[0].Text)
	return NameSpan{}
}

func TestMendSpans(t *testing.T) {
	type span struct {
		name string
		kind EntityKind
	}
	tests := []struct {
		text      string
		tagged    []span
		want      []span
		becauseOf string
	}{
		{"Congress passed the TIMBER and Fisheries Act in 1990.",
			[]span{{"TIMBER", OrgName}, {"Fisheries Act", OrgName}},
			[]span{{"TIMBER and Fisheries Act", OrgName}}, "the A and B Act is one name"},
		{"It signed the Northern Convention on the Rights of the Herring in 1990.",
			[]span{{"Northern Convention", OrgName}, {"Rights of the", OrgName}, {"Herring", PlaceName}},
			[]span{{"Northern Convention on the Rights of the Herring", OrgName}}, "a law's name goes on with what it is on"},
		{"They signed the Convention for the Safety of Garden Gnomes in 1884.",
			[]span{{"Safety of Garden Gnomes", OrgName}},
			[]span{{"Convention for the Safety of Garden Gnomes", OrgName}}, "a law's name begins at its head"},
		{"Delegates met at the Maple Convention on Thursday in Leeds.",
			[]span{{"Maple Convention", OrgName}, {"Thursday", OrgName}, {"Leeds", PlaceName}},
			[]span{{"Maple Convention", OrgName}, {"Thursday", OrgName}, {"Leeds", PlaceName}}, "on Thursday is when"},
		{"Crowds came to the Fjordland Olympics in Sochi.",
			[]span{{"Fjordland Olympics", OrgName}, {"Sochi", PlaceName}},
			[]span{{"Fjordland Olympics", MiscName}, {"Sochi", PlaceName}}, "an event is none of the kinds"},
		{"The Department of War replied.",
			[]span{{"Department of War", OrgName}},
			[]span{{"Department of War", OrgName}}, "a department of war is no war"},
		{"Shares of Brellix Technology and Dazzo Foundation fell.",
			[]span{{"Brellix Technology", PersonName}, {"Dazzo Foundation", PersonName}},
			[]span{{"Brellix Technology", OrgName}, {"Dazzo Foundation", OrgName}}, "an institution's last word"},
		{"Traffic stopped on the Harlan Quist Bridge.",
			[]span{{"Harlan Quist Bridge", PersonName}},
			[]span{{"Harlan Quist Bridge", PlaceName}}, "a bridge is a place"},
		{"Paula White and Sen. Mary White spoke.",
			[]span{{"Paula White", PersonName}, {"Sen. Mary White", PersonName}},
			[]span{{"Paula White", PersonName}, {"Sen. Mary White", PersonName}}, "a given name and a surname"},
	}
	for _, tt := range tests {
		d := NewDoc([]string{tt.text})
		var in, want []NameSpan
		for _, s := range tt.tagged {
			in = append(in, spanAt(t, d, s.name, s.kind))
		}
		for _, s := range tt.want {
			want = append(want, spanAt(t, d, s.name, s.kind))
		}
		got := mendSpans(d, 0, in)
		if len(got) != len(want) {
			t.Errorf("%s: %q mended to %v, want %v", tt.becauseOf, tt.text, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %q mended to %v, want %v", tt.becauseOf, tt.text, got, want)
				break
			}
		}
	}
}

// TestLawNamedForASeaIsNoPlace checks that a law's name ending with a
// sea's word stays the law it names.
func TestLawNamedForASeaIsNoPlace(t *testing.T) {
	d := NewDoc([]string{"It signed the Northern Convention on the Rights of the Sea in 1990."})
	s := spanAt(t, d, "Northern Convention on the Rights of the Sea", OrgName)
	ents, _ := groupEntities(d, []NameSpan{s}, nil)
	if len(ents) != 1 || ents[0].Kind != OrgName {
		t.Errorf("entities %+v, want the convention as an organisation", ents)
	}
}

// TestNamedAsAnOrganisation checks that a name of one word the tagger
// takes for a person is an organisation where the text says it is one.
func TestNamedAsAnOrganisation(t *testing.T) {
	tests := []struct {
		text string
		org  bool
	}{
		{"Health insurers Dorvane, Quilling and Marsh Group raised prices on Monday.", true},
		{"Dorvane, the Dutch shipping company, reported a loss.", true},
		{"Dorvane, an airline pilot from Leeds, reported a loss.", false},
		{"Dorvane said it did not expect a large effect on its revenue this year.", true},
		{"Dorvane said it would not comment on the matter.", false},
		{"Investors sold shares of Dorvane after the report.", true},
		{"Dorvane's shares fell sharply.", true},
		{"Dorvane, whose processors run most phones, declined to comment.", true},
	}
	for _, tt := range tests {
		d := NewDoc([]string{tt.text})
		kind := None
		for _, e := range Analyze(d).Entities {
			if e.Name == "Dorvane" {
				kind = e.Kind
			}
		}
		if want := map[bool]EntityKind{true: OrgName, false: PersonName}[tt.org]; kind != want {
			t.Errorf("%q: Dorvane is a %v, want a %v", tt.text, kind, want)
		}
	}
}
