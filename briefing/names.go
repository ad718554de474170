package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameRun is a run of capitalised name words inside a paragraph's tokens,
// toks[a:b]: "Valeria Yashchenko", "Putin's", "G.K. Butterfield".
type nameRun struct {
	a, b int
	// org is set when the run is followed by an organisation word
	// ("Clinton Foundation"): it names an institution, not a person.
	org bool
}

// isNameWord reports whether a token can be part of a person's name: a
// capitalised word that is not written in capitals only, and is not a
// function word, title, modifier or organisation word.
func isNameWord(l *nameLexicon, t token) bool {
	if t.kind != tWord || t.text[0] < utf8.RuneSelf && (t.text[0] < 'A' || t.text[0] > 'Z') {
		return false // the quick way out for most words
	}
	if !t.capitalised() || t.allCaps() {
		return false
	}
	return nameWordBase(l, t.lowBase())
}

// nameWordBase is the last test of isNameWord, on the word without its
// possessive, in lower case: it is in no list of words that are never part
// of a name, and has no digit.
func nameWordBase[W ~string | ~[]byte](l *nameLexicon, w W) bool {
	if l.notNameWord[string(w)] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return false
		}
	}
	return true
}

// mayHoldNameWord reports whether paragraph p may hold a name word, without
// splitting it into tokens: when it is false, no token of p is a name word
// (isNameWord), so p has no name runs and the people finder need not read
// it. Each word the tokeniser would start with an ASCII capital is read as
// that word's token; a capital beyond ASCII anywhere makes it true.
func mayHoldNameWord(l *nameLexicon, p string) bool {
	for k := 0; k < len(p); {
		c := p[k]
		if !capitalOrWide[c] {
			k++ // the quick way over most bytes
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(p[k:])
			if unicode.IsUpper(r) {
				return true
			}
			k += n
			continue
		}
		// a capital after a letter or digit is inside a word, never its start
		if (k == 0 || !asciiWord(p[k-1])) && nameWordAt(l, p, k) {
			return true
		}
		k++
	}
	return false
}

// nameWordAt reports whether the word the tokeniser would start at the
// ASCII capital p[k] is a name word (isNameWord), without making its lower
// case a string when the word is all ASCII.
func nameWordAt(l *nameLexicon, p string, k int) bool {
	t := wordAt(l, p, k)
	for i := 0; i < len(t.text); i++ {
		if t.text[i] >= utf8.RuneSelf {
			t.low = strings.ToLower(t.text)
			return isNameWord(l, t)
		}
	}
	// isNameWord on an ASCII word starting with a capital
	if t.allCaps() {
		return false
	}
	var space [64]byte
	return nameWordBase(l, appendLower(space[:0], t.base()))
}

// capitalOrWide marks the ASCII capitals and the bytes beyond ASCII: the
// bytes mayHoldNameWord stops at. It is never written after it is made.
var capitalOrWide = func() (t [256]bool) {
	for c := range t {
		t[c] = 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf
	}
	return t
}()

// wordAt is the token the tokeniser makes of the word starting at byte i
// of p, with its stop when it is an abbreviation, but without its lower
// case.
func wordAt(l *nameLexicon, p string, i int) token {
	j, _, _ := wordEnd(p, i)
	if j < len(p) && p[j] == '.' && isAbbreviation(l, p[i:j]) {
		j++
	}
	return token{kind: tWord, start: int32(i), end: int32(j), text: p[i:j]}
}

// nameRuns finds the runs of name words in a paragraph's tokens. Lower-case
// particles ("de", "van") may join two name words; a possessive ends a run.
func nameRuns(l *nameLexicon, toks []token) []nameRun {
	return appendNameRuns(nil, l, toks)
}

// appendNameRuns is nameRuns appending to runs, so that a caller reading
// one paragraph at a time can reuse one buffer.
func appendNameRuns(runs []nameRun, l *nameLexicon, toks []token) []nameRun {
	for i := 0; i < len(toks); {
		if !isNameWord(l, toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j-1].possessive() {
			if isNameWord(l, toks[j]) {
				j++
				continue
			}
			if l.particles[toks[j].text] && j+1 < len(toks) && isNameWord(l, toks[j+1]) {
				j += 2
				continue
			}
			break
		}
		r := nameRun{a: i, b: j}
		if j < len(toks) && toks[j].capitalised() && l.orgWords[toks[j].lowBase()] {
			r.org = true
		}
		runs = append(runs, r)
		i = j
	}
	return runs
}

// runWords are the words of a run without a possessive ending.
func runWords(toks []token, r nameRun) []string {
	w := make([]string, 0, r.b-r.a)
	for _, t := range toks[r.a:r.b] {
		w = append(w, t.base())
	}
	return w
}

// runText is the name a run spells, without a possessive: "Vladimir Putin".
func runText(toks []token, r nameRun) string { return strings.Join(runWords(toks, r), " ") }

// runEnd is the byte offset where the run's name ends, before any
// possessive ending.
func runEnd(toks []token, r nameRun) int {
	t := toks[r.b-1]
	return int(t.start) + len(t.base())
}

// cueAt returns how many tokens the reporting verb or phrase starting at
// toks[i] spans, or 0 when none starts there.
func cueAt(l *nameLexicon, toks []token, i int) int {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return 0
	}
	w := toks[i].lower()
	if l.cues[w] {
		if toks[i].capitalised() {
			return 0 // a capitalised "States" or "Read" is no reporting verb
		}
		if passiveAt(toks, i) {
			return 0 // "he was accused of": somebody else spoke
		}
		return 1
	}
	for _, ph := range l.cuePhrases {
		if ph[0] != w || i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph); k++ {
			if toks[i+k].kind != tWord || toks[i+k].lower() != ph[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(ph)
		}
	}
	return 0
}

// cueTakesObject reports whether a cue is followed by whom it was said to
// ("told reporters") rather than by its speaker ("said Ms. Khan").
func cueTakesObject(w string) bool {
	switch strings.ToLower(w) {
	case "called", "calls", "call", "told", "tells", "tell", "telling", "asked", "asks", "asking", "urged", "urges", "warned", "warns", "promised", "promises":
		return true
	}
	return false
}

// isRoleWord reports whether a word may stand in a role written before a
// name: a title, a modifier, or a capitalised word such as a nationality
// or an institution ("Chinese", "State Council").
func isRoleWord(l *nameLexicon, t token) bool {
	if t.kind != tWord {
		return false
	}
	w := t.lower()
	if l.titles[w] || l.modifiers[w] {
		return true
	}
	return t.capitalised() && !l.nonNames[w] && !l.honorifics[w] && !l.cues[w]
}

// roleBefore finds a role written just before the name starting at
// toks[a] ("former Chinese foreign minister and State Council member"),
// going back no further than lo. It returns the role's token range, or
// ok false when the word before the name is not a title.
func roleBefore(l *nameLexicon, toks []token, lo, a int) (int, int, bool) {
	end := a
	if end-1 >= lo && toks[end-1].isPunct(",") && end-2 >= lo && l.titles[toks[end-2].lower()] {
		end-- // "campaign chairman, Paul Manafort"
	}
	k := end - 1
	if k-2 >= lo && toks[k].capitalised() && toks[k-1].text == "of" && l.titles[toks[k-2].lower()] {
		k -= 2 // "Secretary of State John Kerry"
	} else if k < lo || !l.titles[toks[k].lower()] || l.honorifics[toks[k].lower()] {
		return 0, 0, false
	}
	for k-1 >= lo {
		t := toks[k-1]
		w := t.lower()
		if (w == "and" || w == "of") && k-2 >= lo {
			// "minister and State Council member": the word before must be a title or modifier
			u := toks[k-2]
			if l.titles[u.lower()] || l.modifiers[u.lower()] || (w == "of" && u.capitalised() && isRoleWord(l, u)) {
				k -= 2
				continue
			}
			break
		}
		if t.possessive() {
			if t.capitalised() {
				k-- // "Trump's campaign chairman": the owner opens the role
			}
			break
		}
		if !isRoleWord(l, t) {
			// an unlisted lower-case word inside a role: "longtime fisheries negotiator"
			if !plainWord(l, t) || k-2 >= lo && !(l.modifiers[toks[k-2].lower()] || l.titles[toks[k-2].lower()] || isDeterminer(toks[k-2].lower())) {
				break
			}
		}
		k--
	}
	return k, end, true
}

// plainWord reports whether a lower-case word may be a noun or adjective
// inside a role: not a function word, reporting verb, auxiliary or a verb
// form ending in -ed or -ing.
func plainWord(l *nameLexicon, t token) bool {
	w := t.lower()
	if t.kind != tWord || t.capitalised() || l.nonNames[w] || l.cues[w] || l.auxiliary[w] {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// roleAppositive finds the role an appositive gives a person: one with a
// title, or a noun phrase opened by an article ("Tomas Berger, a dairy
// farmer near the river,").
func roleAppositive(l *nameLexicon, toks []token, i int) (int, int, bool) {
	if a, b, ok := appositive(l, toks, i, true); ok {
		return a, b, true
	}
	a, b, ok := appositive(l, toks, i, false)
	if !ok || !isDeterminer(toks[a].lower()) {
		return 0, 0, false
	}
	// "the philosopher Luis de Miranda weaves ...": a name and then a verb is a clause
	for k := a; k+1 < b; k++ {
		t, u := toks[k], toks[k+1]
		if t.capitalised() && !t.possessive() && !l.titles[t.lower()] && u.kind == tWord && !u.capitalised() && !l.nonNames[u.lower()] {
			return 0, 0, false
		}
	}
	return a, b, true
}

// appositiveAfter finds an appositive role after a name, starting at the
// comma toks[i]: "Valeria Yashchenko, vice director of the Institute of
// Cybersecurity at Moscow State University,". The role runs to the next
// comma, sentence end or quotation; it must name a title or a party and
// must not open with a reporting verb or a relative pronoun.
func appositiveAfter(l *nameLexicon, toks []token, i int) (int, int, bool) {
	return appositive(l, toks, i, true)
}

// appositive finds an appositive starting at the comma toks[i]; with
// needTitle it must hold a title or party word.
func appositive(l *nameLexicon, toks []token, i int, needTitle bool) (int, int, bool) {
	if i >= len(toks) || !toks[i].isPunct(",") {
		return 0, 0, false
	}
	a := i + 1
	b := a
	hasTitle := false
	for b < len(toks) && b-a < 25 {
		t := toks[b]
		if t.kind != tWord {
			if t.isPunct("-") || t.isPunct("'") || t.isPunct("’") {
				b++
				continue
			}
			break
		}
		if b > a && (cueAt(l, toks, b) > 0 || relative(t) || t.lower() == "which") {
			break // the role ends where a verb or a relative clause begins
		}
		if l.titles[t.lower()] {
			hasTitle = true
		}
		b++
	}
	if b == a || needTitle && !hasTitle {
		return 0, 0, false
	}
	first := toks[a]
	fw := first.lower()
	if cueAt(l, toks, a) > 0 || fw == "who" || fw == "which" || fw == "that" || fw == "and" || fw == "but" {
		return 0, 0, false
	}
	if first.capitalised() && !l.titles[fw] && !l.modifiers[fw] && !first.possessive() {
		return 0, 0, false // "Washington, D.C." or a list of names
	}
	return a, b, true
}
