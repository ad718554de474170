package briefing

import (
	"slices"
	"strings"
	"unicode"

	"brief/briefing/extract"
)

// annotate finds the people, quotes and key facts of an imported briefing.
// The analysis (briefing/extract) reads the body once: it tags the names,
// groups them into people, organisations and places, attributes every
// quote to its speaker, and finds the dates and figures. annotate only
// places what it found in the briefing's sections.
//
// The names are told apart by models learnt from English news. In an
// article in another language (see inEnglish) they are not to be trusted:
// capitalised nouns and the words that open sentences pass for people and
// places ("El", "Lösung"). There a quote keeps its speaker when the
// speaker's name is two words or more, each capitalised, without a role,
// and the key facts are those speakers, the places the lists know as they
// are written ("Paris", not "Népal"), the dates and the figures.
func annotate(b *Briefing) {
	paras := bodyParas(b)
	doc, r := analyse(paras)
	b.Quotes = quotesFrom(r, paras)
	b.Facts = factsFrom(peopleFrom(doc, r, paras), extract.Facts(doc, r), paras)
	tidySpeakers(b)
	if !inEnglish(paras) {
		speakers := map[string]bool{}
		for i := range b.Quotes {
			q := &b.Quotes[i]
			if !fullName(q.Speaker) {
				q.Speaker = ""
			}
			q.Role = ""
			speakers[q.Speaker] = q.Speaker != ""
		}
		b.Facts = slices.DeleteFunc(b.Facts, func(f Fact) bool {
			_, listed := extract.ListedPlace(f.Text)
			return f.Kind != Date && f.Kind != Figure && !(f.Kind == Person && speakers[f.Text]) && !(f.Kind == Place && listed)
		})
		for i := range b.Facts {
			b.Facts[i].Detail, _ = extract.ListedPlace(b.Facts[i].Text)
		}
	}
}

// tidySpeakers names the speaker a reader can use where the analysis
// left a pronoun or a lone word: "I" is the writer when the article has
// one author and "I" says the reporting verb (a first-person report: "“…?”
// I asked her"; not "I was told", "I heard"); a pronoun no one was found
// for ("he", "they", "we", or "I" otherwise) and a speaker of one word
// that the analysis names nothing by and that reads as a common word (see
// commonWord: "Essentially", "Example", a sentence's first word beside a
// quote) are no name at all, so the quote reads as unattributed rather
// than as said by "he".
func tidySpeakers(b *Briefing) {
	named := map[string]bool{} // the key facts' names and each of their words ("Clinton" of "Hillary Clinton")
	for _, f := range b.Facts {
		named[f.Text] = true
		for _, w := range strings.Fields(f.Text) {
			named[w] = true
		}
	}
	for i := range b.Quotes {
		q := &b.Quotes[i]
		switch strings.ToLower(strings.ReplaceAll(q.Speaker, "’", "'")) {
		case "":
		case "i", "i'd", "i'm", "i've", "i'll", "me":
			q.Speaker, q.Role = "", ""
			if len(b.Authors) == 1 && q.Cue != "" && strings.Contains(b.Sections[q.Section].Paragraphs[q.Paragraph], "I "+q.Cue) {
				// "“…?” I asked", not "“…,” I was told by a steward"
				q.Speaker, q.Role = b.Authors[0], "the writer"
			}
		case "he", "she", "it", "they", "we", "you", "him", "her", "them", "us", "we'd", "they'd", "he'd", "she'd", "you'll":
			q.Speaker, q.Role = "", ""
		default:
			if !strings.ContainsAny(q.Speaker, " \u00a0") && !named[q.Speaker] && commonWord(b, q.Speaker) {
				q.Speaker, q.Role = "", ""
			}
		}
	}
}

// commonWord reports whether a speaker of one word reads as a word of the
// language rather than a name: an adverb ("Essentially", "Oddly"), a
// contraction ("Don't", "We've"), or a word the article also writes in
// lower case ("Look" beside "look", "Example" beside "example").
func commonWord(b *Briefing, w string) bool {
	l := strings.ToLower(w)
	if strings.HasSuffix(l, "ly") && len(l) > 4 || strings.ContainsAny(l, "'’") {
		return true
	}
	for _, s := range b.Sections {
		for _, p := range s.Paragraphs {
			if strings.Contains(p, l) && containsWord(p, l) {
				return true
			}
		}
	}
	return false
}

// fullName reports whether a speaker's name is two words or more, each
// opening with a capital: "Rosa Hindelang", not "Los" or "XIXe".
func fullName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// analyse runs the analysis on the body's paragraphs.
func analyse(paras []paraRef) (*extract.Doc, extract.Result) {
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.text
	}
	doc := extract.NewDoc(texts)
	return doc, extract.Analyze(doc)
}

// person is someone named in the body, with the role the text gives them
// and every place they are mentioned (full name, surname, title + surname,
// possessive).
type person struct {
	name     string // the full name as first introduced: "Valeria Yashchenko"
	role     string // "vice director of the Institute of Cybersecurity at Moscow State University"
	mentions []Span
}

// quotesFrom places the analysis's quotes in the briefing's sections.
func quotesFrom(r extract.Result, paras []paraRef) []Quote {
	out := make([]Quote, 0, len(r.Quotes))
	for _, q := range r.Quotes {
		at := paras[q.Para].at
		bq := Quote{Text: q.Text, Speaker: q.Speaker, Role: q.Role, Cue: q.Cue, Partial: q.Partial,
			Section: at.Section, Paragraph: at.Paragraph, Start: q.Start, End: q.End}
		if q.EndPara != q.Para {
			end := paras[q.EndPara].at
			if end.Section == at.Section {
				bq.EndParagraph = end.Paragraph
			}
		}
		out = append(out, bq)
	}
	return out
}

// peopleFrom lists the people the analysis found, each with the places
// they are mentioned.
func peopleFrom(d *extract.Doc, r extract.Result, paras []paraRef) []person {
	var out []person
	for _, e := range r.Entities {
		if e.Kind != extract.PersonName {
			continue
		}
		pe := person{name: e.Name, role: e.Role}
		for _, m := range e.Mentions {
			at := paras[m.Para].at
			start, end := d.SpanBytes(m)
			pe.mentions = append(pe.mentions, Span{Section: at.Section, Paragraph: at.Paragraph, Start: start, End: end})
		}
		out = append(out, pe)
	}
	return out
}
