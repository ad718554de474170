package extract

import (
	"os"
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
		quickModels = Train(tune, os.Stderr)
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
