package briefing

import "strings"

// findPeople returns the people named in the body, in order of first mention.
func findPeople(b *Briefing) []person {
	return peopleIn(lexicon(), readParagraphs(b), b.Authors)
}

// personEvidence reports whether a run of name words names a person here:
// a title or courtesy title before it, a reporting verb after it (maybe
// after an appositive), an appositive role, a reporting verb before it
// ("said Raffaello Pantucci"), or a common given name as its first word.
func personEvidence(l *nameLexicon, toks []token, r nameRun) bool {
	if r.org || r.b-r.a < 1 {
		return false
	}
	if r.a > 0 {
		prev := toks[r.a-1]
		if l.isTitle(prev.text) || l.isHonorific(prev.text) {
			return true
		}
		if prev.isPunct(",") && r.a > 1 && l.isTitle(toks[r.a-2].text) {
			return true
		}
		if n := cueBefore(l, toks, r.a); n > 0 && !cueTakesObject(toks[r.a-n].text) {
			return true
		}
	}
	if cueAfter(l, toks, r.b) {
		return true
	}
	if _, e, ok := appositiveAfter(l, toks, r.b); ok {
		if e < len(toks) && toks[e].isPunct(",") && cueAfter(l, toks, e+1) {
			return true
		}
		return true
	}
	return l.firstNames[strings.ToLower(toks[r.a].text)]
}

// cueAfter reports whether a reporting verb follows at toks[i], maybe after
// auxiliaries ("Putin also said").
func cueAfter(l *nameLexicon, toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if cueAt(l, toks, k) > 0 {
			return true
		}
		if toks[k].kind != tWord || !l.auxiliary[toks[k].lower()] {
			return false
		}
	}
	return false
}

// cueBefore returns the length of a reporting verb or phrase that ends just
// before toks[i], or 0.
func cueBefore(l *nameLexicon, toks []token, i int) int {
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if cueAt(l, toks, i-n) == n {
			return n
		}
	}
	return 0
}

// sameName reports whether two names are one person's: equal, or with the
// same first and last words ("Donald Trump", "Donald J. Trump").
func sameName(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return strings.EqualFold(a[0], b[0]) && strings.EqualFold(a[len(a)-1], b[len(b)-1])
}

// peopleIn finds the people of the paragraphs: runs of two or more name
// words with evidence that they name a person, each with the best role the
// text gives and every mention. Authors are metadata, not people.
func peopleIn(l *nameLexicon, paras []docPara, authors []string) []person {
	type cand struct {
		words   []string
		role    string
		roleApp bool // the role came from an appositive
	}
	var cands []cand
	find := func(words []string) int {
		for i, c := range cands {
			if sameName(c.words, words) {
				return i
			}
		}
		return -1
	}
	isAuthor := func(name string) bool {
		for _, a := range authors {
			if strings.EqualFold(strings.TrimSpace(a), name) {
				return true
			}
		}
		return false
	}
	runs := make([][]nameRun, len(paras))
	for pi := range paras {
		d := &paras[pi]
		runs[pi] = nameRuns(l, d.toks)
		for _, r := range runs[pi] {
			if r.b-r.a < 2 || !personEvidence(l, d.toks, r) {
				continue
			}
			words := runWords(d.toks, r)
			name := strings.Join(words, " ")
			if isAuthor(name) {
				continue
			}
			role, app := runRole(l, d, r)
			ci := find(words)
			if ci < 0 {
				cands = append(cands, cand{words: words, role: role, roleApp: app})
				continue
			}
			c := &cands[ci]
			if role != "" && (c.role == "" || app && !c.roleApp || app == c.roleApp && len(role) > len(c.role)) {
				c.role, c.roleApp = role, app
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	people := make([]person, len(cands))
	for i, c := range cands {
		people[i] = person{name: strings.Join(c.words, " "), role: c.role}
	}
	// Mentions: the full name, the surname alone (with a title or a
	// possessive), or the given name when it belongs to one person only.
	for pi := range paras {
		d := &paras[pi]
		for _, r := range runs[pi] {
			words := runWords(d.toks, r)
			if r.org {
				continue
			}
			if i := find(words); i >= 0 && len(words) > 1 {
				people[i].mentions = append(people[i].mentions, d.span(d.toks[r.a].start, runEnd(d.toks, r)))
				continue
			}
			if len(words) != 1 {
				continue
			}
			if i := shortNameOwner(cands, words[0], func(c cand) []string { return c.words }); i >= 0 {
				people[i].mentions = append(people[i].mentions, d.span(d.toks[r.a].start, runEnd(d.toks, r)))
			}
		}
	}
	return people
}

// shortNameOwner returns which candidate a single name word stands for: the
// last one introduced with it as surname, else the only one with it as
// given name (Chinese names put the family name first: "Xi").
func shortNameOwner[T any](cands []T, w string, words func(T) []string) int {
	owner := -1
	for i, c := range cands {
		ws := words(c)
		if strings.EqualFold(ws[len(ws)-1], w) {
			owner = i
		}
	}
	if owner >= 0 {
		return owner
	}
	for i, c := range cands {
		if strings.EqualFold(words(c)[0], w) {
			if owner >= 0 {
				return -1
			}
			owner = i
		}
	}
	return owner
}

// runRole is the role the text gives a name at this mention: an appositive
// after it, else a role written before it. app reports an appositive.
func runRole(l *nameLexicon, d *docPara, r nameRun) (role string, app bool) {
	pre := ""
	if a, b, ok := roleBefore(l, d.toks, max(0, r.a-12), r.a); ok {
		pre = d.text[d.toks[a].start:d.toks[b-1].end]
	}
	if a, b, ok := roleAppositive(l, d.toks, r.b); ok {
		return joinRoles(pre, d.text[d.toks[a].start:d.toks[b-1].end]), true
	}
	return pre, false
}
