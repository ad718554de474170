package extract

import "sort"

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
	seen := map[int]bool{}
	for q := max(0, p-maxPronounBack); q <= p; q++ {
		for _, k := range an.personsIn[q] {
			if seen[k] {
				continue
			}
			seen[k] = true
			ms := an.ents[k].Mentions
			// the last mention before the pronoun
			n := sort.Search(len(ms), func(j int) bool { return ms[j].Para > p || ms[j].Para == p && ms[j].From >= i })
			if n == 0 || ms[n-1].Para < p-maxPronounBack {
				continue
			}
			out = append(out, antecedent{ent: k, last: ms[n-1]})
		}
	}
	// the last named first; the same order on every run
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].last == out[b].last {
			return out[a].ent < out[b].ent
		}
		return later(out[a].last, out[b].last)
	})
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
		fAgree.str(agree),
		fRank.num(min(a.rank, 4)),
		fSents.num(min(sents, 6)),
		fPd.num(min(p-a.last.Para, 4)),
		fRankAgree.num(min(a.rank, 4)).str(agree),
		fSubjectRank.flag(subject).num(min(a.rank, 3)),
		fSpokeRank.flag(spoke).num(min(a.rank, 3)),
		fMentions.num(bucket(len(e.Mentions))),
		fFull.flag(len(e.Mentions) > 0 && a.last.To-a.last.From > 1),
		fPronSents.str(pr).num(min(sents, 4)),
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
