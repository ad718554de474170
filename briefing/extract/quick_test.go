package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func loadCorpus(t testing.TB) (tune, val []*Article) {
	f, err := os.Open("../../../shared/testdata/quotes/polnear-train.jsonl")
	if err != nil {
		t.Skip("no shared data")
	}
	defer f.Close()
	all, err := ReadCorpus(f)
	if err != nil {
		t.Fatal(err)
	}
	return Split(all)
}

func TestNamesQuick(t *testing.T) {
	tune, val := loadCorpus(t)
	t0 := time.Now()
	var te, ve []*example
	for _, a := range tune {
		te = append(te, newExample(a))
	}
	for _, a := range val {
		ve = append(ve, newExample(a))
	}
	t.Logf("read %d+%d in %v", len(te), len(ve), time.Since(t0))
	m := trainNames(te, 5, 18)
	t.Logf("trained in %v", time.Since(t0))
	for _, k := range []EntityKind{PersonName, OrgName, PlaceName} {
		s := scoreNames(m, ve, k)
		t.Logf("%v: validation P %.3f R %.3f (%d gold)", k, s.precision(), s.recall(), s.gold)
	}
}

func TestSpeakersQuick(t *testing.T) {
	tune, val := loadCorpus(t)
	t0 := time.Now()
	var te, ve []*example
	for _, a := range tune {
		te = append(te, newExample(a))
	}
	for _, a := range val {
		ve = append(ve, newExample(a))
	}
	m := &Models{Names: trainNames(te, 5, namesBits), Speakers: NewModel(1, speakersBits), Genders: map[string]byte{}}
	t.Logf("names trained in %v", time.Since(t0))
	var sx []speakerExample
	for _, ex := range te {
		sx = append(sx, speakerExamples(ex, m)...)
	}
	t.Logf("%d speaker examples in %v", len(sx), time.Since(t0))
	m.Speakers = trainSpeakers(sx, 8)
	t.Logf("speakers trained in %v", time.Since(t0))
	for name, exs := range map[string][]*example{"tune": te, "validation": ve} {
		var s QuoteScore
		for _, ex := range exs {
			s.Add(scoreArticle(ex.a, ex.doc, analyze(ex.doc, m)))
		}
		t.Logf("%s: %v", name, s)
	}
}

var quickModels *Models

func quickTrain(t *testing.T) ([]*example, []*example, *Models) {
	tune, val := loadCorpus(t)
	var te, ve []*example
	for _, a := range tune {
		te = append(te, newExample(a))
	}
	for _, a := range val {
		ve = append(ve, newExample(a))
	}
	if quickModels == nil {
		names, fold := cachedNames(t, te)
		quickModels = trainRest(tune, te, names, fold, os.Stderr)
	}
	return te, ve, quickModels
}

func TestSpeakerErrors(t *testing.T) {
	te, _, m := quickTrain(t)
	n := 0
	for _, ex := range te[:200] {
		r := analyze(ex.doc, m)
		for _, g := range ex.a.Quotes {
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
				if gn[w] {
					hit = true
				}
			}
			if hit {
				continue
			}
			n++
			if n > 60 {
				return
			}
			ctxStart := max(0, g.Start-150)
			ctxEnd := min(len(ex.a.Text), g.End+100)
			t.Logf("\nGOLD %q (%s) GOT %q partial=%v\n  ...%s...", g.Speaker, g.SpeakerKind, q.Speaker, q.Partial, ex.a.Text[ctxStart:ctxEnd])
		}
	}
}

func TestTrainQuick(t *testing.T) {
	te, ve, m := quickTrain(t)
	for name, exs := range map[string][]*example{"tune": te, "validation": ve} {
		var s QuoteScore
		for _, ex := range exs {
			s.Add(scoreArticle(ex.a, ex.doc, analyze(ex.doc, m)))
		}
		t.Logf("%s: %v", name, s)
	}
	t.Logf("genders: %d", len(m.Genders))
}

func TestDebugQuote(t *testing.T) {
	te, _, m := quickTrain(t)
	want := os.Getenv("Q")
	for _, ex := range te {
		an := newAnalysis(ex.doc, m)
		for _, q := range an.quotes {
			seg := an.segment(q)
			text := ex.doc.Paras[q.p0].Text[seg.Start:seg.End]
			if !strings.Contains(text, want) {
				continue
			}
			t.Logf("quote %q partial=%v comma=%v", text, q.partial, q.endsComma)
			cands := an.candidates(q, nil)
			var fs []feature
			for _, c := range cands {
				fs = an.speakerFeatures(q, c, -1, fs[:0])
				name := "NONE"
				if c.kind != candNone {
					p := ex.doc.Paras[c.para]
					name = p.Text[p.Toks[c.from].Start:p.Toks[c.to-1].End]
				}
				t.Logf("  %-30s para %d score %.2f", name, c.para, m.Speakers.score(fs))
			}
			return
		}
	}
}

func cachedNames(t *testing.T, te []*example) (*Model, []*Model) {
	dir := "/tmp/brief-names-cache"
	load := func(name string) *Model {
		data, err := os.ReadFile(dir + "/" + name)
		if err != nil {
			return nil
		}
		m := &Model{}
		if m.UnmarshalBinary(data) != nil {
			return nil
		}
		return m
	}
	if os.Getenv("RETRAIN") == "" {
		if n := load("all"); n != nil {
			var fold []*Model
			for f := 0; f < folds; f++ {
				fold = append(fold, load(fmt.Sprint(f)))
			}
			return n, fold
		}
	}
	n, fold := trainAllNames(te, os.Stderr)
	os.MkdirAll(dir, 0o755)
	save := func(name string, m *Model) {
		data, _ := m.MarshalBinary()
		os.WriteFile(dir+"/"+name, data, 0o644)
	}
	save("all", n)
	for f, m := range fold {
		save(fmt.Sprint(f), m)
	}
	return n, fold
}

func TestRoleErrors(t *testing.T) {
	te, _, m := quickTrain(t)
	n := 0
	for _, ex := range te[:300] {
		r := analyze(ex.doc, m)
		for _, g := range ex.a.Quotes {
			_, role, ok := strings.Cut(g.Speaker, ",")
			if !ok || len(scoreWords(role)) < 3 {
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
			n++
			if n > 40 {
				return
			}
			t.Logf("GOLD %q | GOT %q / %q", g.Speaker, q.Speaker, q.Role)
		}
	}
}
