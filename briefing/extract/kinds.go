package extract

import (
	"slices"
	"sort"
	"strings"
)

// nameVotes counts the mentions of a name by the kind the tagger gave
// them.
type nameVotes struct {
	n     [MiscName]int
	first EntityKind // the kind of its first mention
	org   bool       // its last word is an organisation's ("Bureau")
}

// oneKindEach gives every name one kind through the whole text, as a name
// keeps its kind: the tagger reads each mention on its own and may take a
// company for a person in one sentence and for a place in the next. The
// kind a name takes is the one most of its mentions have; on a tie, a
// place when the name is a listed place, an organisation when its last
// word is an organisation's, else the kind of its first mention. A name
// that ends with the whole name of a person of two words or more is that
// person ("Osama bin Laden" where "Bin Laden" is one), and so is the given
// name or surname of a person named in full when the text also takes it
// alone for a person. A listed place of two words or more is a place
// unless the tagger takes it for an organisation ("El Salvador").
//
// Entities of the same kind and name are then one: the mentions of the
// later ones go to the first, whose index the quotes then give, and the
// later ones are left with no kind and no mentions. It runs once every
// quote has its speaker, and changes no speaker.
func oneKindEach(ents []*Entity, quotes []Quote) {
	keys := make([]string, len(ents))
	byName := map[string]*nameVotes{}
	people := map[string]bool{}       // the names of people of two words or more
	partOfPerson := map[string]bool{} // their first and last words
	for i, e := range ents {
		if e.Kind == None || e.Kind == MiscName || len(e.Mentions) == 0 {
			continue
		}
		f := strings.Fields(lower(e.Name))
		if len(f) > 1 && f[0] == "the" {
			f = f[1:]
		}
		if len(f) == 0 {
			continue
		}
		key := strings.Join(f, " ")
		keys[i] = key
		v := byName[key]
		if v == nil {
			v = &nameVotes{first: e.Kind, org: lex().orgWords[f[len(f)-1]]}
			byName[key] = v
		}
		v.n[e.Kind] += len(e.Mentions)
		if e.Kind == PersonName && len(f) > 1 {
			people[key] = true
			partOfPerson[f[0]], partOfPerson[f[len(f)-1]] = true, true
		}
	}
	kinds := make(map[string]EntityKind, len(byName))
	for key, v := range byName {
		kinds[key] = v.kind(key, people, partOfPerson)
	}
	first := map[groupKey]int{}
	moved := map[int]int{}
	for i, e := range ents {
		if keys[i] == "" {
			continue
		}
		e.Kind = kinds[keys[i]]
		k := groupKey{e.Kind, keys[i]}
		j, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		to := ents[j]
		to.Mentions = append(to.Mentions, e.Mentions...)
		sortMentions(to.Mentions)
		if to.Role == "" {
			to.Role = e.Role
		}
		if strings.HasPrefix(to.Name, "The ") && !strings.HasPrefix(e.Name, "The ") {
			to.Name = e.Name // "New York Times", as the lists know it
		}
		e.Kind, e.Mentions = None, nil
		moved[i] = j
	}
	for qi := range quotes {
		if j, ok := moved[quotes[qi].Entity]; ok {
			quotes[qi].Entity = j
		}
	}
}

// namesAPlaceOrBody reports whether the words before a person's name in a
// longer name make it something named after the person: an
// organisation's or a place's word ("Centre Georges Pompidou").
func namesAPlaceOrBody(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return lex().orgWords[w] })
}

// kind is the one kind of the name key (see oneKindEach).
func (v *nameVotes) kind(key string, people, partOfPerson map[string]bool) EntityKind {
	f := strings.Fields(key)
	if v.n[PersonName] > 0 && partOfPerson[key] {
		return PersonName // "Assad" after "Bashar al-Assad"
	}
	for i := 1; i+1 < len(f); i++ {
		if people[strings.Join(f[i:], " ")] && !namesAPlaceOrBody(f[:i]) {
			return PersonName
		}
	}
	if len(f) > 1 && lex().places[key] && v.n[OrgName] == 0 {
		return PlaceName // "Costa Rica", which the key facts list as a place anyway
	}
	best, tied := None, false
	for k := PersonName; k < MiscName; k++ {
		switch {
		case v.n[k] == 0:
		case best == None || v.n[k] > v.n[best]:
			best, tied = k, false
		case v.n[k] == v.n[best]:
			tied = true
		}
	}
	if !tied {
		return best
	}
	switch {
	case lex().places[key] && v.n[PlaceName] == v.n[best]:
		return PlaceName
	case v.org && v.n[OrgName] == v.n[best]:
		return OrgName
	}
	return v.first
}

// sortMentions puts name spans in reading order.
func sortMentions(ms []NameSpan) {
	sort.Slice(ms, func(a, b int) bool {
		return ms[a].Para < ms[b].Para || ms[a].Para == ms[b].Para && ms[a].From < ms[b].From
	})
}
