package extract

// speakerExample is one annotated quote as the speaker model trains on it:
// the quote, its candidates, which of them is right, and the speaker of
// the quote before it.
type speakerExample struct {
	an    *analysis
	q     quoteAt
	cands []candidate
	gold  int
	prev  int
}

// speakerExamples matches the annotated quotes of ex with the quotes the
// analysis finds, and lists each with its candidates and the right one:
// the first candidate inside the annotated speaker, or "nobody" when the
// annotation has none. Quotes whose speaker is no candidate are left out.
func speakerExamples(ex *example, m *Models) []speakerExample {
	an := newAnalysis(ex.doc, m)
	paras := make([]string, len(ex.doc.Paras))
	for i := range paras {
		paras[i] = ex.doc.Paras[i].Text
	}
	var out []speakerExample
	prev, prevPara := -1, -10
	for _, q := range an.quotes {
		seg := an.segment(q)
		var g *GoldQuote
		for i := range ex.a.Quotes {
			gq := &ex.a.Quotes[i]
			p, s, ok := locate(ex.at, paras, gq.Start)
			if ok && q.p0 == p && seg.Start < s+(gq.End-gq.Start) && s < seg.End {
				g = gq
				break
			}
		}
		cands := an.candidates(q, nil)
		gold := -1
		if g == nil || len(g.SpeakerSpans) == 0 || g.SpeakerKind == "none" {
			gold = 0 // a scare quote or a title, or a quote with no speaker
		} else {
			sp := g.SpeakerSpans[0]
			sp0, ss, ok := locate(ex.at, paras, sp[0])
			if ok {
				se := ss + (sp[1] - sp[0])
				for i, c := range cands {
					if c.kind == candNone || c.para != sp0 {
						continue
					}
					ts := ex.doc.Paras[c.para].Toks
					if ts[c.from].Start < se && ss < ts[c.to-1].End() {
						if gold < 0 || c.from < cands[gold].from {
							gold = i
						}
					}
				}
			}
		}
		if q.p0-prevPara > 2 {
			prev = -1
		}
		if gold < 0 {
			continue
		}
		out = append(out, speakerExample{an: an, q: q, cands: cands, gold: gold, prev: prev})
		if e := goldEntity(an, cands[gold]); e >= 0 {
			prev, prevPara = e, q.p1
		}
	}
	return out
}

// goldEntity is the entity a right candidate names: its own, or for a
// pronoun the person it resolves to.
func goldEntity(an *analysis, c candidate) int {
	switch c.kind {
	case candName, candCap:
		return c.entity
	case candPronoun:
		return an.resolvePronoun(c)
	}
	return -1
}

// trainSpeakers learns the speaker ranking model.
func trainSpeakers(exs []speakerExample, epochs int) *Model {
	return trainRanker(len(exs), epochs, speakersBits, func(k int) (int, int) { return len(exs[k].cands), exs[k].gold },
		func(k, i int, fs []feature) []feature {
			e := exs[k]
			return e.an.speakerFeatures(e.q, e.cands[i], e.prev, fs)
		})
}
