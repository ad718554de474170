package briefing

import (
	"sort"
	"strings"
	"sync"

	"brief/briefing/extract"
)

// paraRef is one paragraph of the body and where it is.
type paraRef struct {
	text string
	at   Span // Section and Paragraph only
}

// bodyParas lists every paragraph of the body but code and the reference
// lists and notes a work ends with (see apparatusHeading), in reading order:
// the one list that people, quotes and facts read.
func bodyParas(b *Briefing) []paraRef {
	n := 0
	for _, s := range b.Sections {
		n += len(s.Paragraphs)
	}
	out := make([]paraRef, 0, n)
	apparatus := 0 // the level of the reference list being skipped, 0 outside one
	for si, s := range b.Sections {
		level := max(s.Level, 2)
		if apparatus > 0 && s.Heading != "" && level <= apparatus {
			apparatus = 0
		}
		if apparatusHeading(s.Heading) {
			apparatus = level
		}
		if apparatus > 0 && citationList(s) {
			continue // a reference list and its parts: citations, not prose
		}
		for pi, p := range s.Paragraphs {
			if s.Kind(pi) == Code {
				continue // a program's text: no one is quoted or named there
			}
			out = append(out, paraRef{text: p, at: Span{Section: si, Paragraph: pi}})
		}
	}
	return out
}

// apparatusHeadings are the headings of the reference lists and notes a
// work ends with (lexicon/apparatus.txt).
var apparatusHeadings = sync.OnceValue(func() map[string]bool { return lexiconSet("apparatus.txt") })

// apparatusHeading reports whether a section's heading names a reference
// list or notes ("References", "External links", "Notes:").
func apparatusHeading(h string) bool { return apparatusHeadings()[furnitureKey(h)] }

// citationEntry finds what marks a paragraph as an entry of a reference
// list: a wiki's backlink ("^ "), a retrieval or archive note, an ISBN, a
// DOI, pages, "et al." or a year in brackets.
var citationEntry = lazyCompile(`^\^|\bRetrieved\b|\bArchived\b|\bISBN\b|\bdoi\b|\bpp?\.\s?\d|\bet al\.|\(\d{4}[a-z]?\)`)

// maxLinkEntryWords is the most words of an entry of a list of links
// ("Official website", "Mozilla on GitHub").
const maxLinkEntryWords = 8

// citationList reports whether a section under a reference list's heading
// reads as one: most of its paragraphs are list items, citations (see
// citationEntry) or short lines of links. A section of prose under such
// a heading ("Sources" in a report on a leak) is the article's.
func citationList(s Section) bool {
	n := 0
	for pi, p := range s.Paragraphs {
		if s.Kind(pi) == ListItem || citationEntry.MatchString(p) || wordCount(p) <= maxLinkEntryWords {
			n++
		}
	}
	return n*5 >= len(s.Paragraphs)*3
}

// factKinds maps the analysis's kinds of facts to the briefing's.
var factKinds = map[extract.FactKind]FactKind{
	extract.OrgFact: Organization, extract.PlaceFact: Place, extract.DateFact: Date, extract.FigureFact: Figure,
}

// factsFrom lists the key facts of a briefing: its people (the same name
// given twice is one person), then the analysis's organisations, places,
// dates and figures. Facts come by kind (FactKinds), each kind in the order
// of first mention, each fact's mentions in reading order.
func factsFrom(people []person, found []extract.Fact, paras []paraRef) []Fact {
	var out []Fact
	index := map[string]int{}
	for _, pe := range people {
		name := strings.Join(strings.Fields(pe.name), " ")
		if name == "" {
			continue
		}
		key := strings.ToLower(name)
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, Fact{Kind: Person, Text: name, Detail: pe.role})
		} else if out[i].Detail == "" {
			out[i].Detail = pe.role
		}
		out[i].Mentions = append(out[i].Mentions, pe.mentions...)
	}
	for _, f := range found {
		bf := Fact{Kind: factKinds[f.Kind], Text: f.Text, Detail: f.Detail}
		for _, m := range f.Mentions {
			at := paras[m.Para].at
			bf.Mentions = append(bf.Mentions, Span{Section: at.Section, Paragraph: at.Paragraph, Start: m.Start, End: m.End})
		}
		out = append(out, bf)
	}
	rank := map[FactKind]int{}
	for i, k := range FactKinds {
		rank[k] = i
	}
	for i := range out {
		ms := out[i].Mentions
		sort.SliceStable(ms, func(a, b int) bool { return spanBefore(ms[a], ms[b]) })
	}
	sort.SliceStable(out, func(a, b int) bool {
		fa, fb := out[a], out[b]
		if rank[fa.Kind] != rank[fb.Kind] {
			return rank[fa.Kind] < rank[fb.Kind]
		}
		if len(fa.Mentions) == 0 || len(fb.Mentions) == 0 {
			return len(fa.Mentions) > len(fb.Mentions)
		}
		return spanBefore(fa.Mentions[0], fb.Mentions[0])
	})
	return out
}

// spanBefore reports whether a comes before b in reading order.
func spanBefore(a, b Span) bool {
	if a.Section != b.Section {
		return a.Section < b.Section
	}
	if a.Paragraph != b.Paragraph {
		return a.Paragraph < b.Paragraph
	}
	return a.Start < b.Start
}
