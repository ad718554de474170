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
	pronounsEpochs = 8
	// folds is how many parts the articles are cut into so that the
	// speaker model learns from names tagged by a tagger that never saw
	// the article, as it will meet them.
	folds = 5
)

// Train learns every model from the articles to learn from (never the
// validation part), writing progress to log.
func Train(tune []*Article, log io.Writer) *Models {
	exs := examples(tune)
	names, foldNames := trainAllNames(exs, log)
	return trainRest(tune, exs, names, foldNames, log)
}

// examples reads articles for training.
func examples(arts []*Article) []*example {
	exs := make([]*example, len(arts))
	for i, a := range arts {
		exs[i] = newExample(a)
	}
	return exs
}

// inFold reports whether example i belongs to fold f.
func inFold(i, f int) bool { return i%folds == f }

// trainAllNames learns the name tagger from every example, and one for
// each fold from the examples outside it.
func trainAllNames(exs []*example, log io.Writer) (*Model, []*Model) {
	t0 := time.Now()
	names := trainNames(exs, namesEpochs, namesBits)
	fmt.Fprintf(log, "names: %d articles, %v\n", len(exs), time.Since(t0).Round(time.Millisecond))
	fold := make([]*Model, folds)
	for f := range fold {
		var in []*example
		for i, ex := range exs {
			if !inFold(i, f) {
				in = append(in, ex)
			}
		}
		fold[f] = trainNames(in, namesEpochs, namesBits)
		fmt.Fprintf(log, "names without fold %d: %v\n", f, time.Since(t0).Round(time.Millisecond))
	}
	return names, fold
}

// trainRest learns the models that read the names: the speaker model
// learns from names tagged by a tagger that never saw the article, as it
// will meet them.
func trainRest(tune []*Article, exs []*example, names *Model, foldNames []*Model, log io.Writer) *Models {
	t0 := time.Now()
	m := &Models{Names: names, Genders: learnGenders(tune), People: learnPeople(exs), Acronyms: learnAcronyms(exs), Places: learnPlaces(exs)}
	// pronouns first: the speaker model's examples resolve pronouns with it
	var px []pronounExample
	for f, fn := range foldNames {
		fm := &Models{Names: fn, Speakers: NewModel(1, speakersBits), Pronouns: NewModel(1, pronounsBits), Genders: m.Genders}
		for i, ex := range exs {
			if inFold(i, f) {
				px = append(px, pronounExamples(ex, newAnalysis(ex.doc, fm))...)
			}
		}
	}
	m.Pronouns = trainPronouns(px, pronounsEpochs)
	fmt.Fprintf(log, "pronouns: %d, %v\n", len(px), time.Since(t0).Round(time.Millisecond))
	var sx []speakerExample
	for f, fn := range foldNames {
		fm := &Models{Names: fn, Speakers: NewModel(1, speakersBits), Pronouns: m.Pronouns, Genders: m.Genders}
		for i, ex := range exs {
			if inFold(i, f) {
				sx = append(sx, speakerExamples(ex, fm)...)
			}
		}
	}
	m.Speakers = trainSpeakers(sx, speakersEpochs)
	fmt.Fprintf(log, "speakers: %d quotes, %v\n", len(sx), time.Since(t0).Round(time.Millisecond))
	return m
}

// learnPeople gathers the last words of the people the examples name,
// lower case, by their annotated name spans.
func learnPeople(exs []*example) map[string]bool {
	return learnNames(exs, func(d *Doc, sp NameSpan) string {
		if sp.Kind != PersonName {
			return ""
		}
		return surname(nameWords(d, sp, nil))
	})
}

// learnAcronyms gathers the acronyms the examples name organisations by,
// by their annotated name spans ("FBI", "GOP").
func learnAcronyms(exs []*example) map[string]bool {
	return learnNames(exs, func(d *Doc, sp NameSpan) string {
		if t := d.Paras[sp.Para].Toks[sp.From].Text(); sp.Kind == OrgName && sp.To-sp.From == 1 && isAcronym(t) {
			return t
		}
		return ""
	})
}

// learnPlaces gathers the names of one word the examples name places by,
// lower case, by their annotated name spans ("kabul", "idlib").
func learnPlaces(exs []*example) map[string]bool {
	return learnNames(exs, func(d *Doc, sp NameSpan) string {
		if sp.Kind == PlaceName && sp.To-sp.From == 1 {
			return d.Paras[sp.Para].Toks[sp.From].Lower()
		}
		return ""
	})
}

// learnNames gathers what key makes of each annotated name span of the
// examples, leaving out the spans it makes "" of.
func learnNames(exs []*example, key func(d *Doc, sp NameSpan) string) map[string]bool {
	out := map[string]bool{}
	for _, ex := range exs {
		for pi := range ex.doc.Paras {
			for _, sp := range spansOf(pi, ex.tags[pi]) {
				if k := key(ex.doc, sp); k != "" {
					out[k] = true
				}
			}
		}
	}
	return out
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

// CrossValidate measures the speaker model on the articles to learn from
// without the validation part: each fold is scored by a speaker model and
// a name tagger learned from the other folds. It is the figure to decide
// features and settings on; the validation part is only for reporting.
func CrossValidate(tune []*Article, log io.Writer) QuoteScore {
	exs := examples(tune)
	_, foldNames := trainAllNames(exs, log)
	genders := learnGenders(tune)
	var px []pronounExample
	sx := make([][]speakerExample, folds)
	for f, fn := range foldNames {
		fm := &Models{Names: fn, Speakers: NewModel(1, speakersBits), Pronouns: NewModel(1, pronounsBits), Genders: genders}
		for i, ex := range exs {
			if inFold(i, f) {
				px = append(px, pronounExamples(ex, newAnalysis(ex.doc, fm))...)
			}
		}
	}
	pronouns := trainPronouns(px, pronounsEpochs)
	for f, fn := range foldNames {
		fm := &Models{Names: fn, Speakers: NewModel(1, speakersBits), Pronouns: pronouns, Genders: genders}
		for i, ex := range exs {
			if inFold(i, f) {
				sx[f] = append(sx[f], speakerExamples(ex, fm)...)
			}
		}
	}
	var total QuoteScore
	for f, fn := range foldNames {
		var rest []speakerExample
		for g := range sx {
			if g != f {
				rest = append(rest, sx[g]...)
			}
		}
		fm := &Models{Names: fn, Speakers: trainSpeakers(rest, speakersEpochs), Pronouns: pronouns, Genders: genders}
		for i, ex := range exs {
			if inFold(i, f) {
				total.Add(scoreArticle(ex.a, ex.doc, analyze(ex.doc, fm)))
			}
		}
	}
	fmt.Fprintf(log, "cross-validated on the articles learned from: %v\n", total)
	return total
}
