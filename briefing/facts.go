package briefing

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// findFacts returns the key facts of the briefing with their mentions; the
// people among them come from people.
//
// It reads every paragraph twice. The first pass finds organisations by
// rule (names holding an organisation word, names introduced as one) so
// that the second pass can also find their later bare mentions ("Huawei"
// after "company Huawei", "Inspur" after "Inspur Group"). The second pass
// claims words in a fixed order, each word belonging to one fact at most:
// people (their mentions come from people), organisations, places,
// figures, then dates. So "Moscow" in "Moscow State University" is part of
// the university, not a mention of the city.
//
// Both passes read ranges of paragraphs in parallel; what they find is
// merged in reading order, so the facts are the same on any number of
// processors.
//
// Facts are ordered by kind (FactKinds), then by first mention. The work is
// linear in the size of the text.
func findFacts(b *Briefing, people []person) []Fact {
	return factsIn(b, readFactWords(b), people)
}

// factWords is every paragraph of the body with its words, as the
// key-facts rules see them.
type factWords struct {
	paras []paraRef
	toks  [][]factToken // by paragraph
}

// readFactWords splits every paragraph of the body into words, in
// parallel. It does not need the people, so it can run while they are
// found.
func readFactWords(b *Briefing) factWords { return readWordsOf(bodyParas(b)) }

// readWordsOf is readFactWords on the body's paragraphs, from bodyParas.
func readWordsOf(paras []paraRef) factWords {
	lx := factLex()
	fw := factWords{paras: paras}
	fw.toks = make([][]factToken, len(fw.paras))
	inChunks(len(fw.paras), minParasPerWorker, func(lo, hi int) {
		pp := &factPara{lx: lx}
		size := 0
		for _, p := range fw.paras[lo:hi] {
			size += len(p.text)
		}
		// one slice for the range's words; it may move while growing, so
		// it is cut into paragraphs once whole
		words := make([]factToken, 0, size/5+1)
		ends := make([]int, hi-lo)
		for i := lo; i < hi; i++ {
			words = pp.tokens(fw.paras[i].text, words)
			ends[i-lo] = len(words)
		}
		from := 0
		for i := lo; i < hi; i++ {
			to := ends[i-lo]
			fw.toks[i] = words[from:to:to]
			from = to
		}
	})
	return fw
}

// factsIn is findFacts on the words read by readFactWords.
func factsIn(b *Briefing, fw factWords, people []person) []Fact {
	lx := factLex()
	c := newFactCollector()
	paras := fw.paras
	claimed := make([][]Span, len(paras)) // the people's mentions, by paragraph
	at := newParaLocator(paras, func(p paraRef) (int, int) { return p.at.Section, p.at.Paragraph })
	for _, pe := range people {
		c.addPerson(pe)
		for _, m := range pe.mentions {
			if i, ok := at.find(m.Section, m.Paragraph); ok {
				claimed[i] = append(claimed[i], m)
			}
		}
	}
	// The first pass reads the paragraphs in parallel; the names are then
	// listed in reading order, as if read one after the other.
	type discovery struct {
		hits  []orgHit
		names []foundName
	}
	disc := make([]discovery, len(paras))
	inChunks(len(paras), minParasPerWorker, func(lo, hi int) {
		pp := &factPara{lx: lx}
		for i := lo; i < hi; i++ {
			p := paras[i]
			pp.use(p.text, p.at, claimed[i], fw.toks[i])
			disc[i].hits, disc[i].names = discoverOrgs(pp, nil)
		}
	})
	found := newNameList()
	for _, d := range disc {
		for _, f := range d.names {
			found.add(f.name, f.e)
		}
	}
	// The second pass reads the paragraphs in parallel too, each range
	// into a log that is replayed in reading order.
	logs := make([]*factLog, len(paras))
	inChunks(len(paras), minParasPerWorker, func(lo, hi int) {
		pp := &factPara{lx: lx}
		log := newFactLog(lo, hi)
		for i := lo; i < hi; i++ {
			p := paras[i]
			logs[i] = log
			log.read(i)
			pp.use(p.text, p.at, claimed[i], fw.toks[i])
			scanOrgs(pp, disc[i].hits, found, log)
			scanPlaces(pp, log)
			scanFigures(pp, log)
			scanDates(pp, log)
		}
	})
	for i, log := range logs {
		log.replay(i, c)
	}
	return c.sorted()
}

// isOrgOrPlace reports whether name is the name of an organisation or a
// place: a listed place or institution (or one of their other spellings),
// or a capitalised name holding an organisation word ("Moscow State
// University", "Inspur Group"), the whole name and nothing more. A
// possessive and a leading "the" are ignored. It lets the people finder
// keep such names out of the people.
func isOrgOrPlace(name string) bool {
	lx := factLex()
	name = strings.TrimSpace(name)
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	for _, the := range []string{"the ", "The "} {
		name = strings.TrimPrefix(name, the)
	}
	if _, ok := lx.places.names[name]; ok {
		return true
	}
	if _, ok := lx.orgs.names[name]; ok {
		return true
	}
	pp := newFactPara(lx, name, Span{}, nil)
	for _, h := range orgRuleHits(pp) {
		if h.i == 0 && h.j == len(pp.toks) {
			return true
		}
	}
	return false
}

// factPara is one paragraph on its way through the key-facts rules: its
// words, and which of them already belong to a fact.
type factPara struct {
	lx       *factLexicon
	text     string
	toks     []factToken
	taken    []bool
	sec, par int
	buf      []byte      // scratch space for lower-case look-ups
	own      []factToken // reset's buffer for toks; toks may belong to the caller
}

// paraRef is one paragraph of the body and where it is.
type paraRef struct {
	text string
	at   Span // Section and Paragraph only
}

// bodyParas lists every paragraph of the body in reading order: the one list
// that people, quotes and facts read.
func bodyParas(b *Briefing) []paraRef {
	n := 0
	for _, s := range b.Sections {
		n += len(s.Paragraphs)
	}
	out := make([]paraRef, 0, n)
	for si, s := range b.Sections {
		for pi, p := range s.Paragraphs {
			out = append(out, paraRef{text: p, at: Span{Section: si, Paragraph: pi}})
		}
	}
	return out
}

// newFactPara splits p into words and takes those that overlap claimed.
func newFactPara(lx *factLexicon, p string, at Span, claimed []Span) *factPara {
	pp := &factPara{lx: lx}
	pp.reset(p, at, claimed)
	return pp
}

// reset makes pp read paragraph p, reusing its buffers.
func (pp *factPara) reset(p string, at Span, claimed []Span) {
	pp.own = pp.tokens(p, pp.own[:0])
	pp.use(p, at, claimed, pp.own)
}

// tokens appends the words of p, with the small-word lists holding them, to
// toks.
func (pp *factPara) tokens(p string, toks []factToken) []factToken {
	from := len(toks)
	toks = factTokens(p, pp.lx, toks)
	for k := from; k < len(toks); k++ {
		t := &toks[k]
		switch w := p[t.start:t.end]; {
		case t.digit:
		case t.upper:
			pp.buf = appendLower(pp.buf[:0], w)
			t.kind = pp.lx.kindOfBytes(pp.buf)
		default:
			t.kind = pp.lx.kindOf(w)
		}
	}
	return toks
}

// use makes pp read paragraph p, whose words (from tokens) are toks, with
// the words covered by claimed already taken. toks is not changed.
func (pp *factPara) use(p string, at Span, claimed []Span, toks []factToken) {
	pp.text, pp.sec, pp.par, pp.toks = p, at.Section, at.Paragraph, toks
	pp.taken = slices.Grow(pp.taken[:0], len(pp.toks))[:len(pp.toks)]
	clear(pp.taken)
	for _, sp := range claimed {
		// The first word ending after the span starts, then on while words
		// start before it ends: a binary search keeps long paragraphs linear.
		k, _ := slices.BinarySearchFunc(pp.toks, sp.Start, func(t factToken, at int) int { return cmp.Compare(int(t.end), at+1) })
		for ; k < len(pp.toks) && int(pp.toks[k].start) < sp.End; k++ {
			pp.taken[k] = true
		}
	}
}

// word is the text of word k, without a possessive.
func (pp *factPara) word(k int) string { return pp.text[pp.toks[k].start:pp.toks[k].end] }

// has reports whether word k, in lower case, is one of the small words of
// the given kind (see wordKind).
func (pp *factPara) has(kind wordKind, k int) bool { return pp.toks[k].kind&kind != 0 }

// appendLower appends w in lower case to buf.
func appendLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(buf, strings.ToLower(w[i:])...)
		}
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// gap is the text between word k-1 and word k (before the first word for k == 0).
// Past the last word it is the text after it.
func (pp *factPara) gap(k int) string {
	switch {
	case len(pp.toks) == 0:
		return pp.text
	case k <= 0:
		return pp.text[:pp.toks[0].start]
	case k >= len(pp.toks):
		return pp.text[pp.toks[len(pp.toks)-1].next():]
	}
	return pp.text[pp.toks[k-1].next():pp.toks[k].start]
}

// text of words a..b-1, from the start of a to the end of b-1 (without its possessive).
func (pp *factPara) spanText(a, b int) string { return pp.text[pp.toks[a].start:pp.toks[b-1].end] }

// span is the briefing position of words a..b-1.
func (pp *factPara) span(a, b int) Span {
	return Span{Section: pp.sec, Paragraph: pp.par, Start: int(pp.toks[a].start), End: int(pp.toks[b-1].end)}
}

// free reports whether words a..b-1 exist and belong to no fact yet.
func (pp *factPara) free(a, b int) bool {
	if a < 0 || b > len(pp.toks) || a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if pp.taken[k] {
			return false
		}
	}
	return true
}

// take marks words a..b-1 as belonging to a fact.
func (pp *factPara) take(a, b int) {
	for k := a; k < b; k++ {
		pp.taken[k] = true
	}
}

// lookup finds the longest name of l starting at word i, spelled exactly as
// listed, over free words. It returns the number of words and the entry, or 0.
func (pp *factPara) lookup(i int, l *nameList) (int, namedEntry) {
	if !l.first[pp.word(i)] {
		return 0, namedEntry{}
	}
	for n := min(l.maxWords, len(pp.toks)-i); n >= 1; n-- {
		if e, ok := l.names[pp.spanText(i, i+n)]; ok && pp.free(i, i+n) {
			return n, e
		}
	}
	return 0, namedEntry{}
}

// nameList is a list of names (places, organisations) with their entries,
// indexed for look-ups at each word.
type nameList struct {
	names    map[string]namedEntry
	first    wordSet // the first word of every name
	maxWords int
}

// newNameList returns an empty name list.
func newNameList() *nameList { return &nameList{names: map[string]namedEntry{}, first: wordSet{}} }

// add lists name (one spelling) for entry e; the first spelling listed wins.
func (l *nameList) add(name string, e namedEntry) {
	if _, ok := l.names[name]; ok {
		return
	}
	l.names[name] = e
	f := strings.Fields(name)
	l.first[strings.TrimSuffix(strings.TrimSuffix(f[0], "'s"), "’s")] = true
	l.maxWords = max(l.maxWords, len(f))
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

// add records a mention of a fact; detail is kept from the first mention.
func (c *factCollector) add(kind FactKind, text, detail string, sp Span) {
	k := factKey{kind, text}
	i, ok := c.index[k]
	if !ok {
		i = len(c.facts)
		c.index[k] = i
		c.facts = append(c.facts, Fact{Kind: kind, Text: text, Detail: detail})
	}
	c.facts[i].Mentions = append(c.facts[i].Mentions, sp)
}

// addPerson records a person; the same name given twice is one person.
func (c *factCollector) addPerson(pe person) {
	name := strings.Join(strings.Fields(pe.name), " ")
	if name == "" {
		return
	}
	k := factKey{Person, strings.ToLower(name)}
	i, ok := c.index[k]
	if !ok {
		i = len(c.facts)
		c.index[k] = i
		c.facts = append(c.facts, Fact{Kind: Person, Text: name, Detail: pe.role})
	} else if c.facts[i].Detail == "" {
		c.facts[i].Detail = pe.role
	}
	c.facts[i].Mentions = append(c.facts[i].Mentions, pe.mentions...)
}

// sorted returns the facts by kind, then by first mention, each fact's
// mentions in reading order.
func (c *factCollector) sorted() []Fact {
	rank := map[FactKind]int{}
	for i, k := range FactKinds {
		rank[k] = i
	}
	out := c.facts
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
