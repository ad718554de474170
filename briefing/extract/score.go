package extract

import (
	"fmt"
	"strings"
	"unicode"
)

// QuoteScore counts how the analysis's quotes and speakers agree with the
// annotated ones, as the project's scoring script does: a quote is found
// when a predicted quote holds at least 80% of its words; its speaker is
// right when the predicted speaker shares a name word with the annotated
// one; its role is right when it holds at least half of the annotated
// role's words.
type QuoteScore struct {
	Gold, Found, Shown, ShownRight int
	Named, NamedRight              int
	Roles, RolesRight              int
	Pronouns, PronounsNamed        int
}

// Add adds another score's counts.
func (s *QuoteScore) Add(o QuoteScore) {
	s.Gold += o.Gold
	s.Found += o.Found
	s.Shown += o.Shown
	s.ShownRight += o.ShownRight
	s.Named += o.Named
	s.NamedRight += o.NamedRight
	s.Roles += o.Roles
	s.RolesRight += o.RolesRight
	s.Pronouns += o.Pronouns
	s.PronounsNamed += o.PronounsNamed
}

// String is the summary line.
func (s QuoteScore) String() string {
	r, p := ratio(s.Found, s.Gold), ratio(s.ShownRight, s.Shown)
	f := 0.0
	if r+p > 0 {
		f = 2 * r * p / (r + p)
	}
	return fmt.Sprintf("recall %.3f precision %.3f F1 %.3f speaker %.3f role %.3f resolved %.3f (gold %d, shown %d, named %d, roles %d, pronouns %d)",
		r, p, f, ratio(s.NamedRight, s.Named), ratio(s.RolesRight, s.Roles), ratio(s.PronounsNamed, s.Pronouns), s.Gold, s.Shown, s.Named, s.Roles, s.Pronouns)
}

var scoreTitles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms dr sen senator rep gov governor president the a an of former secretary
minister prime vice gen general lt col state house speaker chairman chief director professor prof rev judge justice
mayor republican democrat democratic his her their who which said says told new u.s us campaign spokesman
spokeswoman party national committee office department university`) {
		scoreTitles[w] = true
	}
}

var scorePronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true, "who": true, "which": true, "that": true, "him": true, "her": true}

// scoreWords splits text into lower-case words as the script does.
func scoreWords(s string) []string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'").Replace(s)
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '\'')
	})
}

// scoreNameWords are the capitalised words of a speaker that can name someone.
func scoreNameWords(s string) map[string]bool {
	out := map[string]bool{}
	s = strings.ReplaceAll(s, "’", "'")
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '\'') }) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'") {
			continue
		}
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			continue
		}
		lw := strings.Trim(strings.ToLower(w), "'")
		if len([]rune(lw)) < 2 || scoreTitles[lw] || scorePronouns[lw] {
			continue
		}
		out[lw] = true
	}
	return out
}

// scoreArticle scores the quotes found in one annotated article.
func scoreArticle(a *Article, d *Doc, r Result) QuoteScore {
	var s QuoteScore
	pw := make([]map[string]bool, len(r.Quotes))
	for i, q := range r.Quotes {
		pw[i] = map[string]bool{}
		for _, w := range scoreWords(quoteText(d, q)) {
			pw[i][w] = true
		}
	}
	all := map[string]bool{}
	for _, g := range a.Quotes {
		for _, w := range scoreWords(g.Text) {
			all[w] = true
		}
	}
	for _, g := range a.Quotes {
		gw := scoreWords(g.Text)
		s.Gold++
		best, bi := 0.0, -1
		for i := range r.Quotes {
			if c := coverage(gw, pw[i]); c > best {
				best, bi = c, i
			}
		}
		if best < 0.8 {
			continue
		}
		s.Found++
		pred := r.Quotes[bi]
		gn := scoreNameWords(g.Speaker)
		if g.SpeakerKind == "pronoun" {
			s.Pronouns++
			if len(scoreNameWords(pred.Speaker)) > 0 {
				s.PronounsNamed++
			}
			continue
		}
		if len(gn) == 0 {
			continue
		}
		s.Named++
		hit := false
		for _, w := range scoreWords(pred.Speaker) {
			if gn[w] {
				hit = true
			}
		}
		if !hit {
			continue
		}
		s.NamedRight++
		_, role, _ := strings.Cut(g.Speaker, ",")
		var rw []string
		for _, w := range scoreWords(role) {
			if !scoreTitles[w] {
				rw = append(rw, w)
			}
		}
		if len(rw) >= 2 {
			s.Roles++
			got := map[string]bool{}
			for _, w := range scoreWords(pred.Role) {
				got[w] = true
			}
			n := 0
			for _, w := range rw {
				if got[w] {
					n++
				}
			}
			if float64(n) >= float64(len(rw))/2 {
				s.RolesRight++
			}
		}
	}
	for _, q := range r.Quotes {
		if q.Partial && strings.TrimSpace(q.Speaker) == "" {
			continue
		}
		s.Shown++
		if coverage(scoreWords(quoteText(d, q)), all) >= 0.8 {
			s.ShownRight++
		}
	}
	return s
}

// quoteText is the whole text of a quote, over every paragraph it spans.
func quoteText(d *Doc, q Quote) string {
	if q.EndPara == q.Para {
		return q.Text
	}
	return q.Text
}

func coverage(inner []string, outer map[string]bool) float64 {
	if len(inner) == 0 {
		return 0
	}
	n := 0
	for _, w := range inner {
		if outer[w] {
			n++
		}
	}
	return float64(n) / float64(len(inner))
}

// Evaluate scores the quotes and speakers that models m find in the
// annotated articles.
func Evaluate(m *Models, arts []*Article) QuoteScore {
	var s QuoteScore
	for _, a := range arts {
		ex := newExample(a)
		s.Add(scoreArticle(a, ex.doc, analyze(ex.doc, m)))
	}
	return s
}

// PeopleScore counts the people of articles found against the silver
// ones, as the key-facts sidebar lists them: one entry a person, known by
// their surname (the last word of their name), in each article.
type PeopleScore struct{ Gold, Found, Right int }

func (s PeopleScore) recall() float64    { return ratio(s.Right, s.Gold) }
func (s PeopleScore) precision() float64 { return ratio(s.Right, s.Found) }

// String is the summary line.
func (s PeopleScore) String() string {
	return fmt.Sprintf("recall %.3f precision %.3f (silver %d, found %d, right %d)", s.recall(), s.precision(), s.Gold, s.Found, s.Right)
}

// EvaluatePeople scores the people models m find in the articles' bodies
// against the silver person names there.
func EvaluatePeople(m *Models, arts []*Article) PeopleScore {
	var s PeopleScore
	for _, a := range arts {
		ex := newExample(a)
		gold := map[string]bool{}
		for pi := range ex.doc.Paras {
			for _, sp := range spansOf(pi, ex.tags[pi]) {
				if sp.Kind == PersonName {
					if k := surname(nameWords(ex.doc, sp, nil)); k != "" {
						gold[k] = true
					}
				}
			}
		}
		found := map[string]bool{}
		for _, e := range analyze(ex.doc, m).Entities {
			if e.Kind == PersonName {
				if k := surname(strings.Fields(lower(e.Name))); k != "" {
					found[k] = true
				}
			}
		}
		s.Gold += len(gold)
		s.Found += len(found)
		for k := range found {
			if gold[k] {
				s.Right++
			}
		}
	}
	return s
}

// surname is the last word of a name, without a possessive.
func surname(ws []string) string {
	for i := len(ws) - 1; i >= 0; i-- {
		if w := strings.TrimSuffix(strings.TrimSuffix(ws[i], "'s"), "’s"); w != "" && !isPossessive(w) {
			return w
		}
	}
	return ""
}

// EvaluatePronouns counts the personal pronouns (he, she and their forms)
// outside quotes whose coreference chain names a person the analysis found
// before them, and how many of them models m resolve to that person.
func EvaluatePronouns(m *Models, arts []*Article) (right, total int) {
	for _, a := range arts {
		ex := newExample(a)
		an := newAnalysis(ex.doc, m)
		for _, e := range pronounExamples(ex, an) {
			total++
			if an.referent(e.p, e.i, e.pr) == e.cands[e.gold].ent {
				right++
			}
		}
	}
	return right, total
}

// EvaluateFacts scores the organisations and places that models m list as
// key facts in the articles' bodies against the silver organisation and
// place names there: one entry per name per article, a fact counting as
// every name it is listed or mentioned under ("United States" and "U.S.").
func EvaluateFacts(m *Models, arts []*Article) (orgs, places PeopleScore) {
	norm := func(s string) string {
		s = strings.TrimPrefix(strings.ToLower(strings.Join(strings.Fields(s), " ")), "the ")
		return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	}
	for _, a := range arts {
		gold := map[FactKind]map[string]bool{OrgFact: {}, PlaceFact: {}}
		for _, e := range a.Entities {
			switch e.Kind {
			case "organization":
				gold[OrgFact][norm(e.Text)] = true
			case "location":
				gold[PlaceFact][norm(e.Text)] = true
			}
		}
		paras, _ := a.paragraphs()
		d := NewDoc(paras)
		found := map[FactKind]map[string]bool{OrgFact: {}, PlaceFact: {}}
		for _, f := range Facts(d, analyze(d, m)) {
			if names := found[f.Kind]; names != nil {
				names[norm(f.Text)] = true
				for _, mn := range f.Mentions {
					names[norm(d.Paras[mn.Para].Text[mn.Start:mn.End])] = true
				}
			}
		}
		for kind, s := range map[FactKind]*PeopleScore{OrgFact: &orgs, PlaceFact: &places} {
			s.Gold += len(gold[kind])
			s.Found += len(found[kind])
			for k := range found[kind] {
				if gold[kind][k] {
					s.Right++
				}
			}
		}
	}
	return orgs, places
}
