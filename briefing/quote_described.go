package briefing

// describedName turns a subject that is a description followed by a name
// ("the town manager, Carl Ostrowski"; "The plaintiffs' lawyer, Rosa
// Delgado,") round: the name becomes the subject and the description its
// role. Any other subject is returned as it is.
func describedName(l *nameLexicon, toks []token, s subject) subject {
	if s.app.b <= s.app.a || !isDescription(l, toks[s.a:s.b]) || !isBareName(l, toks[s.app.a:s.app.b]) {
		return s
	}
	s.a, s.b, s.app.a, s.app.b = s.app.a, s.app.b, s.a, s.b
	return s
}

// isDescription reports whether a phrase describes someone without naming
// them: a determiner or a lower-case word first, no capitalised word after
// it ("the town manager", "The plaintiffs' lawyer").
func isDescription(l *nameLexicon, ph []token) bool {
	if len(ph) == 0 || ph[0].kind != tWord {
		return false
	}
	if ph[0].capitalised() && !isDeterminer(ph[0].lower()) {
		return false
	}
	if _, ok := l.pronouns[ph[0].lower()]; ok && len(ph) == 1 {
		return false
	}
	for _, t := range ph[1:] {
		if t.kind == tWord && t.capitalised() {
			return false
		}
	}
	return true
}

// isBareName reports whether a phrase is a name and nothing else: one to
// four name words ("Carl Ostrowski", "Delgado").
func isBareName(l *nameLexicon, ph []token) bool {
	if len(ph) == 0 || len(ph) > 4 {
		return false
	}
	for _, t := range ph {
		if !isNameWord(l, t) {
			return false
		}
	}
	return true
}

// nameAfterComma returns the bare name that follows the comma toks[i] and
// ends the clause before hi ("said the town manager, Carl Ostrowski.").
func nameAfterComma(l *nameLexicon, toks []token, i, hi int) (tokRange, bool) {
	if i >= hi || !toks[i].isPunct(",") {
		return tokRange{}, false
	}
	j := i + 1
	for j < hi && isNameWord(l, toks[j]) {
		j++
	}
	if j == i+1 || j-i-1 > 4 || j < hi && toks[j].kind == tWord {
		return tokRange{}, false
	}
	return tokRange{a: i + 1, b: j}, true
}

// skipBracket returns where a bracketed aside that ends just before
// toks[j] opens ("Karen Whitfield (D-Mont.) told"), so the speaker is read
// before it; j itself when no short aside ends there.
func skipBracket(toks []token, lo, j int) int {
	if j-1 < lo || !toks[j-1].isPunct(")") {
		return j
	}
	for k := j - 2; k >= lo && j-k < 10; k-- {
		switch {
		case toks[k].isPunct("("):
			return k
		case toks[k].isPunct(")") || toks[k].kind == tQuote || toks[k].sentenceEnd() && !toks[k].isPunct("."):
			return j
		}
	}
	return j
}

// clauseFollows reports whether the noun phrase ending before toks[b] is
// the subject of a clause rather than a speaker: a finite verb follows it
// ("said the revival was real", "says the plan would fail").
func clauseFollows(toks []token, b, hi int) bool {
	if b >= hi || toks[b].kind != tWord {
		return false
	}
	switch toks[b].lower() {
	case "was", "were", "is", "are", "has", "have", "had", "would", "will", "could", "can", "should", "did", "does":
		return true
	}
	return false
}
