package extract

// Who a personal pronoun stands for: the people named before it are
// ranked by a model learned from the coreference chains of the training
// data (how far back each was named, whether they were the subject of
// their sentence, whether their given name agrees with the pronoun's
// gender, how often they are named), and the best one wins.

// maxPronounBack is how many paragraphs before a pronoun its person is
// looked for in.
const maxPronounBack = 3

// antecedent is a person a pronoun may stand for, as the model sees them.
type antecedent struct {
	ent  int
	last NameSpan // their last mention before the pronoun
	rank int      // 0 for the person named last, 1 for the one before...
}

// pronounGender is 'm' or 'f' for a pronoun that tells a gender, else 0.
func pronounGender(p string) byte {
	switch p {
	case "he", "him", "his", "himself", "il", "er":
		return 'm'
	case "she", "her", "hers", "herself", "elle":
		return 'f'
	}
	return 0
}

// antecedents lists the people named before token i of paragraph p, within
// maxPronounBack paragraphs, the last named first.
func (an *analysis) antecedents(p, i int) []antecedent {
	var out []antecedent
	for k, e := range an.ents {
		if e.Kind != PersonName {
			continue
		}
		var last NameSpan
		found := false
		for _, m := range e.Mentions {
			if m.Para > p || m.Para == p && m.From >= i {
				break
			}
			if m.Para >= p-maxPronounBack {
				last, found = m, true
			}
		}
		if found {
			out = append(out, antecedent{ent: k, last: last})
		}
	}
	// the last named first
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && later(out[b].last, out[b-1].last); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	for r := range out {
		out[r].rank = r
	}
	return out
}

func later(a, b NameSpan) bool { return a.Para > b.Para || a.Para == b.Para && a.From > b.From }

// pronounFeatures are the features of person a as the referent of the
// pronoun at token i of paragraph p.
func (an *analysis) pronounFeatures(p, i int, pr string, a antecedent, fs []feature) []feature {
	e := an.ents[a.ent]
	g := pronounGender(pr)
	agree := "unknown"
	switch {
	case g == 0 || e.gender == 0:
	case g == e.gender:
		agree = "yes"
	default:
		agree = "no"
	}
	_, sents := an.distance(a.last.Para, a.last.To, p, i)
	ts := an.doc.Paras[a.last.Para].Toks
	subject := a.last.From == 0 || ts[a.last.From-1].Sent != ts[a.last.From].Sent
	spoke := an.cueNear(a.last.Para, a.last.To, 1, 3) != "" || an.cueNear(a.last.Para, a.last.From-1, -1, 2) != ""
	return append(fs,
		feat("agree=").str(agree),
		feat("rank=").num(min(a.rank, 4)),
		feat("sents=").num(min(sents, 6)),
		feat("pd=").num(min(p-a.last.Para, 4)),
		feat("rank,agree=").num(min(a.rank, 4)).str(agree),
		feat("subject,rank").flag(subject).num(min(a.rank, 3)),
		feat("spoke,rank").flag(spoke).num(min(a.rank, 3)),
		feat("mentions=").num(bucket(len(e.Mentions))),
		feat("full").flag(len(e.Mentions) > 0 && a.last.To-a.last.From > 1),
		feat("pron,sents=").str(pr).num(min(sents, 4)),
	)
}

// resolvePronoun returns the person a personal pronoun candidate stands
// for, or -1 for a pronoun of a group ("they", "we") or when nobody fits.
func (an *analysis) resolvePronoun(c candidate) int {
	pr := an.doc.Paras[c.para].Toks[c.from].Lower()
	if lex().pronouns[pr] != "person" {
		return -1
	}
	return an.referent(c.para, c.from, pr)
}

// referent ranks the people named before the pronoun pr at token i of
// paragraph p.
func (an *analysis) referent(p, i int, pr string) int {
	best, bestS := -1, float32(0)
	var fs []feature
	for _, a := range an.antecedents(p, i) {
		fs = an.pronounFeatures(p, i, pr, a, fs[:0])
		if s := an.m.Pronouns.score(fs); best < 0 || s > bestS {
			best, bestS = a.ent, s
		}
	}
	return best
}
