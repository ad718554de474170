package extract

import (
	"sort"
	"strings"
)

// Entity is someone or something the text names, with every mention of
// it: a person's full name, surname and title + surname are one entity.
type Entity struct {
	Kind EntityKind
	// Name is the fullest form the text gives: "Valeria Yashchenko".
	Name string
	// Role is what the text says the person is, from the appositive or the
	// title beside their first full mention.
	Role     string
	Mentions []NameSpan
	// gender is 'm' or 'f' when the given name tells it, else 0.
	gender byte
	// apposed is whether words stand between commas after a mention, as
	// the speaker model reads a role: a verb phrase, which is no Role,
	// too (findRoles).
	apposed bool
	// described is whether a mention has words between commas after it
	// that are no list of other names (see namesOnly).
	described bool
	// words are the words of Name in lower case, kept with it by setName.
	words []string
}

// setName gives e a new name and the lower-case words it is looked up by.
func (e *Entity) setName(name string) {
	e.Name = name
	e.words = strings.Fields(lower(name))
}

// newPerson returns a person entity named name.
func newPerson(name string) *Entity {
	e := &Entity{Kind: PersonName}
	e.setName(name)
	return e
}

// nameText is the text of a name span, without a possessive ending.
func nameText(d *Doc, s NameSpan) string {
	p := &d.Paras[s.Para]
	to := s.To
	for to > s.From+1 && isPossessive(p.Toks[to-1].Text()) {
		to--
	}
	return p.Text[p.Toks[s.From].Start:p.Toks[to-1].End()]
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// nameWords are the words of a person's name that identify them: without
// titles, honorifics, initials' dots or a possessive.
func nameWords(d *Doc, s NameSpan, out []string) []string {
	w := lex()
	for _, t := range d.Paras[s.Para].Toks[s.From:s.To] {
		l := t.Lower()
		if t.Kind != Word || isPossessive(l) || w.titles[l] || w.honorifics[l] {
			continue
		}
		if l == "jr." || l == "jr" || l == "sr." || l == "iii" || l == "ii" {
			continue
		}
		out = append(out, l)
	}
	return out
}

// mention is a name span's place in its paragraph (tokens [from, to)) and
// the entity it names.
type mention struct{ from, to, ent int }

// mentionIndex lists, by paragraph, the name spans that belong to an
// entity, in the order they start. Spans do not overlap, so a lookup is a
// binary search, and a paragraph that names many people (a long one,
// pasted as one line) costs no more per token than a short one.
type mentionIndex [][]mention

// find returns the position in paragraph para's list of the first span
// that ends after token i: the one covering i, if any.
func (x mentionIndex) find(para, i int) int {
	ms := x[para]
	return sort.Search(len(ms), func(k int) bool { return ms[k].to > i })
}

// startingAt is the name span of paragraph para that starts at token from.
func (x mentionIndex) startingAt(para, from int) (mention, bool) {
	if k := x.find(para, from); k < len(x[para]) && x[para][k].from == from {
		return x[para][k], true
	}
	return mention{}, false
}

// entityAt is the entity of the name span that starts at token from of
// paragraph para, or -1.
func (x mentionIndex) entityAt(para, from int) int {
	if m, ok := x.startingAt(para, from); ok {
		return m.ent
	}
	return -1
}

// endingAt is the name span of paragraph para that ends at token to.
func (x mentionIndex) endingAt(para, to int) (mention, bool) {
	if k := x.find(para, to-1); k < len(x[para]) && x[para][k].to == to {
		return x[para][k], true
	}
	return mention{}, false
}

// covers reports whether token i of paragraph para is in a name span.
func (x mentionIndex) covers(para, i int) bool {
	k := x.find(para, i)
	return k < len(x[para]) && x[para][k].from <= i
}

// sort puts each paragraph's spans in the order they start.
func (x mentionIndex) sort() {
	for _, ms := range x {
		sort.Slice(ms, func(a, b int) bool { return ms[a].from < ms[b].from })
	}
}

// groupKey is how organisations and places join: by kind and text.
type groupKey struct {
	kind EntityKind
	text string // in lower case
}

// groupEntities links the name spans of a document into entities, in
// reading order. A person named by one word joins the last person whose
// surname or given name it is ("Putin" after "Vladimir Putin"); a full
// name joins a person it extends ("Vladimir Putin" after "Putin", or a
// second "Vladimir Putin"). Organisations and places join by their text.
// mentions lists each paragraph's spans with their entities.
func groupEntities(d *Doc, spans []NameSpan, genders map[string]byte) (ents []*Entity, mentions mentionIndex) {
	mentions = make(mentionIndex, len(d.Paras))
	byText := map[groupKey]int{}
	byWord := map[string][]int{} // people by the first and last words of their names
	index := func(at int) {
		f := ents[at].words
		if len(f) == 0 {
			return
		}
		for _, w := range []string{f[0], f[len(f)-1]} {
			if l := byWord[w]; len(l) == 0 || l[len(l)-1] != at {
				byWord[w] = append(l, at)
			}
		}
	}
	var ws []string
	for _, s := range spans {
		at := -1
		switch s.Kind {
		case PersonName:
			ws = nameWords(d, s, ws[:0])
			if len(ws) == 0 {
				continue
			}
			at = findPerson(ents, ws, byWord)
			if at >= 0 && len(ws) > len(ents[at].words) {
				ents[at].setName(strings.Join(strings.Fields(cleanName(d, s)), " "))
				index(at)
			}
			if at < 0 {
				e := newPerson(cleanName(d, s))
				if len(ws) > 1 {
					e.gender = genders[ws[0]]
				}
				ents = append(ents, e)
				at = len(ents) - 1
				index(at)
			}
		case MiscName:
			continue
		default:
			kind := s.Kind
			switch last := d.Paras[s.Para].Toks[s.To-1].Lower(); {
			case namesLaw(d.Paras[s.Para].Toks, s):
				// "Convention on the Law of the Sea" is no sea
			case lex().mapWords[last] && s.To-s.From > 1:
				kind = PlaceName // "Stewart Island", "Bering Sea"
			case kind == PlaceName && lex().orgWords[last] && !lex().areaWords[last]:
				kind = OrgName // "Moscow State University" is named for its place, and is none
			}
			text := nameText(d, s)
			key := groupKey{kind, strings.ToLower(text)}
			if i, ok := byText[key]; ok {
				at = i
			} else {
				ents = append(ents, &Entity{Kind: kind, Name: text})
				at = len(ents) - 1
				byText[key] = at
			}
		}
		ents[at].Mentions = append(ents[at].Mentions, s)
		mentions[s.Para] = append(mentions[s.Para], mention{s.From, s.To, at})
	}
	mentions.sort()
	addBareMentions(d, ents, mentions)
	mentions.sort()
	return ents, mentions
}

// addBareMentions finds the later mentions of people by one word of their
// name that the tagger left out ("Yang was referring to ..." after "Yang
// Jiechi"): a capitalised word equal to the surname or given name of
// exactly one person named in full before it. The paragraphs are read on
// every processor; what they find is added in reading order.
func addBareMentions(d *Doc, ents []*Entity, mentions mentionIndex) {
	type named struct {
		ent  int
		from [2]int // where the person is first named in full
	}
	words := map[string][]named{}
	for i, e := range ents {
		if e.Kind != PersonName || len(e.Mentions) == 0 {
			continue
		}
		f := e.words
		if len(f) < 2 {
			continue
		}
		m := e.Mentions[0]
		for _, w := range []string{f[0], f[len(f)-1]} {
			words[w] = append(words[w], named{i, [2]int{m.Para, m.To}})
		}
	}
	if len(words) == 0 {
		return
	}
	found := make([][]mention, len(d.Paras))
	inParallel(len(d.Paras), func(pi int) {
		ts := d.Paras[pi].Toks
		for i := range ts {
			t := &ts[i]
			if !t.Cap || t.Kind != Word {
				continue
			}
			cands := words[t.Lower()]
			if len(cands) != 1 || mentions.covers(pi, i) {
				continue
			}
			c := cands[0]
			if pi < c.from[0] || pi == c.from[0] && i < c.from[1] {
				continue
			}
			if i+1 < len(ts) && ts[i+1].Kind == Word && ts[i+1].Cap {
				continue // part of another name
			}
			to := i + 1
			if to < len(ts) && isPossessive(ts[to].Text()) {
				to++
			}
			found[pi] = append(found[pi], mention{i, to, c.ent})
		}
	})
	for pi, ms := range found {
		for _, m := range ms {
			ents[m.ent].Mentions = append(ents[m.ent].Mentions, NameSpan{Para: pi, From: m.from, To: m.to, Kind: PersonName})
			mentions[pi] = append(mentions[pi], m)
		}
	}
	for _, e := range ents {
		sortMentions(e.Mentions)
	}
}

// findPerson returns the person entity that the name words ws refer to,
// or -1: the last one mentioned whose name holds all of ws in order (a
// surname, a given name, or the same full name). byWord lists the people
// by the first and last words of their names.
func findPerson(ents []*Entity, ws []string, byWord map[string][]int) int {
	bestAt, bestPos := -1, -1
	for _, key := range []string{ws[0], ws[len(ws)-1]} {
		for _, i := range byWord[key] {
			e := ents[i]
			if e.Kind != PersonName || len(e.Mentions) == 0 || !sameName(e.words, ws) {
				continue
			}
			last := e.Mentions[len(e.Mentions)-1]
			if pos := last.Para<<16 + last.From; pos > bestPos {
				bestAt, bestPos = i, pos
			}
		}
	}
	return bestAt
}

// sameName reports whether the name words ws can refer to the person
// named ew: a surname, a given name, or the same full name.
func sameName(ew, ws []string) bool {
	switch {
	case len(ew) == 0:
		return false
	case len(ws) == 1:
		return ew[len(ew)-1] == ws[0] || ew[0] == ws[0] && len(ew) > 1 || len(ew) == 1 && ew[0] == ws[0]
	case len(ew) == 1:
		return ws[len(ws)-1] == ew[0]
	}
	return ws[len(ws)-1] == ew[len(ew)-1] && (ws[0] == ew[0] || initialOf(ws[0], ew[0]))
}

// initialOf reports whether a is the initial of b ("j." and "john").
func initialOf(a, b string) bool {
	return len(a) == 2 && a[1] == '.' && strings.HasPrefix(b, a[:1])
}

// cleanName is a person's name as a span gives it, without a title,
// honorific or possessive before or after.
func cleanName(d *Doc, s NameSpan) string {
	w := lex()
	p := &d.Paras[s.Para]
	from, to := s.From, s.To
	for to > from+1 && isPossessive(p.Toks[to-1].Text()) {
		to--
	}
	for from < to-1 {
		l := p.Toks[from].Lower()
		if !w.titles[l] && !w.honorifics[l] {
			break
		}
		from++
	}
	return p.Text[p.Toks[from].Start:p.Toks[to-1].End()]
}

// SpanBytes returns the byte offsets of a name span in its paragraph,
// without a possessive ending.
func (d *Doc) SpanBytes(s NameSpan) (start, end int) {
	p := &d.Paras[s.Para]
	to := s.To
	for to > s.From+1 && isPossessive(p.Toks[to-1].Text()) {
		to--
	}
	return p.Toks[s.From].Start, p.Toks[to-1].End()
}
