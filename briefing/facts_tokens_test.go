package briefing

import (
	"strings"
	"testing"
)

// TestFactTokensAppendAfterOtherParagraphs checks that the words of a
// paragraph read after another's into the same slice are the same as when
// read alone: the first opens a sentence, the positions are the paragraph's.
func TestFactTokensAppendAfterOtherParagraphs(t *testing.T) {
	lx := factLex()
	for _, tc := range []struct{ before, p string }{
		{"Shares fell on Monday.", "last year the company grew"},
		{"It rained", "and Inc. said so. Later, U.S. officials left"},
		{"", "Prices rose 3.5 percent"},
	} {
		alone := factTokens(tc.p, lx, nil)
		after := factTokens(tc.p, lx, factTokens(tc.before, lx, nil))
		got := after[len(after)-len(alone):]
		if len(after) < len(alone) {
			t.Fatalf("%q after %q: %d words, want at least %d", tc.p, tc.before, len(after), len(alone))
		}
		for k := range alone {
			if got[k] != alone[k] {
				t.Errorf("%q after %q: word %d is %+v, want %+v as when read alone", tc.p, tc.before, k, got[k], alone[k])
			}
		}
		if len(alone) > 0 && !got[0].sent {
			t.Errorf("%q after %q: the first word does not open a sentence", tc.p, tc.before)
		}
	}
}

// TestRelativeFirstWordsAreLowerCase guards the quick way out of dateAt,
// which looks up a lower-case word's kinds instead of the relative phrases:
// the two agree only while every phrase starts with a lower-case word.
func TestRelativeFirstWordsAreLowerCase(t *testing.T) {
	lx := factLex()
	if len(lx.relFirst) == 0 {
		t.Fatal("no relative date phrases in the word lists")
	}
	for w := range lx.relFirst {
		if w != strings.ToLower(w) {
			t.Errorf("relative phrase starts with %q, not in lower case", w)
		}
		if lx.kinds[w]&kRelFirst == 0 {
			t.Errorf("%q does not have the kind of a relative phrase's first word", w)
		}
	}
}

// TestCalendarWordsHaveTheirKind guards the quick way out of dateAt for
// words that are no month or weekday: every month, abbreviation and
// weekday, as a paragraph's word, must carry the calendar kind.
func TestCalendarWordsHaveTheirKind(t *testing.T) {
	lx := factLex()
	var words []string
	for w := range lx.months {
		words = append(words, w)
	}
	for w := range lx.monthAbbr {
		words = append(words, w)
	}
	for w := range lx.weekdays {
		words = append(words, w)
	}
	if len(words) < 19 {
		t.Fatalf("only %d calendar words in the word lists", len(words))
	}
	pp := &factPara{lx: lx}
	for _, w := range words {
		pp.reset("on "+w+" then", Span{}, nil)
		k := -1
		for j := range pp.toks {
			if pp.word(j) == w {
				k = j
			}
		}
		if k < 0 {
			t.Logf("%q is not one word", w)
			continue // a word with a stop or space is not one word
		}
		if !pp.has(kCalendar, k) {
			t.Errorf("%q does not have the calendar kind", w)
		}
	}
}

// TestKindOfAgreesWithKinds checks the length filter in front of the kinds
// map: every listed word keeps its kinds, unlisted words have none.
func TestKindOfAgreesWithKinds(t *testing.T) {
	lx := factLex()
	for w, k := range lx.kinds {
		if got := lx.kindOf(w); got != k {
			t.Errorf("kindOf(%q) = %b, want %b", w, got, k)
		}
		if got := lx.kindOfBytes([]byte(w)); got != k {
			t.Errorf("kindOfBytes(%q) = %b, want %b", w, got, k)
		}
	}
	for _, w := range []string{"", "zzz", "parliamentarians", "the-", strings.Repeat("a", 80)} {
		if _, listed := lx.kinds[w]; listed {
			continue
		}
		if got := lx.kindOf(w); got != 0 {
			t.Errorf("kindOf(%q) = %b, want none", w, got)
		}
	}
}

// TestFactTokenHyphen checks that a word's hyphen flag, which spares
// dateAt a search of every word, says whether the word holds a hyphen.
func TestFactTokenHyphen(t *testing.T) {
	lx := factLex()
	for _, p := range []string{
		"Sino-American talks began in mid-May, not mid May.",
		"A 1,100-mile pipeline, the $60-million deal - and U.S. officials' well-being.",
		"Xi'an and Washington's allies; re-elected co-chairs.",
		"Nothing here - but a dash – and an en dash.",
	} {
		for _, tok := range factTokens(p, lx, nil) {
			w := p[tok.start:tok.end]
			if want := strings.Contains(w, "-"); tok.hyphen != want {
				t.Errorf("%q in %q: hyphen %v, want %v", w, p, tok.hyphen, want)
			}
		}
	}
}
