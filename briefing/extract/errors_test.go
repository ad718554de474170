package extract

import (
	"os"
	"strconv"
	"testing"
)

// TestShowSpeakerErrors prints wrong speakers on the articles learned from
// (never the validation part), for reading by eye: BRIEF_ERRORS=N.
func TestShowSpeakerErrors(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BRIEF_ERRORS"))
	if n == 0 {
		t.Skip("set BRIEF_ERRORS=N to print N speaker errors")
	}
	tune, _ := loadCorpus(t)
	for _, a := range tune[len(tune)/2:] {
		ex := newExample(a)
		r := analyze(ex.doc, builtin())
		for _, g := range a.Quotes {
			gn := scoreNameWords(g.Speaker)
			if g.SpeakerKind == "pronoun" || len(gn) == 0 {
				continue
			}
			gw := scoreWords(g.Text)
			best, bi := 0.0, -1
			for i, q := range r.Quotes {
				pw := map[string]bool{}
				for _, w := range scoreWords(q.Text) {
					pw[w] = true
				}
				if c := coverage(gw, pw); c > best {
					best, bi = c, i
				}
			}
			if best < 0.8 {
				continue
			}
			q := r.Quotes[bi]
			hit := false
			for _, w := range scoreWords(q.Speaker) {
				hit = hit || gn[w]
			}
			if hit {
				continue
			}
			if n--; n < 0 {
				return
			}
			lo, hi := max(0, g.Start-200), min(len(a.Text), g.End+120)
			t.Logf("\nGOLD %q GOT %q\n  …%s…", g.Speaker, q.Speaker, a.Text[lo:hi])
		}
	}
}

// TestShowCandidateCoverage prints how often the right speaker is among
// the candidates at all, on the articles learned from: BRIEF_ERRORS=1.
func TestShowCandidateCoverage(t *testing.T) {
	if os.Getenv("BRIEF_ERRORS") == "" {
		t.Skip("set BRIEF_ERRORS to print candidate coverage")
	}
	tune, _ := loadCorpus(t)
	total, covered, right := 0, 0, 0
	for _, a := range tune[len(tune)/2:] {
		ex := newExample(a)
		an := newAnalysis(ex.doc, builtin())
		r := an.result()
		paras := make([]string, len(ex.doc.Paras))
		for i := range paras {
			paras[i] = ex.doc.Paras[i].Text
		}
		for qi, q := range an.quotes {
			seg := an.segment(q)
			for _, g := range a.Quotes {
				p, s, ok := locate(ex.at, paras, g.Start)
				if !ok || p != q.p0 || !(seg.Start < s+(g.End-g.Start) && s < seg.End) {
					continue
				}
				gn := scoreNameWords(g.Speaker)
				if g.SpeakerKind == "pronoun" || len(gn) == 0 {
					break
				}
				total++
				hit := false
				for _, w := range scoreWords(r.Quotes[qi].Speaker) {
					hit = hit || gn[w]
				}
				if hit {
					right++
				}
				for _, c := range an.candidates(q, nil) {
					if c.kind == candNone {
						continue
					}
					name := ex.doc.Paras[c.para].Text[ex.doc.Paras[c.para].Toks[c.from].Start:ex.doc.Paras[c.para].Toks[c.to-1].End]
					if c.entity >= 0 {
						name += " " + an.ents[c.entity].Name
					}
					if c.kind == candPronoun {
						if e := an.resolvePronoun(c); e >= 0 {
							name = an.ents[e].Name
						}
					}
					ok := false
					for _, w := range scoreWords(name) {
						ok = ok || gn[w]
					}
					if ok {
						covered++
						break
					}
				}
				break
			}
		}
	}
	t.Logf("named quotes %d, right speaker among the candidates %d (%.3f), chosen %d (%.3f)", total, covered, ratio(covered, total), right, ratio(right, total))
}
