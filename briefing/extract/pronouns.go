package extract

// resolvePronoun returns the person a personal pronoun candidate stands
// for, or -1: the person last named before it whose gender (as their given
// name tells it) does not clash with the pronoun, looked for in its own
// paragraph and the three before, then anywhere before.
func (an *analysis) resolvePronoun(c candidate) int {
	w := lex()
	pr := an.doc.Paras[c.para].Toks[c.from].Lower()
	if w.pronouns[pr] != "person" {
		return -1
	}
	want := byte('m')
	if pr == "she" {
		want = 'f'
	}
	best, bestPos := -1, -1
	for i, e := range an.ents {
		if e.Kind != PersonName || e.gender != 0 && e.gender != want {
			continue
		}
		for _, m := range e.Mentions {
			if m.Para > c.para || m.Para == c.para && m.From >= c.from {
				break
			}
			if pos := m.Para<<16 + m.From; pos > bestPos {
				best, bestPos = i, pos
			}
		}
	}
	return best
}
