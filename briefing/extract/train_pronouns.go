package extract

// pronounExample is a pronoun of a coreference chain with the people it
// may stand for and the one it does.
type pronounExample struct {
	an    *analysis
	p, i  int
	pr    string
	cands []antecedent
	gold  int
}

// pronounExamples lists the pronouns of ex whose coreference chain holds a
// mention of a person the analysis found before them.
func pronounExamples(ex *example, an *analysis) []pronounExample {
	paras := make([]string, len(ex.doc.Paras))
	for i := range paras {
		paras[i] = ex.doc.Paras[i].Text
	}
	var out []pronounExample
	for _, chain := range ex.a.Coref {
		// the chain's mentions as (paragraph, byte) places
		type place struct{ p, s, e int }
		var places []place
		for _, m := range chain {
			if p, s, ok := locate(ex.at, paras, m.Start); ok {
				places = append(places, place{p, s, s + (m.End - m.Start)})
			}
		}
		for _, pl := range places {
			ts := ex.doc.Paras[pl.p].Toks
			ti := -1
			for k, t := range ts {
				if t.Start == pl.s && t.End() == pl.e {
					ti = k
					break
				}
			}
			if ti < 0 || ts[ti].Quoted || pronounGender(ts[ti].Lower()) == 0 {
				continue
			}
			cands := an.antecedents(pl.p, ti)
			gold := -1
			for ci, a := range cands {
				for _, m := range an.ents[a.ent].Mentions {
					ms, me := ex.doc.SpanBytes(m)
					for _, o := range places {
						if o.p == m.Para && ms < o.e && o.s < me {
							gold = ci
						}
					}
					if gold >= 0 {
						break
					}
				}
				if gold >= 0 {
					break
				}
			}
			if gold >= 0 && len(cands) > 1 {
				out = append(out, pronounExample{an: an, p: pl.p, i: ti, pr: ts[ti].Lower(), cands: cands, gold: gold})
			}
		}
	}
	return out
}

// trainPronouns learns the pronoun model.
func trainPronouns(exs []pronounExample, epochs int) *Model {
	return trainRanker(len(exs), epochs, pronounsBits, func(k int) (int, int) { return len(exs[k].cands), exs[k].gold },
		func(k, i int, fs []feature) []feature {
			e := exs[k]
			return e.an.pronounFeatures(e.p, e.i, e.pr, e.cands[i], fs)
		})
}
