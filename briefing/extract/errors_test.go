package extract

import (
	"os"
	"strconv"
	"strings"
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
	for _, a := range tune[len(tune)/4:] {
		ex := newExample(a)
		r := analyze(ex.doc, builtin())
		for _, g := range a.Quotes {
			gn := scoreNameWords(g.Speaker)
			if g.SpeakerKind == "pronoun" || len(gn) == 0 {
				continue
			}
			q, ok := matchQuote(g, r.Quotes)
			if !ok {
				continue
			}
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
			lo, hi := max(0, g.Start-200), min(len(a.Text), g.Start+250)
			for lo > 0 && a.Text[lo]&0xC0 == 0x80 {
				lo--
			}
			for hi < len(a.Text) && a.Text[hi]&0xC0 == 0x80 {
				hi++
			}
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
					name := ex.doc.Paras[c.para].Text[ex.doc.Paras[c.para].Toks[c.from].Start:ex.doc.Paras[c.para].Toks[c.to-1].End()]
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

// TestShowCandidates prints the speaker candidates of every quote of the
// text in BRIEF_TEXT with their scores.
func TestShowCandidates(t *testing.T) {
	text := os.Getenv("BRIEF_TEXT")
	if text == "" {
		t.Skip("set BRIEF_TEXT to a paragraph")
	}
	d := NewDoc([]string{text})
	an := newAnalysis(d, builtin())
	var fs []feature
	for _, q := range an.quotes {
		t.Logf("quote at token %d", q.open)
		for _, c := range an.candidates(q, nil) {
			fs = an.speakerFeatures(q, c, -1, fs[:0])
			name := "NONE"
			if c.kind != candNone {
				p := d.Paras[c.para]
				name = p.Text[p.Toks[c.from].Start:p.Toks[c.to-1].End()]
			}
			t.Logf("  %-30s kind %d near %d score %.2f", name, c.kind, c.near, an.m.Speakers.score(fs))
		}
	}
}

// TestShowArticle prints the quotes found in the article of the learned
// part whose text holds BRIEF_FIND.
func TestShowArticle(t *testing.T) {
	find := os.Getenv("BRIEF_FIND")
	if find == "" {
		t.Skip("set BRIEF_FIND")
	}
	tune, _ := loadCorpus(t)
	for _, a := range tune {
		if !strings.Contains(a.Text, find) {
			continue
		}
		ex := newExample(a)
		for _, q := range analyze(ex.doc, builtin()).Quotes {
			if strings.Contains(ex.doc.Paras[q.Para].Text, find) {
				t.Logf("%q partial=%v speaker=%q", q.Text, q.Partial, q.Speaker)
			}
		}
	}
}

// TestShowRoleErrors prints wrong roles of right speakers on the articles
// learned from: BRIEF_ERRORS=N.
func TestShowRoleErrors(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BRIEF_ERRORS"))
	if n == 0 {
		t.Skip("set BRIEF_ERRORS=N to print N role errors")
	}
	tune, _ := loadCorpus(t)
	for _, a := range tune[len(tune)/3:] {
		ex := newExample(a)
		r := analyze(ex.doc, builtin())
		for _, g := range a.Quotes {
			_, role, ok := strings.Cut(g.Speaker, ",")
			var rw []string
			for _, w := range scoreWords(role) {
				if !scoreTitles[w] {
					rw = append(rw, w)
				}
			}
			if !ok || len(rw) < 2 {
				continue
			}
			q, ok := matchQuote(g, r.Quotes)
			if !ok {
				continue
			}
			got := map[string]bool{}
			for _, w := range scoreWords(q.Role) {
				got[w] = true
			}
			k := 0
			for _, w := range rw {
				if got[w] {
					k++
				}
			}
			if float64(k) >= float64(len(rw))/2 {
				continue
			}
			if n--; n < 0 {
				return
			}
			t.Logf("GOLD %q | GOT %q / %q", g.Speaker, q.Speaker, q.Role)
		}
	}
}

// matchQuote returns the found quote that holds at least 80% of the words
// of an annotated one, as the scoring script matches them.
func matchQuote(g GoldQuote, quotes []Quote) (Quote, bool) {
	gw := scoreWords(g.Text)
	best, bi := 0.0, -1
	for i, q := range quotes {
		pw := map[string]bool{}
		for _, w := range scoreWords(q.Text) {
			pw[w] = true
		}
		if c := coverage(gw, pw); c > best {
			best, bi = c, i
		}
	}
	if best < 0.8 {
		return Quote{}, false
	}
	return quotes[bi], true
}
