package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isDeterminer reports whether a lower-case word opens a nominal speaker
// ("the document", "a spokesman", "one owner").
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "one":
		return true
	}
	return false
}

// cueIn finds the first (or, with last, the final) reporting verb in
// toks[lo:hi], returning its index and length.
func cueIn(l *nameLexicon, toks []token, lo, hi int, last bool) (int, int) {
	found, flen := -1, 0
	for i := lo; i < hi; i++ {
		if n := cueAt(l, toks, i); n > 0 && i+n <= hi {
			if !last {
				return i, n
			}
			found, flen = i, n
		}
	}
	return found, flen
}

// npWord reports whether a token may be part of a speaker's noun phrase
// read backwards from its verb: names, titles, modifiers and nouns, but
// not function words, verbs of reporting, or punctuation.
func npWord(l *nameLexicon, t token) bool {
	if t.kind != tWord {
		return false
	}
	w := t.lower()
	if l.cues[w] || l.auxiliary[w] {
		return false
	}
	if l.nonNames[w] && !t.capitalised() {
		return false
	}
	if l.nonNames[w] && t.capitalised() {
		return false
	}
	return !isNumber(t) // "made in 2006 saying" names nobody
}

// npBefore returns the noun phrase that ends just before toks[e], no
// further back than lo: "former Chinese foreign minister and State Council
// member Yang Jiechi", "the document", "he". A determiner is its first word.
func npBefore(l *nameLexicon, toks []token, lo, e int) (int, bool) {
	a := e
	for a-1 >= lo && e-a < 14 {
		t := toks[a-1]
		w := t.lower()
		if isDeterminer(w) {
			if a == e {
				return a, false // a determiner alone names nobody
			}
			a--
			break
		}
		if _, ok := l.pronouns[w]; ok && a == e {
			return a - 1, true
		}
		if w == "and" || w == "of" {
			// "minister and State Council member", "Secretary of State"
			if a-2 >= lo && a < e && (l.titles[toks[a-2].lower()] || l.modifiers[toks[a-2].lower()]) {
				a--
				continue
			}
			if w == "of" && a-2 >= lo && a < e && toks[a].capitalised() && toks[a-2].capitalised() {
				a-- // "G.K. Butterfield of North Carolina"
				continue
			}
			break
		}
		if !npWord(l, t) {
			break
		}
		a--
	}
	return a, a < e
}

// npAfter returns the end of the noun phrase that starts at toks[s], no
// further than hi: "Sen. Tom Carper of Delaware", "the senator".
func npAfter(l *nameLexicon, toks []token, s, hi int) (int, bool) {
	b := s
	if b < hi {
		if _, ok := l.pronouns[toks[b].lower()]; ok {
			return b + 1, true
		}
		if isDeterminer(toks[b].lower()) {
			b++
		}
	}
	for b < hi && b-s < 14 {
		t := toks[b]
		w := t.lower()
		if (w == "of" || l.particles[w]) && b > s && b+1 < hi && toks[b+1].capitalised() {
			b++ // "Tom Carper of Delaware", "Sophie van Dijk"
			continue
		}
		if !npWord(l, t) || (!t.capitalised() && !l.titles[w] && !l.modifiers[w] && b > s && toks[b-1].capitalised() && !l.titles[toks[b-1].lower()]) {
			break
		}
		b++
	}
	return b, b > s
}

// subject is the phrase naming who spoke, toks[a:b] of one paragraph, with
// the appositive role that follows it (app.a < app.b) if any.
type subject struct {
	p, a, b int
	app     tokRange
	cue     string
}

// subjectOf finds the speaker of a reporting verb at toks[c:c+n] inside the
// window toks[lo:hi]: after the verb for "according to" and for a verb that
// opens the window ("said Ms. Khan"), otherwise before it ("Yang said",
// "Yashchenko, vice director of ..., said", "he told").
func subjectOf(l *nameLexicon, toks []token, lo, hi, c, n int, known func(tok int) bool) (subject, bool) {
	cue := strings.ToLower(joinTokens(toks[c : c+n]))
	first := c == lo
	for k := lo; k < c && !first; k++ {
		if !l.auxiliary[toks[k].lower()] {
			break
		}
		if k == c-1 {
			first = true
		}
	}
	if n > 1 && toks[c+n-1].lower() == "to" || first {
		s := c + n
		for s < hi && toks[s].kind == tWord && l.auxiliary[toks[s].lower()] && !isDeterminer(toks[s].lower()) {
			s++
		}
		b, ok := npAfter(l, toks, s, hi)
		if !ok || clauseFollows(toks, b, hi) {
			return subject{}, false // "said the revival was real" reports, it names no speaker
		}
		sub := subject{a: s, b: b, cue: cue}
		if x, y, ok := appositive(l, toks, b, false); ok && y <= hi && opensAppositive(l, toks[x]) {
			sub.app = tokRange{a: x, b: y}
		} else if r, ok := nameAfterComma(l, toks, b, hi); ok && isDescription(l, toks[s:b]) {
			sub.app = r // "said the town manager, Carl Ostrowski"
		} else if b+1 < hi && toks[b].isPunct(",") && relative(toks[b+1]) {
			// "said Lewandowski, who ran a pilot registration project"
			sub.app = tokRange{a: b + 1, b: hi}
		}
		return describedName(l, toks, sub), true
	}
	j := c
	for j-1 >= lo && toks[j-1].kind == tWord && l.auxiliary[toks[j-1].lower()] {
		j--
	}
	j = skipBracket(toks, lo, j)
	if j-1 >= lo && toks[j-1].isPunct(",") {
		// "Name, role, said": the subject stands before the appositive
		k := j - 2
		for k >= lo && j-k < 30 && !toks[k].isPunct(",") && !toks[k].sentenceEnd() && toks[k].kind != tQuote {
			k--
		}
		if k >= lo && toks[k].isPunct(",") && k+1 < j-1 && opensAppositive(l, toks[k+1]) {
			if a, ok := npBefore(l, toks, lo, k); ok {
				app := tokRange{a: k + 1, b: j - 1}
				if app.b-app.a == 1 && isNumber(toks[app.a]) {
					app = tokRange{} // an age: "Ana Ruiz, 45, said"
				}
				return describedName(l, toks, subject{a: a, b: k, app: app, cue: cue}), true
			}
		}
		// "Trump shot back in a statement, saying": the clause's subject
		if a, b, ok := firstSubject(l, toks, lo, j-1, known); ok {
			return subject{a: a, b: b, cue: cue}, true
		}
		return subject{}, false
	}
	a, ok := npBefore(l, toks, lo, j)
	if !ok {
		// "..., but insisting that": the clause's subject
		if a, b, ok := firstSubject(l, toks, lo, j, known); ok {
			return subject{a: a, b: b, cue: cue}, true
		}
		return subject{}, false
	}
	return subject{a: a, b: j, cue: cue}, true
}

// firstSubject returns the first personal pronoun or person the text knows
// in toks[lo:hi] (known says which tokens start a person's mention; nil
// knows nobody), else the first name. Possessives ("Trump's") and a
// capitalised participle or adverb opening the sentence ("Facing") are
// not subjects.
func firstSubject(l *nameLexicon, toks []token, lo, hi int, known func(int) bool) (int, int, bool) {
	if known != nil {
		for i := lo; i < hi; i++ {
			if kind, ok := l.pronouns[toks[i].lower()]; ok && kind == "person" {
				return i, i + 1, true // "he supported Obama and said"
			}
			if known(i) && !toks[i].possessive() && !(i+1 < hi && toks[i+1].possessive() && isNameWord(l, toks[i+1])) {
				j := i + 1
				for j < hi && isNameWord(l, toks[j]) {
					j++
				}
				return i, j, true
			}
		}
	}
	for i := lo; i < hi; i++ {
		t := toks[i]
		if kind, ok := l.pronouns[t.lower()]; ok && kind == "person" {
			return i, i + 1, true
		}
		if isNameWord(l, t) {
			j := i + 1
			for j < hi && isNameWord(l, toks[j]) && !toks[j-1].possessive() {
				j++
			}
			if toks[j-1].possessive() || i == lo && j == i+1 && verbForm(t.lower()) {
				i = j - 1
				continue
			}
			return i, j, true
		}
	}
	return 0, 0, false
}

// verbForm reports whether a word looks like a participle or adverb
// ("facing", "asked", "instead"): a sentence may open with one, capitalised.
func verbForm(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// isNumber reports whether a word is written in digits.
func isNumber(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.kind == tWord && unicode.IsDigit(r)
}

// relative reports whether a word opens a relative clause ("who", "whose").
func relative(t token) bool {
	w := t.lower()
	return w == "who" || w == "whose"
}

// opensAppositive reports whether a word may open an appositive between
// commas ("Name, a former director, said"; "Name, who ran ..., said"):
// not a verb in the past tense or a participle ("Name, reached out to
// ..., writing"; "Name, bristling with anger, says").
func opensAppositive(l *nameLexicon, t token) bool {
	if t.kind != tWord {
		return false
	}
	w := t.lower()
	if l.titles[w] || l.modifiers[w] || isDeterminer(w) || relative(t) || t.capitalised() || t.possessive() {
		return true
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !l.cues[w]
}

// joinTokens writes tokens back as text with single spaces, without a
// space before punctuation.
func joinTokens(toks []token) string {
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 && t.kind == tWord {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.text)
	}
	return sb.String()
}
