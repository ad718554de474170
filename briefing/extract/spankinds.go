package extract

import "strings"

// mendSpans corrects the tagger's name spans of paragraph pi where the
// words of the name itself tell its extent or kind (otherwords.txt,
// orgwords.txt, placewords.txt):
//
//   - the name of a law or treaty is one name: a name ending with such a
//     head word ("Act", "Convention") takes in the "of ...", "on the ..."
//     or "for ..." that goes on from it ("United Nations Convention on the
//     Law of the Sea"), a name that such a head and joiner stand before
//     ("Convention for the Protection of Submarine Telegraph Cables")
//     begins at the head, and "the A and B Act" is one name. It keeps the
//     kind the tagger gave it, a person's becoming an organisation's;
//   - the name of an event of two words or more ("Winter Olympics") is
//     none of a person, an organisation or a place;
//   - the name of a list of two words or more ("Entity List", "Billionaires
//     List") is none either, unless a possessive names it after someone
//     ("Emily's List", a group);
//   - a person's name whose last word is an institution's ("Clinton
//     Foundation", "Acme Technology") is an organisation, or a place when
//     the word is an area's ("George Washington Bridge"), unless it is a
//     given name and one more word, which may be a surname ("Paula
//     White").
func mendSpans(d *Doc, pi int, spans []NameSpan) []NameSpan {
	if len(spans) == 0 {
		return spans
	}
	ts := d.Paras[pi].Toks
	w := lex()
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		// "the A and B Act": the two names are one
		if i+1 < len(spans) && s.From > 0 && ts[s.From-1].Lower() == "the" && spans[i+1].From == s.To+1 &&
			(ts[s.To].Lower() == "and" || ts[s.To].Text() == "&") && w.lawWords[lastWord(ts, spans[i+1])] {
			s.To, s.Kind = spans[i+1].To, spans[i+1].Kind
			i++
		}
		law := false
		if w.lawWords[lastWord(ts, s)] || isLawHead(ts, s.From) {
			// the "of ..." that goes on with it, with any names in it
			law = true
			if to := nameGoesOn(ts, s.To); to > s.To {
				s.To = to
				for i+1 < len(spans) && spans[i+1].From < to {
					s.To = max(s.To, spans[i+1].To)
					i++
				}
			}
		} else if from := lawHeadBefore(ts, s.From); from < s.From {
			// "Convention for the Protection of ...", begun at its head,
			// over a name before it that ends there
			law = true
			s.From = from
			for len(out) > 0 && out[len(out)-1].To > from {
				s.From = min(s.From, out[len(out)-1].From)
				out = out[:len(out)-1]
			}
		}
		last := lastWord(ts, s)
		switch {
		case law && s.Kind == PersonName:
			s.Kind = OrgName
		case w.eventWords[last] && lastAt(ts, s) > s.From && ts[lastAt(ts, s)-1].Cap:
			// "Iraq War", but not "Department of War"
			s.Kind = MiscName
		case w.listHeads[last] && namesList(ts, s):
			s.Kind = MiscName // "Entity List"
		case s.Kind == PersonName && w.orgWords[last] && !w.mapWords[last] && institutionNamed(ts, s):
			s.Kind = OrgName
			if w.areaWords[last] {
				s.Kind = PlaceName // "George Washington Bridge"
			}
		}
		if s.Kind == PersonName && s.To-s.From == 1 && s.To < len(ts) && ts[s.To].Is(",") && unknownOpener(ts, s.From-1) &&
			(len(out) == 0 || out[len(out)-1].To < s.From) {
			s.From-- // "Rizal Hamid, chief executive": a given name no list holds opens the sentence
		}
		out = append(out, s)
	}
	return out
}

// unknownOpener reports whether token k is a capitalised word that opens
// its sentence and that no word list holds (not "The", "Meanwhile" or a
// title): before a one-word person's name and its apposition, it is the
// person's given name, which the tagger leaves because any sentence's
// first word has a capital. An adverb's ending rules a word out.
func unknownOpener(ts []Token, k int) bool {
	if k < 0 || ts[k].Kind != Word || !ts[k].Cap || ts[k].Quoted || k > 0 && ts[k-1].Sent == ts[k].Sent {
		return false
	}
	l := ts[k].Lower()
	if len(l) < 3 || lex().flags(l) != 0 || allUpper(ts[k].Text()) || strings.ContainsAny(l, "'’-.") {
		return false
	}
	for _, end := range adverbEnds {
		if strings.HasSuffix(l, end) {
			return false // "Separately Hamid, ...", "Afterwards Hamid, ..."
		}
	}
	return true
}

// adverbEnds are the endings of the adverbs that open sentences.
var adverbEnds = []string{"ly", "wards", "ward", "where", "theless", "over", "fore", "wise"}

// lastWord is the last word of a span in lower case, without a possessive.
func lastWord(ts []Token, s NameSpan) string { return ts[lastAt(ts, s)].Lower() }

// lastAt is the index of the last word of a span, without a possessive.
func lastAt(ts []Token, s NameSpan) int {
	to := s.To
	for to > s.From+1 && isPossessive(ts[to-1].Text()) {
		to--
	}
	return to - 1
}

// institutionNamed reports whether a person's name whose last word is an
// institution's names the institution: it has two words or more besides
// titles and honorifics, and is not a given name and one more word, which
// may be a surname ("Paula White", "Petty Officer Lyle White").
func institutionNamed(ts []Token, s NameSpan) bool {
	w := lex()
	var ws []string
	for _, t := range ts[s.From:s.To] {
		l := t.Lower()
		if t.Kind == Word && !isPossessive(l) && !w.titles[l] && !w.honorifics[l] {
			ws = append(ws, l)
		}
	}
	return len(ws) > 2 || len(ws) == 2 && !w.firstNames[ws[0]]
}

// isLawHead reports whether token i is a capitalised head word of the
// name of a law or treaty ("Convention") that a lower-case "of", "on" or
// "for" follows.
func isLawHead(ts []Token, i int) bool {
	return i+1 < len(ts) && ts[i].Cap && lex().lawWords[ts[i].Lower()] && joinsName(ts[i+1].Lower())
}

// namesLaw reports whether a span holds the head of the name of a law or
// treaty with what it is of or about ("Convention on the Law of the Sea").
func namesLaw(ts []Token, s NameSpan) bool {
	for i := s.From; i+1 < s.To; i++ {
		if isLawHead(ts, i) {
			return true
		}
	}
	return false
}

// joinsName reports whether a lower-case word goes on with the head of a
// name into what it is of or about ("of", "on", "for").
func joinsName(w string) bool { return w == "of" || w == "on" || w == "for" }

// nameGoesOn returns where the name that ends before token i ends when
// it goes on there with "of", "on" or "for", an optional "the", and
// capitalised words joined by "of", "the" and "and" ("on the Law of the
// Sea"), or i when it does not.
func nameGoesOn(ts []Token, i int) int {
	if i >= len(ts) || ts[i].Cap || !joinsName(ts[i].Lower()) {
		return i
	}
	end := i
	for j := i + 1; j < len(ts) && ts[j].Kind == Word; j++ {
		switch {
		case end == i && isDateWord(&ts[j]):
			return i // "on Thursday" is when, not what
		case ts[j].Cap:
			end = j + 1
		case ts[j].Lower() == "the" || ts[j].Lower() == "of" || ts[j].Lower() == "and":
		default:
			j = len(ts)
		}
	}
	if end == i {
		return i
	}
	return end
}

// lawHeadBefore returns where a name that begins at token from begins
// when a head word of the name of a law or treaty stands before it with
// "of", "on" or "for" and an optional "the" ("Convention for the
// Protection of ..."), or from when none does.
func lawHeadBefore(ts []Token, from int) int {
	j := from - 1
	if j >= 0 && ts[j].Lower() == "the" && !ts[j].Cap {
		j--
	}
	if j < 1 || ts[j].Cap || !joinsName(ts[j].Lower()) || !isLawHead(ts, j-1) || isDateWord(&ts[from]) {
		return from
	}
	return j - 1
}

// isDateWord reports whether a token is a weekday or a month's name.
func isDateWord(t *Token) bool {
	fx := lex().facts
	return fx.weekdays[t.Text()] || fx.months[t.Text()] != ""
}

// namesList reports whether a span ending with a list's head names a list:
// capitalised words before the head, no possessive among them ("Emily's
// List" is a group named after a list).
func namesList(ts []Token, s NameSpan) bool {
	last := lastAt(ts, s)
	if last == s.From || !ts[last].Cap {
		return false
	}
	for k := s.From; k < last; k++ {
		if isPossessive(ts[k].Text()) {
			return false
		}
	}
	return true
}
