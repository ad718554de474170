package extract

import (
	"reflect"
	"testing"
)

func TestFactWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string // words, "+s" marks a possessive, "^" a sentence start
	}{
		{"Washington's accusations", []string{"^Washington+s", "accusations"}},
		{"the U.S. and the U.K.", []string{"^the", "U.S.", "and", "the", "U.K."}},
		{"3,000 km and 3.5% of $60 million.", []string{"^3,000", "km", "and", "3.5", "of", "60", "million"}},
		{"Sino-American talks in Xi'an", []string{"^Sino-American", "talks", "in", "Xi'an"}},
		{"China -- two major powers: Russia", []string{"^China", "two", "major", "powers", "^Russia"}},
		{"“Not necessarily.” Moscow’s view", []string{"^Not", "necessarily", "^Moscow+s", "view"}},
		{"a 1,100-mile line on 2014-05-20", []string{"^a", "1,100-mile", "line", "on", "2014-05-20"}},
	}
	for _, tt := range tests {
		d := NewDoc([]string{tt.in})
		pp := newFactPara(d, 0, nil)
		var got []string
		for _, w := range pp.toks {
			s := tt.in[w.start:w.end]
			if w.sent {
				s = "^" + s
			}
			if w.poss() {
				s += "+s"
			}
			got = append(got, s)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("words of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFactsOfADocument(t *testing.T) {
	d := NewDoc([]string{
		"In May 2014, the state operator signed a $60 million contract with Chinese company Huawei in Moscow.",
		"The International Monetary Fund (IMF) agreed; the IMF lent 12 percent more to the U.S. last year.",
	})
	got := map[string]string{}
	for _, f := range Facts(d, Analyze(d)) {
		got[f.Text] = [...]string{"", "org", "place", "date", "figure"}[f.Kind]
		for _, m := range f.Mentions {
			if m.Start < 0 || m.End > len(d.Paras[m.Para].Text) || m.Start >= m.End {
				t.Errorf("%q: mention %+v outside its paragraph", f.Text, m)
			}
		}
	}
	want := map[string]string{
		"May 2014": "date", "last year": "date", "$60 million": "figure", "12 percent": "figure",
		"Huawei": "org", "International Monetary Fund": "org", "Moscow": "place", "United States": "place",
	}
	for text, kind := range want {
		if got[text] != kind {
			t.Errorf("fact %q is %q, want %q (all: %v)", text, got[text], kind, got)
		}
	}
	if _, ok := got["IMF"]; ok {
		t.Errorf("IMF listed apart from the International Monetary Fund: %v", got)
	}
}

func TestFactsOfNothing(t *testing.T) {
	d := NewDoc(nil)
	if fs := Facts(d, Analyze(d)); len(fs) != 0 {
		t.Errorf("facts of an empty document: %v", fs)
	}
}

func TestFactWordsTakenByNames(t *testing.T) {
	p := "a 1,100-mile border with Kazakhstan in 2014"
	d := NewDoc([]string{p})
	k := -1
	for i, tok := range d.Paras[0].Toks {
		if tok.Text() == "Kazakhstan" {
			k = i
		}
	}
	pp := newFactPara(d, 0, [][2]int{{k, k + 1}})
	var taken []string
	for i, w := range pp.toks {
		if pp.taken[i] {
			taken = append(taken, p[w.start:w.end])
		}
	}
	if !reflect.DeepEqual(taken, []string{"Kazakhstan"}) {
		t.Errorf("words taken by the name = %q, want only Kazakhstan", taken)
	}
	// a name over the first token of a joined word takes the word
	pp = newFactPara(d, 0, [][2]int{{1, 2}})
	if !pp.taken[1] || pp.taken[0] || pp.taken[2] {
		t.Errorf("a name over %q took words %v, want only %q", d.Paras[0].Toks[1].Text(), pp.taken, p[pp.toks[1].start:pp.toks[1].end])
	}
}

// newFactPara reads the words of paragraph pi of d. The words that a
// tagged name covers (from, to: token ranges) are taken.
func newFactPara(d *Doc, pi int, names [][2]int) *factPara {
	pp := &factPara{}
	pp.read(d, pi, names)
	return pp
}

// TestSizesAreNoYears checks that a number of four digits that is one side
// of a size ("1800 x 1920") or a number of a unit ("1900 pixels") is no
// year, while a year beside it stays one.
func TestSizesAreNoYears(t *testing.T) {
	d := NewDoc([]string{
		"The display runs at 1800 x 1920 per eye, the panel at 2560×1440, and the screen reaches 1900 nits.",
		"The company was founded in 1998 and moved to Berlin in 2010.",
	})
	got := map[string]bool{}
	for _, f := range Facts(d, Analyze(d)) {
		if f.Kind == DateFact {
			got[f.Text] = true
		}
	}
	for _, no := range []string{"1800", "1920", "1900"} {
		if got[no] {
			t.Errorf("%s listed as a date: %v", no, got)
		}
	}
	for _, yes := range []string{"1998", "2010"} {
		if !got[yes] {
			t.Errorf("%s not listed as a date: %v", yes, got)
		}
	}
}
