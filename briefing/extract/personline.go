package extract

import "strings"

// maxPersonLineWords is the most words a line of names may have.
const maxPersonLineWords = 8

// PersonLine reports whether a short line is made of people's names alone,
// as the learned name tagger reads it: at least one person's name, the
// line's last word inside one, no name of another kind, and besides the
// names only the words and marks that join them ("Jane Doe and John Roe",
// "Jane Doe, John Roe & Ann Poe"), and not a place the lists know.
// Capitalised words just before a name
// belong to it ("Eleanor Ainge Roy", where the tagger is sure of "Roy"
// alone). It is how a byline without "By" is told from a label such as
// "Top Stories": by the names, not by a list of given names.
func PersonLine(s string) bool {
	if len(strings.Fields(s)) > maxPersonLineWords || lex().places[strings.ToLower(strings.TrimSpace(s))] {
		return false // "São Paulo" is a place, whatever the tagger thinks
	}
	d := NewDoc([]string{s})
	p := &d.Paras[0]
	if len(p.Toks) == 0 {
		return false
	}
	tags := tagNames(builtin().Names, p, nil)
	last := -1 // the last word's token
	for i := range p.Toks {
		t := &p.Toks[i]
		k, _ := tagKind(tags[i])
		switch {
		case k == PersonName:
		case k != None:
			return false // an organisation's or a place's name
		case joinsNames(t):
		case t.Kind == Word && t.Cap && nameFollows(p, tags, i):
		default:
			return false
		}
		if t.Kind == Word {
			last = i
		}
	}
	k, _ := tagKind(tags[max(last, 0)])
	return last >= 0 && k == PersonName
}

// joinsNames reports whether a token joins names on a line of them: a comma,
// an ampersand, "and" or its like in the languages bylines are written in.
func joinsNames(t *Token) bool {
	switch t.Lower() {
	case ",", "&", "and", "und", "y", "et", "e", "en", "och", "og":
		return true
	}
	return false
}

// nameFollows reports whether the run of capitalised words at token i ends
// in a person's name: a first or middle name the tagger left out.
func nameFollows(p *Para, tags []int, i int) bool {
	for j := i + 1; j < len(p.Toks); j++ {
		if k, _ := tagKind(tags[j]); k == PersonName {
			return true
		}
		if t := &p.Toks[j]; t.Kind != Word || !t.Cap {
			return false
		}
	}
	return false
}
