package extract

import (
	"fmt"
	"io"
	"time"
)

// Training settings. Changing one changes the learned files.
const (
	namesEpochs    = 5
	speakersEpochs = 8
	// folds is how many parts the articles are cut into so that the
	// speaker model learns from names tagged by a tagger that never saw
	// the article, as it will meet them.
	folds = 5
)

// Train learns every model from the articles to learn from (never the
// validation part), writing progress to log.
func Train(tune []*Article, log io.Writer) *Models {
	t0 := time.Now()
	exs := make([]*example, len(tune))
	for i, a := range tune {
		exs[i] = newExample(a)
	}
	m := &Models{Genders: learnGenders(tune)}
	m.Names = trainNames(exs, namesEpochs, namesBits)
	fmt.Fprintf(log, "names: %d articles, %v\n", len(exs), time.Since(t0).Round(time.Millisecond))

	// the speaker model's examples, each fold's names tagged by a tagger
	// trained on the other folds
	var sx []speakerExample
	for f := 0; f < folds; f++ {
		var in, out []*example
		for i, ex := range exs {
			if i%folds == f {
				out = append(out, ex)
			} else {
				in = append(in, ex)
			}
		}
		fm := &Models{Names: trainNames(in, namesEpochs, namesBits), Speakers: NewModel(1, speakersBits), Genders: m.Genders}
		for _, ex := range out {
			sx = append(sx, speakerExamples(ex, fm)...)
		}
		fmt.Fprintf(log, "fold %d: %v\n", f, time.Since(t0).Round(time.Millisecond))
	}
	m.Speakers = trainSpeakers(sx, speakersEpochs)
	fmt.Fprintf(log, "speakers: %d quotes, %v\n", len(sx), time.Since(t0).Round(time.Millisecond))
	return m
}

// learnGenders reads the gender of given names off the coreference
// chains: a person whose chain holds "he" or "him" and never "she" or
// "her" is a man, and the other way round. A given name seen at least
// twice with one gender and never with the other gets it.
func learnGenders(arts []*Article) map[string]byte {
	type count struct{ m, f int }
	counts := map[string]*count{}
	for _, a := range arts {
		for _, chain := range a.Coref {
			m, f := 0, 0
			var given string
			for _, mt := range chain {
				switch lower(mt.Text) {
				case "he", "him", "his", "himself":
					m++
				case "she", "her", "hers", "herself":
					f++
				}
				if mt.Representative {
					given = givenName(mt.Text)
				}
			}
			if given == "" || m+f == 0 || m > 0 && f > 0 {
				continue
			}
			c := counts[given]
			if c == nil {
				c = &count{}
				counts[given] = c
			}
			if m > 0 {
				c.m++
			} else {
				c.f++
			}
		}
	}
	out := map[string]byte{}
	for n, c := range counts {
		switch {
		case c.m >= 2 && c.f == 0:
			out[n] = 'm'
		case c.f >= 2 && c.m == 0:
			out[n] = 'f'
		}
	}
	return out
}
