package briefing

import (
	"sort"
	"strings"
)

// findPeople returns the people named in the body, in order of first mention.
func findPeople(b *Briefing) []person {
	return peopleIn(lexicon(), b, bodyParas(b))
}

// personEvidence reports whether a run of name words names a person here:
// a title or courtesy title before it, a reporting verb after it (maybe
// after an appositive), an appositive role, a reporting verb before it
// ("said Raffaello Pantucci"), a dash opening the paragraph (a quote's
// signature), or a common given name as its first word.
func personEvidence(l *nameLexicon, toks []token, r nameRun) bool {
	if r.org || r.b-r.a < 1 {
		return false
	}
	if r.a > 0 && (toks[r.a-1].lower() == "the" || toks[r.a-1].lower() == "a" || toks[r.a-1].lower() == "an") {
		return false // "The Simple Dollar explains": an article makes it a thing
	}
	if r.a > 0 {
		prev := toks[r.a-1]
		if l.isTitle(prev.text) || l.honorifics[prev.lower()] {
			return true
		}
		if prev.isPunct(",") && r.a > 1 && l.titles[toks[r.a-2].lower()] {
			return true
		}
		if r.a == 1 && isDash(prev) {
			return true // a signature under a quote: "— Ruth Adeyemi, master of a ship"
		}
		if n := cueBefore(l, toks, r.a); n > 0 && !cueTakesObject(toks[r.a-n].text) {
			return true
		}
	}
	if cueAfter(l, toks, r.b) {
		return true
	}
	if _, _, ok := appositiveAfter(l, toks, r.b); ok {
		return true
	}
	// a given name alone is weaker evidence: two words, or three with an
	// initial or particle between ("Frank Grillo Action Movie" is a title)
	switch n := r.b - r.a; {
	case n == 2:
	case n == 3 && (isInitial(toks[r.a+1]) || l.particles[toks[r.a+1].lower()]):
	default:
		return false
	}
	return l.firstNames[toks[r.a].lower()]
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
	return len(b) > 0 && sameEnds(a, b[0], b[len(b)-1])
}

// sameEnds reports whether a name starts with first and ends with last.
func sameEnds(words []string, first, last string) bool {
	return len(words) > 0 && strings.EqualFold(words[0], first) && strings.EqualFold(words[len(words)-1], last)
}

// peopleIn finds the people of a briefing's body: runs of two or more name
// words with evidence that they name a person, each with the best role the
// text gives and every mention (names inside quotations count as
// mentions too). Authors are metadata, not people. Long articles are read
// in parallel, a range of paragraphs per processor; only the name runs are
// kept, so memory stays small, and they are merged in reading order, so
// the result is the same however many processors read. paras are the
// body's paragraphs, from bodyParas.
func peopleIn(l *nameLexicon, b *Briefing, paras []paraRef) []person {
	type cand struct {
		words   []string
		role    string
		roleApp bool // the role came from an appositive
	}
	var cands []cand
	find := func(first, last string) int {
		for i, c := range cands {
			if sameEnds(c.words, first, last) {
				return i
			}
		}
		// "De Miranda" after "Luis de Miranda", "Forrest Jones" after
		// "Michael Forrest Jones": the last two words of a longer name
		for i, c := range cands {
			if n := len(c.words); n > 2 && strings.EqualFold(c.words[n-2], first) && strings.EqualFold(c.words[n-1], last) {
				return i
			}
		}
		return -1
	}
	isAuthor := func(name string) bool {
		for _, a := range b.Authors {
			if strings.EqualFold(strings.TrimSpace(a), name) {
				return true
			}
		}
		return false
	}
	// Each paragraph's name runs are read on their own, in parallel; the
	// candidates are then merged in reading order.
	found := make([][]runAt, len(paras))
	inChunks(len(paras), minParasPerWorker, func(lo, hi int) {
		// the buffers are the range's, reused from paragraph to paragraph;
		// the runs found are kept in blocks shared by many paragraphs
		var toks []token
		var runs []nameRun
		var at []runAt
		var kept slab[runAt]
		for i := lo; i < hi; i++ {
			// a paragraph without a name word has no name run: it is not read
			if p := paras[i]; b.Sections[p.at.Section].Kind(p.at.Paragraph) != Code && mayHoldNameWord(l, p.text) {
				toks = tokenizeAppend(toks[:0], p.text, nil)
				runs = appendNameRuns(runs[:0], l, toks)
				d := docPara{sec: p.at.Section, idx: p.at.Paragraph, text: p.text, toks: toks}
				at = appendRunsAt(at[:0], l, &d, runs, isAuthor)
				found[i] = kept.keep(at)
			}
		}
	})
	for _, pr := range found {
		for _, ra := range pr {
			if !ra.person {
				continue
			}
			role, app := ra.role, ra.app
			ci := find(ra.first, ra.last)
			if ci < 0 {
				cands = append(cands, cand{words: ra.words, role: role, roleApp: app})
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
	for _, pr := range found {
		for _, r := range pr {
			i := -1
			if r.n > 1 {
				i = find(r.first, r.last)
			} else {
				i = shortNameOwner(cands, r.first, func(c cand) []string { return c.words })
			}
			if i >= 0 {
				people[i].mentions = append(people[i].mentions, r.at)
			}
		}
	}
	// in order of first mention, which may come before the evidence
	sort.SliceStable(people, func(i, j int) bool { return mentionedFirst(people[i].mentions, people[j].mentions) })
	return people
}

// seenRun is a name run of the body, kept for finding mentions once the
// people are known.
type seenRun struct {
	at          Span
	first, last string // the first and last words, without a possessive
	n           int    // words in the run
}

// runAt is a name run of one paragraph, as the parallel reading finds it:
// whether evidence names a person there, with its words and the role the
// text gives them.
type runAt struct {
	seenRun
	person bool // evidence names a person here
	words  []string
	role   string
	app    bool // the role came from an appositive
}

// appendRunsAt appends the name runs of paragraph d (runs, from
// nameRuns) to out, each with the person it names when evidence says so;
// half names ("Roger A.") and organisations are left out, and authors and
// listed non-people name no person.
func appendRunsAt(out []runAt, l *nameLexicon, d *docPara, runs []nameRun, isAuthor func(string) bool) []runAt {
	for _, r := range runs {
		if r.org || r.b-r.a > 1 && isInitial(d.toks[r.b-1]) {
			continue // "Roger A." is half a name
		}
		first, last := d.toks[r.a].base(), d.toks[r.b-1].base()
		ra := runAt{seenRun: seenRun{d.span(int(d.toks[r.a].start), runEnd(d.toks, r)), first, last, r.b - r.a}}
		if r.b-r.a >= 2 && personEvidence(l, d.toks, r) {
			words := runWords(d.toks, r)
			if name := strings.Join(words, " "); !isAuthor(name) && !l.notPeople[name] {
				ra.person, ra.words = true, words
				ra.role, ra.app = runRole(l, d, r)
			}
		}
		out = append(out, ra)
	}
	return out
}

// mentionedFirst reports whether the first of mentions a comes before the first of b.
func mentionedFirst(a, b []Span) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) > 0
	}
	x, y := a[0], b[0]
	if x.Section != y.Section {
		return x.Section < y.Section
	}
	if x.Paragraph != y.Paragraph {
		return x.Paragraph < y.Paragraph
	}
	return x.Start < y.Start
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
	a, b, ok := appositiveAfter(l, d.toks, r.b)
	if !ok {
		// an appositive without a title only in an attribution:
		// "Tomas Berger, a dairy farmer, said"; "said Tomas Berger, a dairy farmer."
		a, b, ok = roleAppositive(l, d.toks, r.b)
		ok = ok && (b < len(d.toks) && d.toks[b].isPunct(",") && cueAfter(l, d.toks, b+1) || cueBefore(l, d.toks, r.a) > 0)
	}
	if ok {
		return joinRoles(pre, d.text[d.toks[a].start:d.toks[b-1].end]), true
	}
	return pre, false
}
