package extract

// example is one training article read as the analysis reads a briefing:
// its paragraphs as a Doc, and the silver labels of every token.
type example struct {
	a    *Article
	doc  *Doc
	at   []int   // byte offset of each paragraph in the article's text
	tags [][]int // silver name labels, by paragraph and token
}

// newExample reads an article for training and scoring.
func newExample(a *Article) *example {
	paras, at := a.paragraphs()
	ex := &example{a: a, doc: NewDoc(paras), at: at}
	ex.tags = make([][]int, len(paras))
	for i := range paras {
		ex.tags[i] = make([]int, len(ex.doc.Paras[i].Toks))
	}
	for _, e := range a.Entities {
		k := map[string]EntityKind{"person": PersonName, "organization": OrgName, "location": PlaceName, "misc": MiscName}[e.Kind]
		if k == None {
			continue
		}
		p, s, ok := locate(at, paras, e.Start)
		if !ok {
			continue
		}
		end := s + (e.End - e.Start)
		first := true
		for ti, t := range ex.doc.Paras[p].Toks {
			if t.Start >= s && t.End() <= end {
				if first {
					ex.tags[p][ti] = beginTag(k)
					first = false
				} else {
					ex.tags[p][ti] = beginTag(k) + 1
				}
			}
		}
	}
	return ex
}

// trainNames learns the name tagger from the silver labels of exs, in a
// fixed order: epochs passes, the articles visited in an order that
// changes from pass to pass but is the same on every run.
func trainNames(exs []*example, epochs int, bits uint) *Model {
	tr := NewTrainer(numTags, bits)
	var fs []feature
	scores := make([]float32, numTags)
	for ep := 0; ep < epochs; ep++ {
		for _, k := range order(len(exs), ep) {
			ex := exs[k]
			for pi := range ex.doc.Paras {
				p := &ex.doc.Paras[pi]
				gold := ex.tags[pi]
				// the features read the labels before each token: in
				// training those are the model's own guesses, as they will
				// be when it runs
				guess := make([]int, len(p.Toks))
				known := knownOrgTokens(p.Toks)
				for i := range p.Toks {
					fs = nameFeatures(p, i, guess, known, fs[:0])
					tr.Model().scores(fs, scores)
					g := best(scores)
					tr.Step()
					if g != gold[i] {
						tr.Update(fs, gold[i], 1)
						tr.Update(fs, g, -1)
					}
					guess[i] = gold[i]
				}
			}
		}
	}
	return tr.Averaged()
}

// order is a permutation of n items for pass ep, the same on every run:
// the first pass in order, later ones by a fixed stride.
func order(n, ep int) []int {
	out := make([]int, n)
	if n == 0 {
		return out
	}
	stride := []int{1, 7, 13, 31, 61, 127}[ep%6]
	for stride > 1 && gcd(stride, n) != 1 {
		stride++
	}
	for i := range out {
		out[i] = (i*stride + ep) % n
	}
	return out
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// nameScore counts name spans found against the silver ones.
type nameScore struct{ gold, found, right int }

func (s nameScore) recall() float64    { return ratio(s.right, s.gold) }
func (s nameScore) precision() float64 { return ratio(s.right, s.found) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scoreNames tags exs with m and counts exact span matches of kind k;
// with mend, of the spans as the analysis mends them (mendSpans).
func scoreNames(m *Model, exs []*example, k EntityKind, mend bool) nameScore {
	var s nameScore
	var fs []feature
	for _, ex := range exs {
		for pi := range ex.doc.Paras {
			got := spansOf(pi, tagNames(m, &ex.doc.Paras[pi], fs))
			if mend {
				got = mendSpans(ex.doc, pi, got)
			}
			want := spansOf(pi, ex.tags[pi])
			set := map[NameSpan]bool{}
			for _, g := range want {
				if g.Kind == k {
					s.gold++
					set[g] = true
				}
			}
			for _, g := range got {
				if g.Kind == k {
					s.found++
					if set[g] {
						s.right++
					}
				}
			}
		}
	}
	return s
}
