package briefing

import (
	"strings"
)

// possessiveAt reports whether the name of toks[a:b] starting at byte pos
// ends in a possessive.
func possessiveAt(toks []token, a, b, pos int) bool {
	for i := a; i < b; i++ {
		if int(toks[i].start) == pos {
			for j := i; j < b && toks[j].kind == tWord; j++ {
				if toks[j].possessive() {
					return true
				}
				if j+1 < b && !toks[j+1].capitalised() {
					break
				}
			}
			return false
		}
	}
	return false
}

// speaker turns a subject into the speaker's name, role and the cue.
func (qf *quoteFinder) speaker(s subject) (name, role, cue string) {
	l := qf.l
	d := &qf.paras[s.p]
	toks := d.toks
	cue = s.cue
	appRole := ""
	if s.app.b > s.app.a {
		appRole = d.text[toks[s.app.a].start:toks[s.app.b-1].end]
	}
	localRole := func(nameTok int) string {
		pre := ""
		if a, b, ok := roleBefore(l, toks, s.a, nameTok); ok {
			pre = d.text[toks[a].start:toks[b-1].end]
		}
		return joinRoles(pre, appRole)
	}
	// a person the text names (not as an owner: "Ruiz's spokesman")
	if m, ok := qf.ix.lastIn(s.p, int(toks[s.a].start), int(toks[s.b-1].end)); ok && !possessiveAt(toks, s.a, s.b, m.start) {
		pp := qf.people[m.person]
		role = pp.role
		for i := s.a; i < s.b; i++ {
			if int(toks[i].start) == m.start {
				if r := localRole(i); r != "" {
					role = r
				}
				break
			}
		}
		qf.lastPerson = speakerAt{name: pp.name, role: role, p: s.p, pos: m.start, set: true}
		return pp.name, role, cue
	}
	head := toks[s.b-1]
	if kind, ok := l.pronouns[head.lower()]; ok && s.b-s.a == 1 {
		if kind != "person" {
			// "It called the gaps ...": the document that last spoke
			if head.lower() == "it" && qf.last.set && qf.last.nominal && qf.last.p >= s.p-1 {
				return qf.last.name, qf.last.role, cue
			}
			return "", "", cue
		}
		// the last speaker, unless someone was named after them; then the
		// last one named as the subject of a reporting verb ("Mr. Graham
		// said, ...") in the paragraph that named someone last, else the
		// last one named
		lp := qf.lastPerson
		m, mp, ok := qf.ix.lastBefore(qf.paras, s.p, int(toks[s.a].start), nil)
		if lp.set && lp.p >= s.p-2 && (!ok || mp < lp.p || mp == lp.p && m.start <= lp.pos) {
			return lp.name, lp.role, cue
		}
		if sm, sp, sok := qf.ix.lastBefore(qf.paras, s.p, int(toks[s.a].start), nil, func(text string, m mentionAt) bool {
			return reportsAfter(l, text, m.end)
		}); sok && ok && sp == mp {
			m, mp = sm, sp
		}
		if ok {
			pp := qf.people[m.person]
			qf.lastPerson = speakerAt{name: pp.name, role: pp.role, p: mp, pos: m.start, set: true}
			return pp.name, pp.role, cue
		}
		return "", "", cue
	}
	// a name the text gives without a full name ("Mr. Wehner", "Tester")
	runs := nameRuns(l, toks[s.a:s.b])
	for i := len(runs) - 1; i >= 0; i-- {
		r := runs[i]
		if r.org || toks[s.a+r.b-1].possessive() {
			continue
		}
		r.a, r.b = r.a+s.a, r.b+s.a
		name = runText(toks, r)
		role = localRole(r.a)
		qf.lastPerson = speakerAt{name: name, role: role, p: s.p, pos: int(toks[r.a].start), set: true}
		return name, role, cue
	}
	// "the deputy minister": the person last named whose role fits best
	if l.titles[head.lower()] && !head.capitalised() {
		if i, ok := qf.byRole(s.p, int(toks[s.a].start), toks[s.a:s.b]); ok {
			pp := qf.people[i]
			return pp.name, pp.role, cue
		}
	}
	if s.b-s.a > 8 {
		return "", "", cue
	}
	// a nominal speaker: "the document", "a spokesman"
	words := make([]string, 0, s.b-s.a)
	for i, t := range toks[s.a:s.b] {
		w := t.text
		if i == 0 && isDeterminer(t.lower()) {
			switch t.lower() {
			case "this", "that", "these", "those":
				w = "the"
			default:
				w = t.lower()
			}
		}
		words = append(words, w)
	}
	return strings.Join(words, " "), "", cue
}

// byRole returns the person named last before byte pos of paragraph p
// whose role shares the most words with a nominal speaker ("the deputy
// minister"); nobody when no role shares a word.
func (qf *quoteFinder) byRole(p, pos int, phrase []token) (int, bool) {
	best, bestScore := -1, 0
	seen := map[int]bool{}
	read := 0
	for q := p; q >= 0 && q > p-8 && read < lookBack; q-- {
		ms := qf.ix[q]
		end := len(ms)
		if q == p {
			end = qf.ix.before(p, pos)
		}
		for i := end - 1; i >= 0 && read < lookBack; i-- {
			m := ms[i]
			read++
			if seen[m.person] {
				continue
			}
			seen[m.person] = true
			role := strings.Fields(strings.ToLower(qf.people[m.person].role))
			score := 0
			for _, t := range phrase {
				if !isDeterminer(t.lower()) && slicesContains(role, t.lower()) {
					score++
				}
			}
			if score > bestScore {
				best, bestScore = m.person, score
			}
		}
	}
	return best, best >= 0
}

// slicesContains reports whether ws holds w, ignoring trailing commas and dots.
func slicesContains(ws []string, w string) bool {
	for _, x := range ws {
		if strings.Trim(x, ",.") == w {
			return true
		}
	}
	return false
}

// known returns which tokens of paragraph p start a person's mention.
func (qf *quoteFinder) known(p int) func(int) bool {
	return func(i int) bool {
		st := int(qf.paras[p].toks[i].start)
		k := qf.ix.before(p, st)
		return k < len(qf.ix[p]) && qf.ix[p][k].start == st
	}
}

// joinRoles combines the role written before a name with its appositive:
// "former Chinese foreign minister" and "now a member of the State Council"
// make "former Chinese foreign minister, now a member of the State Council".
// A bare title ("Sen.") adds nothing to an appositive.
func joinRoles(pre, app string) string {
	switch {
	case app == "":
		return pre
	case pre == "" || !strings.Contains(pre, " "):
		return app
	}
	return pre + ", " + app
}
