package briefing

import "strings"

// orgHit is an organisation found by rule in words i..j-1.
type orgHit struct {
	i, j int
	e    namedEntry
}

// nameWord reports whether word k can be part of a name: free, capitalised,
// and not a lone letter ("(L)", "A").
func (pp *factPara) nameWord(k int) bool {
	if k < 0 || k >= len(pp.toks) {
		return false
	}
	t := &pp.toks[k]
	return t.upper && !t.digit && t.end-t.start > 1 && !pp.taken[k]
}

// runEnd returns the end of the capitalised name that starts at word i:
// capitalised words separated by single spaces or " & ", ending at a
// possessive or at any punctuation. Once the name holds an organisation
// word, connectors may join more words to it ("Bank of England", "Ministry
// of Trade and Industry"; "and" only after an "of"), but not before:
// "Valeria Yashchenko of Moscow State University" is two names.
func (pp *factPara) runEnd(i int) int {
	j, sawOf, org := i+1, false, pp.lx.orgWords[pp.word(i)]
	for j < len(pp.toks) && !pp.toks[j-1].poss() {
		g := pp.gap(j)
		if (plainGap(g) || strings.TrimSpace(g) == "&") && pp.nameWord(j) {
			org = org || pp.lx.orgWords[pp.word(j)]
			j++
			continue
		}
		if !plainGap(g) {
			break
		}
		if !org {
			// "Food and Drug Administration": "and" joins two capitalised
			// words when an organisation word follows before the name ends.
			if pp.word(j) != "and" || !pp.orgWordAhead(j+1) {
				break // only an organisation's name goes on after "of"
			}
			j++
			continue
		}
		// Connectors: one or two small words, then a capitalised word.
		k := j
		for k < len(pp.toks) && k < j+2 && plainGap(pp.gap(k)) && !pp.taken[k] &&
			(pp.has(kConnector, k) || sawOf && pp.word(k) == "and") {
			k++
		}
		if k == j || k >= len(pp.toks) || !plainGap(pp.gap(k)) || !pp.nameWord(k) {
			break
		}
		for m := j; m < k; m++ {
			if w := pp.word(m); w == "of" || w == "for" || w == "on" {
				sawOf = true
			}
		}
		j = k + 1
	}
	return j
}

// orgWordAhead reports whether the capitalised words from k on, up to the
// first break, hold an organisation word other than a company form: "Drug
// Administration" does, but "Inspur Group" in "Huawei and Inspur Group" is
// a second name.
func (pp *factPara) orgWordAhead(k int) bool {
	for m := k; m < len(pp.toks) && pp.nameWord(m) && (m == k || plainGap(pp.gap(m))); m++ {
		if w := pp.word(m); pp.lx.orgWords[w] {
			return !pp.lx.orgSuffix[w]
		}
		if pp.toks[m].poss() {
			break
		}
	}
	return false
}

// orgRuleHits finds organisations by rule: capitalised names holding an
// organisation word, and names introduced by a noun such as "company".
func orgRuleHits(pp *factPara) []orgHit {
	var hits []orgHit
	for i := 0; i < len(pp.toks); {
		if !pp.nameWord(i) {
			i++
			continue
		}
		j := pp.runEnd(i)
		if h, ok := pp.orgInRun(i, j); ok {
			hits = append(hits, h)
		}
		i = j
	}
	return append(hits, pp.introducedOrgs()...)
}

// orgInRun finds an organisation in the capitalised name i..j-1: the name
// holds an organisation word and at least one more capitalised word. Words
// that only open a sentence ("In", "The", "During"), name a title
// ("President") or describe it ("Seattle-based") are dropped from its
// start, and a title after the organisation word ends it ("Harvard
// University President ..."). A name ending in a word for a law, prize or
// event is not an organisation ("Investment Company Act").
func (pp *factPara) orgInRun(i, j int) (orgHit, bool) {
	lx := pp.lx
	for i < j && (pp.has(kFunction, i) || lx.orgCut[pp.word(i)] || pp.has(kConnector, i) || !pp.toks[i].upper || hyphenModifier(pp.word(i))) {
		i++
	}
	f := -1
	for k := i; k < j; k++ {
		if lx.orgWords[pp.word(k)] {
			f = k
			break
		}
	}
	if f < 0 {
		return orgHit{}, false
	}
	for k := f + 1; k < j; k++ {
		if lx.orgCut[pp.word(k)] || lx.months[pp.word(k)] != "" || lx.weekdays[pp.word(k)] {
			j = k
			break
		}
	}
	for j > i && !pp.toks[j-1].upper {
		j--
	}
	if j > i && lx.orgNot[pp.word(j-1)] {
		return orgHit{}, false // "Investment Company Act", "World Trade Organization Summit"
	}
	caps, mixed := 0, false
	for k := i; k < j; k++ {
		if pp.toks[k].upper {
			caps++
			mixed = mixed || !pp.toks[k].allCaps
		}
	}
	if caps < 2 || !mixed {
		return orgHit{}, false
	}
	name := pp.spanText(i, j)
	if n, e := pp.lookupWhole(i, j, lx.orgs); n > 0 {
		return orgHit{i, j, e}, true
	}
	for s := max(0, i-3); s < i; s++ {
		// A listed name that starts a little earlier and holds this one:
		// "Securities and Exchange Commission".
		if n, e := pp.lookup(s, lx.orgs); n > 0 && s+n >= j {
			return orgHit{s, s + n, e}, true
		}
	}
	if pp.isPlace(i, j) {
		return orgHit{}, false
	}
	for k := j - 1; k > f; k-- {
		if lx.orgWords[pp.word(k)] {
			f = k // the last organisation word says what it is
			break
		}
	}
	detail := strings.ToLower(pp.word(f))
	if lx.orgSuffix[pp.word(f)] {
		detail = "company"
	}
	if d := pp.appositive(i); d != "" {
		detail = d
	}
	return orgHit{i, j, namedEntry{name: name, detail: detail}}, true
}

// hyphenModifier reports whether w is a capitalised word joined to a
// lower-case one, such as "Seattle-based" or "Kroger-owned": it describes
// the name after it and is not part of it.
func hyphenModifier(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && 'a' <= w[k+1] && w[k+1] <= 'z'
}

// lookupWhole returns the entry of l whose spelling is exactly words i..j-1.
func (pp *factPara) lookupWhole(i, j int, l *nameList) (int, namedEntry) {
	if e, ok := l.names[pp.spanText(i, j)]; ok {
		return j - i, e
	}
	return 0, namedEntry{}
}

// isPlace reports whether words i..j-1 are exactly a listed place.
func (pp *factPara) isPlace(i, j int) bool {
	_, ok := pp.lx.places.names[pp.spanText(i, j)]
	return ok
}

// introducedOrgs finds names introduced as organisations by the noun just
// before them: "Chinese company Huawei", "the firm Acme".
func (pp *factPara) introducedOrgs() []orgHit {
	lx := pp.lx
	var hits []orgHit
	for k := 0; k+1 < len(pp.toks); k++ {
		t := &pp.toks[k]
		if t.kind&kIntro == 0 || t.upper || t.poss() || pp.taken[k] || // most words are no introducing noun
			!plainGap(pp.gap(k+1)) || !pp.nameWord(k+1) || pp.toks[k+1].sent {
			continue
		}
		i := k + 1
		w := pp.word(i)
		if lx.function[strings.ToLower(w)] || lx.months[w] != "" || lx.weekdays[w] || lx.orgCut[w] {
			continue
		}
		j := pp.runEnd(i)
		for m := i + 1; m < j; m++ {
			if lx.orgCut[pp.word(m)] {
				j = m
				break
			}
		}
		for j > i && !pp.toks[j-1].upper {
			j--
		}
		if pp.isPlace(i, j) {
			continue
		}
		e := namedEntry{name: pp.spanText(i, j), detail: pp.introPhrase(k)}
		if known, _ := pp.lookupWhole(i, j, lx.orgs); known > 0 {
			continue // found by the list
		}
		hits = append(hits, orgHit{i, j, e})
		k = j - 1
	}
	return hits
}

// introPhrase is the noun phrase ending at the introducing noun k: "Chinese
// company", "China's largest server manufacturer". It goes back over at
// most three words, stopping at punctuation and small words.
func (pp *factPara) introPhrase(k int) string {
	a := k
	for a > 0 && k-a < 3 && plainGap(pp.gap(a)) && !pp.taken[a-1] && !pp.has(kFunction, a-1) && !pp.toks[a-1].digit && !pp.toks[a].sent {
		a--
	}
	return pp.spanText(a, k+1)
}

// appositive returns the noun phrase that introduces the name at word i,
// just before it or set off by a comma ("the firm Morrow Partners",
// "China's largest server manufacturer, Inspur Group"), or "".
func (pp *factPara) appositive(i int) string {
	if i == 0 || pp.toks[i].sent || pp.toks[i-1].upper || !pp.has(kIntro, i-1) {
		return ""
	}
	if g := strings.TrimSpace(pp.gap(i)); g != "," && g != "" {
		return ""
	}
	return pp.introPhrase(i - 1)
}

// foundName is a name an organisation goes by, found in the text.
type foundName struct {
	name string
	e    namedEntry
}

// discoverOrgs finds the organisations found by rule in one paragraph,
// with the other names they go by: the name without its company form
// ("Inspur" for "Inspur Group") and an acronym given in brackets after it
// ("International Monetary Fund (IMF)"). It appends the names, in the order
// they are to be listed, to found, and returns the paragraph's
// organisations found by rule. It reads only the paragraph, so paragraphs
// can be read at the same time.
func discoverOrgs(pp *factPara, found []foundName) ([]orgHit, []foundName) {
	lx := pp.lx
	hits := orgRuleHits(pp)
	for _, h := range hits {
		found = append(found, foundName{h.e.name, h.e})
		// "Tessaline Systems Inc." is also "Tessaline Systems" and "Tessaline".
		for head := h.j; head-h.i >= 2 && lx.orgSuffix[pp.word(head-1)]; {
			head--
			for head > h.i && !pp.toks[head-1].upper {
				head--
			}
			if head > h.i && !pp.isPlace(h.i, head) && !pp.has(kFunction, h.i) {
				found = append(found, foundName{pp.spanText(h.i, head), h.e})
			}
		}
		if a := h.j; a < len(pp.toks) && strings.TrimSpace(pp.gap(a)) == "(" && pp.toks[a].allCaps &&
			(a+1 == len(pp.toks) && strings.HasPrefix(strings.TrimSpace(pp.text[pp.toks[a].end:]), ")") ||
				a+1 < len(pp.toks) && strings.HasPrefix(strings.TrimSpace(pp.gap(a+1)), ")")) {
			found = append(found, foundName{pp.word(a), h.e})
		}
	}
	return hits, found
}

// scanOrgs adds the organisations of one paragraph: those found by rule
// (hits, from discoverOrgs), then listed institutions and names found
// anywhere in the briefing.
func scanOrgs(pp *factPara, hits []orgHit, found *nameList, c factSink) {
	for _, h := range hits {
		if !pp.free(h.i, h.j) {
			continue
		}
		e := h.e
		if n, fe := pp.lookupWhole(h.i, h.j, found); n > 0 {
			e = fe
		}
		pp.take(h.i, h.j)
		c.add(Organization, e.name, e.detail, pp.span(h.i, h.j))
	}
	for i := 0; i < len(pp.toks); i++ {
		if pp.taken[i] || !pp.toks[i].upper {
			continue
		}
		n, e := pp.lookup(i, pp.lx.orgs)
		if m, fe := pp.lookup(i, found); m > n {
			n, e = m, fe
		}
		if n == 0 {
			continue
		}
		pp.take(i, i+n)
		c.add(Organization, e.name, e.detail, pp.span(i, i+n))
		i += n - 1
	}
}

// scanPlaces adds the listed places of one paragraph, longest name first
// ("Russian Far East" before "Far East").
func scanPlaces(pp *factPara, c factSink) {
	for i := 0; i < len(pp.toks); i++ {
		if pp.taken[i] || !pp.toks[i].upper {
			continue
		}
		n, e := pp.lookup(i, pp.lx.places)
		if n == 0 {
			n, e = pp.placeInPlace(i)
		}
		if n == 0 {
			n, e = pp.placeBySuffix(i)
		}
		if n == 0 {
			continue
		}
		pp.take(i, i+n)
		c.add(Place, e.name, e.detail, pp.span(i, i+n))
		i += n - 1
	}
}

// placeBySuffix finds an unlisted place whose last word says what it is,
// as in "Marlow County" or "Hebei Province": capitalised words, at most
// three, then a place suffix from the list. A word that opens the sentence
// or names a title is not part of it. It returns the number of words and
// the entry, or 0.
func (pp *factPara) placeBySuffix(i int) (int, namedEntry) {
	lx := pp.lx
	if !pp.nameWord(i + 1) {
		return 0, namedEntry{} // the quick way out: no name word to end in a suffix
	}
	if w := pp.word(i); !pp.nameWord(i) || pp.toks[i].allCaps || pp.has(kFunction, i) || lx.orgCut[w] || lx.placeSuffix[w] ||
		lx.months[w] != "" || lx.weekdays[w] {
		return 0, namedEntry{}
	}
	for k := i + 1; k < len(pp.toks) && k <= i+3 && pp.nameWord(k) && plainGap(pp.gap(k)) && !pp.toks[k-1].poss(); k++ {
		if w := pp.word(k); lx.placeSuffix[w] {
			return k + 1 - i, namedEntry{name: pp.spanText(i, k+1), detail: strings.ToLower(w)}
		}
	}
	return 0, namedEntry{}
}

// placeInPlace finds an unlisted place named with the listed country or
// region it lies in, as in "Eindhoven, Netherlands" or "Austin, Texas": one
// or two capitalised words, a comma, the listed place, then a break or the
// end of the paragraph. It returns the number of words of the unlisted
// place and its entry, or 0.
func (pp *factPara) placeInPlace(i int) (int, namedEntry) {
	lx := pp.lx
	if !pp.commaBefore(i+1) && !pp.commaBefore(i+2) {
		return 0, namedEntry{} // the quick way out: no comma after one or two words
	}
	if i > 0 && strings.Contains(pp.gap(i), ",") {
		return 0, namedEntry{} // "Iowa, New Hampshire, Ohio": a list of places
	}
	if w := pp.word(i); !pp.nameWord(i) || pp.toks[i].sent || pp.toks[i].allCaps || pp.has(kFunction, i) ||
		lx.orgCut[w] || lx.months[w] != "" || lx.weekdays[w] || pp.has(kRelFirst, i) {
		return 0, namedEntry{}
	}
	j := i + 1
	if j < len(pp.toks) && plainGap(pp.gap(j)) && pp.nameWord(j) && !pp.toks[i].poss() {
		j++
	}
	for k := j; k > i; k-- { // "Eindhoven, Netherlands" or "Den Bosch, Netherlands"
		if pp.toks[k-1].poss() || !pp.commaBefore(k) {
			continue
		}
		n, e := pp.lookup(k, lx.places)
		if n == 0 || pp.toks[k+n-1].poss() || e.detail != "country" && !strings.HasPrefix(e.detail, "region") {
			continue
		}
		if end := k + n; end < len(pp.toks) && !clauseBreak(pp.gap(end)) {
			continue // "Smith, France and Spain"
		}
		if end := k + n; end < len(pp.toks) && strings.TrimSpace(pp.gap(end)) == "," && pp.toks[end].upper {
			continue // "New Hampshire, Ohio, Iowa": a list goes on
		}
		return k - i, namedEntry{name: pp.spanText(i, k), detail: "place in " + e.name}
	}
	return 0, namedEntry{}
}

// commaBefore reports whether word k exists and only a comma (and spaces)
// comes between it and the word before.
func (pp *factPara) commaBefore(k int) bool {
	return k < len(pp.toks) && strings.TrimSpace(pp.gap(k)) == ","
}
