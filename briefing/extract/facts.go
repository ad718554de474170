package extract

import (
	"sort"
	"strings"
	"unicode"
)

// FactKind is what a key fact is.
type FactKind uint8

// The kinds of key facts besides people (who are Result.Entities).
const (
	OrgFact FactKind = iota + 1
	PlaceFact
	DateFact
	FigureFact
)

// Mention is where a fact is named: bytes [Start, End) of paragraph Para.
type Mention struct{ Para, Start, End int }

// Fact is an organisation, place, date or figure of the text, with what
// the text says of it and every mention in reading order.
type Fact struct {
	Kind     FactKind
	Text     string
	Detail   string
	Mentions []Mention
}

// Facts lists the key facts of a document besides its people: the
// organisations and places the tagger found (r.Entities), and the dates
// and figures, found by rule on the words no name holds. Each word belongs
// to one fact at most: a name, then a figure, then a date. Facts come by
// kind, each kind in the order of first mention.
func Facts(d *Doc, r Result) []Fact {
	c := newFactCollector()
	held := make([][][2]int, len(d.Paras)) // the token ranges of every name, by paragraph
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			held[m.Para] = append(held[m.Para], [2]int{m.From, m.To})
		}
	}
	// the listed places of several words come first, over the names they
	// hold ("East" in "Russian Far East")
	listed := make([][]NameSpan, len(d.Paras))
	inParallel(len(d.Paras), func(pi int) {
		listed[pi] = listedPlaces(d, pi, held[pi])
		for _, m := range listed[pi] {
			held[pi] = append(held[pi], [2]int{m.From, m.To})
		}
	})
	within := func(m NameSpan) bool {
		ls := listed[m.Para] // in reading order, none overlapping
		k := sort.Search(len(ls), func(k int) bool { return ls[k].From > m.From }) - 1
		return k >= 0 && m.To <= ls[k].To
	}
	names := newFactNames()
	for _, e := range r.Entities {
		kind := OrgFact
		switch e.Kind {
		case OrgName:
		case PlaceName:
			kind = PlaceFact
		default:
			continue
		}
		if letters(e.Name) < 2 {
			continue // "(L)" in a caption
		}
		if _, listed := lex().facts.places[e.Name]; listed && kind == OrgFact {
			kind = PlaceFact // "the United States said": a country speaking is still a place
		}
		name := names.name(kind, e.Name)
		added := false
		for _, m := range e.Mentions {
			if within(m) {
				continue
			}
			start, end := d.SpanBytes(m)
			c.add(kind, name, "", Mention{m.Para, start, end})
			added = true
		}
		if added {
			c.detail(kind, name, entityDetail(d, e, kind))
			if kind == OrgFact {
				names.aliases(d, e, name)
			}
		}
	}
	for pi, ls := range listed {
		for _, m := range ls {
			start, end := d.SpanBytes(m)
			name := names.name(PlaceFact, d.Paras[pi].Text[start:end])
			c.add(PlaceFact, name, lex().facts.places[name].detail, Mention{pi, start, end})
		}
	}
	// the dates and figures of each range of paragraphs, read on every
	// processor and gathered in reading order (found is by first paragraph)
	found := make([]*factCollector, len(d.Paras))
	inRanges(len(d.Paras), func(lo, hi int) {
		pp, pc := &factPara{}, newFactCollector()
		for pi := lo; pi < hi; pi++ {
			pp.read(d, pi, held[pi])
			scanFigures(pp, pc)
			scanDates(pp, pc)
		}
		found[lo] = pc
	})
	for _, pc := range found {
		if pc != nil {
			c.merge(pc)
		}
	}
	return c.sorted()
}

// factNames gives each organisation and place the one name it is listed
// under: the listed name of a place or institution ("United States" for
// "U.S."), and the full name of an organisation for the other names the
// text gives it ("IMF" for "International Monetary Fund (IMF)", "Inspur"
// for "Inspur Group").
type factNames struct {
	alias map[string]string // organisations' other names
}

func newFactNames() *factNames { return &factNames{alias: map[string]string{}} }

// name is the name a fact of the kind goes by when the text calls it n.
func (fn *factNames) name(kind FactKind, n string) string {
	lx := lex().facts
	if kind == PlaceFact {
		if e, ok := lx.places[n]; ok {
			return e.name
		}
		return n
	}
	if e, ok := lx.orgs[n]; ok {
		return e.name
	}
	if full, ok := fn.alias[n]; ok {
		return full
	}
	return n
}

// aliases notes the other names of organisation e, listed as name: the
// name without its company form, and an acronym in brackets after its
// first mention.
func (fn *factNames) aliases(d *Doc, e *Entity, name string) {
	lx := lex().facts
	if f := strings.Fields(name); len(f) > 1 && lx.orgSuffix[f[len(f)-1]] {
		short := strings.Join(f[:len(f)-1], " ")
		if _, ok := fn.alias[short]; !ok && short != name {
			fn.alias[short] = name
		}
	}
	m := e.Mentions[0]
	ts := d.Paras[m.Para].Toks
	if k := m.To; k+2 < len(ts) && ts[k].Is("(") && ts[k+2].Is(")") && allUpper(ts[k+1].Text()) {
		if _, ok := fn.alias[ts[k+1].Text()]; !ok {
			fn.alias[ts[k+1].Text()] = name
		}
	}
}

// listedPlaces finds the listed places of several words in paragraph pi
// that the tagger left or cut ("Russian Far East", where it may take
// "East" alone): a listed place may hold names, but not overlap one.
func listedPlaces(d *Doc, pi int, held [][2]int) []NameSpan {
	lx := lex().facts
	ts := d.Paras[pi].Toks
	names := newSpanSet(held)
	var out []NameSpan
	for i := 0; i < len(ts); i++ {
		if !ts[i].Cap {
			continue
		}
		best := 0
		for _, seq := range lx.placeSeqs[ts[i].Text()] {
			if len(seq) <= best || i+len(seq) > len(ts) {
				continue
			}
			ok := true
			for k, w := range seq {
				ok = ok && ts[i+k].Text() == w
			}
			if ok && (i+len(seq) == len(ts) || !ts[i+len(seq)].Cap) && !names.crosses(i, i+len(seq)) {
				best = len(seq)
			}
		}
		if best == 0 && loneListedPlace(ts, i, names) {
			best = 1
		}
		if best > 0 {
			out = append(out, NameSpan{Para: pi, From: i, To: i + best, Kind: PlaceName})
			i += best - 1
		}
	}
	return out
}

// placeLeaders are the words that may stand before a lone listed place at
// the start of a sentence ("In Finland", "From Norway"), lower-cased.
var placeLeaders = map[string]bool{
	"in": true, "from": true, "to": true, "at": true, "and": true, "across": true, "outside": true,
	"inside": true, "like": true, "unlike": true, "near": true, "both": true, "for": true, "by": true,
	"with": true, "while": true, "since": true, "after": true, "before": true, "including": true,
	"between": true, "throughout": true, "within": true, "beyond": true, "only": true,
}

// loneListedPlace reports whether word i of ts is a listed place of one
// word that no name holds ("Finland" in "1. Finland 2. Norway", which the
// tagger leaves unnamed): not part of a longer capitalised name, so not
// "Paris Hilton", "Air France" or "Bank of Finland", unless the word
// before it only opens its sentence ("In Finland").
func loneListedPlace(ts []Token, i int, names spanSet) bool {
	if _, ok := lex().facts.places[ts[i].Text()]; !ok || names.covers(i) {
		return false
	}
	if i+1 < len(ts) && ts[i+1].Cap && ts[i+1].Sent == ts[i].Sent {
		return false
	}
	if j := i - 1; i >= 2 && !ts[j].Cap && (ts[j].in(inParticles) || ts[j].Lower() == "of" || ts[j].Lower() == "for") && ts[j-1].Cap {
		return false // "Bank of Finland", "Tour de France": the small words joining a longer name
	}
	if i == 0 || !ts[i-1].Cap || ts[i-1].Sent != ts[i].Sent {
		return true
	}
	opens := i == 1 || ts[i-2].Sent != ts[i-1].Sent
	return opens && placeLeaders[lower(ts[i-1].Text())]
}

// letters is the number of letters in s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// entityDetail is what the text or the word lists say an organisation or
// place is: a listed one's description ("Russian presidency", "capital of
// Russia"), else for an organisation the noun phrase that introduces its
// first mention ("Chinese company Huawei", "Kommersant, a Russian
// newspaper").
func entityDetail(d *Doc, e *Entity, kind FactKind) string {
	lx := lex().facts
	list := lx.orgs
	if kind == PlaceFact {
		list = lx.places
	}
	if n, ok := list[e.Name]; ok {
		return n.detail
	}
	if kind != OrgFact || len(e.Mentions) == 0 {
		return ""
	}
	m := e.Mentions[0]
	ts := d.Paras[m.Para].Toks
	// "Chinese company Huawei": lower-case words ending in an organisation
	// word, right before the name
	if k := m.From - 1; k >= 0 && ts[k].Kind == Word && !ts[k].Cap && ts[k].in(inOrgWords|inOrgIntro) {
		a := k
		for a > 0 && k-a < 2 && ts[a-1].Kind == Word && !ts[a-1].in(inFunction) && ts[a-1].Sent == ts[k].Sent {
			a--
		}
		return d.Paras[m.Para].Text[ts[a].Start:ts[k].End()]
	}
	// "Kommersant, a Russian newspaper,"
	if k := m.To; k+2 < len(ts) && ts[k].Is(",") && (ts[k+1].Lower() == "a" || ts[k+1].Lower() == "an" || ts[k+1].Lower() == "the") {
		for j := k + 2; j < len(ts) && j < k+6 && ts[j].Kind == Word; j++ {
			if !ts[j].Cap && ts[j].in(inOrgWords|inOrgIntro) {
				return d.Paras[m.Para].Text[ts[k+2].Start:ts[j].End()]
			}
		}
	}
	return ""
}

// factCollector gathers facts, merging the mentions of the same fact.
type factCollector struct {
	index map[factKey]int
	facts []Fact
}

type factKey struct {
	kind FactKind
	text string
}

// newFactCollector returns an empty collector.
func newFactCollector() *factCollector { return &factCollector{index: map[factKey]int{}} }

// has reports whether the fact is known already.
func (c *factCollector) has(kind FactKind, text string) bool {
	_, ok := c.index[factKey{kind, text}]
	return ok
}

// add records a mention of a fact; the detail is kept from the first
// mention (the rules work it out only there, see has).
func (c *factCollector) add(kind FactKind, text, detail string, m Mention) {
	k := factKey{kind, text}
	i, ok := c.index[k]
	if !ok {
		i = len(c.facts)
		c.index[k] = i
		c.facts = append(c.facts, Fact{Kind: kind, Text: text, Detail: detail})
	}
	c.facts[i].Mentions = append(c.facts[i].Mentions, m)
}

// detail gives a known fact a detail if it has none yet.
func (c *factCollector) detail(kind FactKind, text, detail string) {
	if i, ok := c.index[factKey{kind, text}]; ok && c.facts[i].Detail == "" {
		c.facts[i].Detail = detail
	}
}

// merge adds the facts of another collector, in its order.
func (c *factCollector) merge(o *factCollector) {
	for _, f := range o.facts {
		for _, m := range f.Mentions {
			c.add(f.Kind, f.Text, f.Detail, m)
		}
	}
}

// sorted returns the facts by kind, then by first mention, each fact's
// mentions in reading order.
func (c *factCollector) sorted() []Fact {
	out := c.facts
	for i := range out {
		ms := out[i].Mentions
		sort.SliceStable(ms, func(a, b int) bool { return mentionBefore(ms[a], ms[b]) })
	}
	sort.SliceStable(out, func(a, b int) bool {
		fa, fb := out[a], out[b]
		if fa.Kind != fb.Kind {
			return fa.Kind < fb.Kind
		}
		return mentionBefore(fa.Mentions[0], fb.Mentions[0])
	})
	return out
}

// mentionBefore reports whether a comes before b in reading order.
func mentionBefore(a, b Mention) bool {
	return a.Para < b.Para || a.Para == b.Para && a.Start < b.Start
}

// ListedPlace reports whether name is written as one of the places the
// lists know (countries, capitals, major cities and regions, exactly as
// capitalised), and gives its description ("capital of France"). It holds
// in any language the lists spell the place in.
func ListedPlace(name string) (detail string, ok bool) {
	e, ok := lex().facts.places[name]
	return e.detail, ok
}
