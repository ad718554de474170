package extract

// Who said a quote: every quote's candidates (the names and personal
// pronouns near it, and "nobody") are scored by a ranking model learned
// from annotated speakers, and the best one wins. A pronoun that wins is
// then resolved to the person it stands for (pronouns.go).

// candKind is what a speaker candidate is.
type candKind uint8

const (
	candNone    candKind = iota // the quote has no speaker in the text
	candName                    // a name the tagger found
	candPronoun                 // a personal pronoun
	candCap                     // capitalised words the tagger did not take for a name
	candNominal                 // a noun phrase such as "the spokesman" or "the report"
)

// candidate is a possible speaker of a quote.
type candidate struct {
	para   int // paragraph of the candidate
	from   int // its first token
	to     int // after its last token
	entity int // the entity of a name, or -1
	// near is the candidate's rank by closeness to the quote among the
	// candidates on its side of it: 0 for the nearest.
	near  int
	kind  candKind
	ekind EntityKind
	// subject is set for the candidate that is the subject of the
	// reporting verb that introduces the quote (see markSubjects).
	subject bool
}

// quoteAt is a quote as the speaker model sees it: where it opens and
// closes (paragraph and token of its marks) and what its text looks like.
type quoteAt struct {
	p0, open   int // paragraph and token of the opening mark
	p1, close  int // paragraph and token of the closing mark, or the paragraph's last token + 1 when unclosed
	closed     bool
	endsComma  bool // the quoted text ends with "," or another mark that asks for an attribution
	words      int
	continued  bool // the quote goes on a quote of the paragraph before
	startsPara bool
	partial    bool // a short quoted term inside a sentence
	// cues are the reporting verbs after and before the quote (findCues).
	cues [2]cueAt
}

// maxBack and maxAhead bound how far from its quote a speaker is looked for, in paragraphs.
const (
	maxBack  = 2
	maxAhead = 1
)

// candidates lists the possible speakers of q: "nobody", then every name
// and personal pronoun outside quotes from maxBack paragraphs before it to
// maxAhead paragraphs after it.
func (an *analysis) candidates(q quoteAt, out []candidate) []candidate {
	out = an.listCandidates(q, out)
	// rank the candidates before the quote from the last, and those after
	// it from the first
	nb, na := 0, 0
	for i := len(out) - 1; i > 0; i-- {
		if q.before(out[i]) {
			out[i].near = nb
			nb++
		}
	}
	for i := 1; i < len(out); i++ {
		if q.after(out[i]) {
			out[i].near = na
			na++
		}
	}
	an.markSubjects(q, out)
	return out
}

// markSubjects marks the subject of the reporting verb that introduces q,
// on each side of it: the candidate right after the verb ("said Yang
// Jiechi"), else the last candidate before it in its sentence that is not
// inside another's appositive ("Yang Jiechi, now a member of the State
// Council, said").
func (an *analysis) markSubjects(q quoteAt, cands []candidate) {
	for _, side := range []string{"after", "before"} {
		v, vp, vi := an.quoteCue(q, side)
		if v == "" {
			continue
		}
		best := -1
		for i, c := range cands {
			if c.kind == candNone || c.para != vp {
				continue
			}
			if side == "after" && c.from <= q.close || side == "before" && c.to > q.open {
				continue
			}
			if c.from == vi+1 {
				best = i
				break
			}
			if c.to <= vi && !an.inAppositive(c) && an.doc.Paras[vp].Toks[c.from].Sent == an.doc.Paras[vp].Toks[vi].Sent {
				if best < 0 || c.from > cands[best].from {
					best = i
				}
			}
		}
		if best >= 0 {
			cands[best].subject = true
		}
	}
}

// listCandidates lists the candidates of q in reading order, "nobody" first.
func (an *analysis) listCandidates(q quoteAt, out []candidate) []candidate {
	out = append(out[:0], candidate{kind: candNone, entity: -1})
	for p := max(0, q.p0-maxBack); p <= q.p1+maxAhead && p < len(an.doc.Paras); p++ {
		out = append(out, an.candidatesIn(p)...)
	}
	return out
}

// candidatesIn lists the possible speakers in paragraph p, in reading
// order, outside quotes: the names, the personal pronouns, the noun phrases
// after a determiner and the runs of capitals the tagger left. Each
// paragraph is read once; quotes near it share the list.
func (an *analysis) candidatesIn(p int) []candidate {
	if an.paraCands == nil {
		an.paraCands = make([][]candidate, len(an.doc.Paras))
		an.paraRead = make([]bool, len(an.doc.Paras))
	}
	if !an.paraRead[p] {
		an.paraCands[p], an.paraRead[p] = an.readCandidatesIn(p), true
	}
	return an.paraCands[p]
}

// readCandidates reads the candidates of every paragraph near a quote, on
// every processor, so that candidatesIn only looks them up.
func (an *analysis) readCandidates() {
	n := len(an.doc.Paras)
	an.paraCands = make([][]candidate, n)
	an.paraRead = make([]bool, n)
	for _, q := range an.quotes {
		for p := max(0, q.p0-maxBack); p <= q.p1+maxAhead && p < n; p++ {
			an.paraRead[p] = true
		}
	}
	inParallel(n, func(p int) {
		if an.paraRead[p] {
			an.paraCands[p] = an.readCandidatesIn(p)
		}
	})
}

// readCandidatesIn is candidatesIn without the cache.
func (an *analysis) readCandidatesIn(p int) []candidate {
	var out []candidate
	for i, s := range an.names[p] {
		if an.doc.Paras[p].Toks[s.From].Quoted || s.Kind == MiscName {
			continue
		}
		if i+1 < len(an.names[p]) && an.modifiesPerson(p, s.To, s.Kind, an.names[p][i+1]) {
			continue // "Florida’s Rick Wilson", "House Speaker Paul Ryan": part of who the person is
		}
		out = append(out, candidate{kind: candName, para: p, from: s.From, to: s.To, entity: an.entityAt(s), ekind: s.Kind})
	}
	ts := an.doc.Paras[p].Toks
	named := make([]bool, len(ts))
	for _, s := range an.names[p] {
		for k := s.From; k < s.To; k++ {
			named[k] = true
		}
	}
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.Quoted || t.Kind != Word {
			continue
		}
		l := t.Lower()
		if t.in(inPronoun) {
			out = append(out, candidate{kind: candPronoun, para: p, from: i, to: i + 1, entity: -1})
			continue
		}
		if opensNominal(l) {
			if j := nominalEnd(ts, i+1); j > i+1 {
				out = append(out, candidate{kind: candNominal, para: p, from: i, to: j, entity: -1})
			}
		}
		if !t.Cap || named[i] || t.in(inNonNames|inTitles|inHonorifics) {
			continue
		}
		j := i + 1
		for j < len(ts) && ts[j].Kind == Word && ts[j].Cap && !named[j] && !ts[j].Quoted {
			j++
		}
		// capitals holding or before a title, or right before a name,
		// are part of a role ("Chinese foreign minister", "House
		// Speaker Paul Ryan", "Former Florida governor Jeb Bush")
		role := j < len(ts) && (ts[j].in(inTitles|inModifiers) || named[j])
		for k := i; k < j && !role; k++ {
			role = ts[k].in(inTitles | inModifiers)
		}
		if !role {
			out = append(out, candidate{kind: candCap, para: p, from: i, to: j, entity: an.personNamed(p, i, j)})
		}
		i = j - 1
	}
	return out
}

// modifiesPerson reports whether a name of the kind, ending at token to
// of paragraph p, describes the person named next: title words stand
// between them ("House Speaker Paul Ryan", "the F.B.I. director, James
// Comey"), or a possessive and the words of a role ("Florida’s Rick
// Wilson", "Google's chief human resources executive, Laszlo Bock").
func (an *analysis) modifiesPerson(p, to int, kind EntityKind, next NameSpan) bool {
	if next.Kind != PersonName || next.From-to > 6 {
		return false
	}
	ts, w := an.doc.Paras[p].Toks, lex()
	poss := to < next.From && isPossessive(ts[to].Lower())
	if kind == PersonName && !poss {
		return false
	}
	for k := to; k < next.From; k++ {
		l := ts[k].Lower()
		switch {
		case k == to && poss:
		case k == next.From-1 && ts[k].Is(",") && k > to:
		case w.titles[l] || w.modifiers[l]:
		case poss && ts[k].Kind == Word && !ts[k].Cap:
		default:
			return false
		}
	}
	return true
}

// before reports whether candidate c stands before the quote's opening mark.
func (q quoteAt) before(c candidate) bool {
	return c.para < q.p0 || c.para == q.p0 && c.from < q.open
}

// after reports whether candidate c stands after the quote's closing mark.
func (q quoteAt) after(c candidate) bool {
	return c.para > q.p1 || c.para == q.p1 && c.from > q.close
}

// speakerFeatures are the features of candidate c as the speaker of q,
// when prev is the entity that spoke the quote before.
func (an *analysis) speakerFeatures(q quoteAt, c candidate, prev int, fs []feature) []feature {
	return an.prevSpeakerFeatures(q, c, prev, an.ownFeatures(q, c, fs))
}

// ownFeatures are the features of candidate c as the speaker of q that do
// not depend on who spoke before: all but the last few.
func (an *analysis) ownFeatures(q quoteAt, c candidate, fs []feature) []feature {
	if c.kind == candNone {
		fs = append(fs, fNone,
			fNoneComma.flag(q.endsComma),
			fNoneCont.flag(q.continued),
			fNoneStartspara.flag(q.startsPara),
			fNoneWords.num(bucket(q.words)),
			fNoneClosed.flag(q.closed),
			fNonePartial.flag(q.partial),
			fNonePartialComma.flag(q.partial).flag(q.endsComma),
		)
		va, _, _ := an.quoteCue(q, "after")
		vb, _, _ := an.quoteCue(q, "before")
		fs = append(fs, fNonePartialCueafterCuebefore.flag(q.partial).flag(va != "").flag(vb != ""))
		if q.open > 0 {
			fs = append(fs, fNonePartialW1.flag(q.partial).str(an.doc.Paras[q.p0].Toks[q.open-1].Lower()))
		}
		return fs
	}
	d := an.doc
	cp := &d.Paras[c.para]
	ct := cp.Toks[c.from]
	kind := "name:" + c.ekind.String()
	switch c.kind {
	case candPronoun:
		kind = "pron:" + ct.Lower()
	case candCap:
		kind = "cap"
		if c.entity >= 0 {
			kind = "cap:known"
		}
		fs = append(fs, fCapword.str(ct.Lower()))
	case candNominal:
		kind = "nom"
		fs = append(fs, fHead.str(cp.Toks[c.to-1].Lower()), fDet.str(ct.Lower()))
	}
	var side string
	var dist, sents int
	switch {
	case q.before(c):
		side = "before"
		dist, sents = an.distance(c.para, c.to, q.p0, q.open)
	case q.after(c):
		side = "after"
		dist, sents = an.distance(q.p1, q.close+1, c.para, c.from)
	default:
		side = "inside" // between two parts of the quote, or in its gap
	}
	pd := c.para - q.p0
	if c.para > q.p1 {
		pd = c.para - q.p1
	}
	fs = append(fs,
		fKind.str(kind),
		fSide.str(side),
		fKindSide.str(kind).str(side),
		fPd.num(pd+4),
		fSidePd.str(side).num(pd+4),
		fSideSents.str(side).num(min(sents, 4)),
		fSideDist.str(side).num(bucket(dist)),
		fKindSideDist.str(kind).str(side).num(bucket(dist)),
		fKindSideSents.str(kind).str(side).num(min(sents, 4)),
		fCommaSideSents.flag(q.endsComma).str(side).num(min(sents, 4)),
		fSideNear.str(side).num(min(c.near, 4)),
		fKindSideNear.str(kind).str(side).num(min(c.near, 4)),
		fSideNearSents.str(side).num(min(c.near, 4)).num(min(sents, 3)),
		fPartialSideSents.flag(q.partial).str(side).num(min(sents, 4)),
	)
	// the words between the quote and the candidate, as classes: "said",
	// ", said", ": " ...
	var between string
	switch side {
	case "before":
		if c.para == q.p0 {
			between = an.classes(c.para, c.to, q.open, 4)
		}
	case "after":
		if c.para == q.p1 {
			between = an.classes(c.para, q.close+1, c.from, 4)
		}
	}
	if between != "" || side != "inside" {
		fs = append(fs, fBetween.str(side).str(between), fKindBetween.str(kind).str(side).str(between))
	}
	// the candidate stands next to the reporting verb that introduces the
	// quote: the first one after it in its sentence, or the last before
	if v, vp, vi := an.quoteCue(q, side); v != "" && vp == c.para {
		adj := vi == c.to || vi+1 == c.from || vi == c.to+1 && cp.Toks[c.to].Kind == Word
		fs = append(fs, fQcueadjSide.flag(adj).str(side), fQcueadjKind.flag(adj).str(kind), fQcueAdj.str(v).flag(adj))
	} else {
		fs = append(fs, fNoqcueSide.str(side))
	}
	// a reporting verb next to the candidate, and which; after it, an
	// appositive may stand between them ("Name, a former minister, said")
	cueAfter, cueBefore := an.cueNear(c.para, c.to, 1, 3), an.cueNear(c.para, c.from-1, -1, 2)
	if cueAfter == "" {
		if k := an.appositiveEnd(c.para, c.to); k > 0 {
			if v := an.cueNear(c.para, k, 1, 2); v != "" {
				fs = append(fs, fCueafterappositiveSide.str(side), fCueafterappositiveKind.str(kind))
			}
		}
	}
	fs = append(fs,
		fCueafter.str(cueAfter),
		fCuebefore.str(cueBefore),
		fSideCueafter.str(side).flag(cueAfter != ""),
		fSideCuebefore.str(side).flag(cueBefore != ""),
		fKindCueafterCuebefore.str(kind).flag(cueAfter != "").flag(cueBefore != ""),
	)
	if c.from > 0 {
		fs = append(fs, fW1.str(cp.Toks[c.from-1].Lower()), fSideW1.str(side).str(cp.Toks[c.from-1].Lower()))
	} else {
		fs = append(fs, fW1Start)
	}
	if c.to < len(cp.Toks) {
		fs = append(fs, fW12.str(cp.Toks[c.to].Lower()), fSideW12.str(side).str(cp.Toks[c.to].Lower()))
	}
	// a name inside the appositive of a person ("Yang Jiechi, now a member
	// of the State Council, said") is rarely the one speaking
	fs = append(fs, fInappositiveKind.flag(an.inAppositive(c)).str(kind),
		fQcuesubjectSide.flag(c.subject).str(side),
		fQcuesubjectKind.flag(c.subject).str(kind),
		fQcuesubjectSideSents.flag(c.subject).str(side).num(min(sents, 3)),
		fPartialQcuesubjectSide.flag(q.partial).flag(c.subject).str(side),
		fPartialKindSideSents.flag(q.partial).str(kind).str(side).num(min(sents, 3)))
	// the subject of its sentence: the first name of the sentence
	subject := c.from == 0 || cp.Toks[c.from-1].Sent != ct.Sent || an.firstOfSentence(c)
	return append(fs, fSubjectSide.flag(subject).str(side))
}

// prevSpeakerFeatures appends the features of a named candidate c that
// come after its own: whether it spoke the quote before (prev) on this
// side of the quote, and how often and how fully the text names it.
func (an *analysis) prevSpeakerFeatures(q quoteAt, c candidate, prev int, fs []feature) []feature {
	if c.kind == candNone || c.entity < 0 {
		return fs
	}
	fs = append(fs,
		fPrevspeakerSide.flag(c.entity == prev).str(q.side(c)),
		fPrevspeakerCont.flag(c.entity == prev).flag(q.continued),
		fMentions.num(bucket(len(an.ents[c.entity].Mentions))),
	)
	if an.ents[c.entity].Kind == PersonName {
		fs = append(fs, fRole.flag(an.ents[c.entity].apposed))
	}
	return fs
}

// side is where candidate c stands from q: "before", "after" or "inside"
// (between two parts of the quote, or in its gap).
func (q quoteAt) side(c candidate) string {
	switch {
	case q.before(c):
		return "before"
	case q.after(c):
		return "after"
	}
	return "inside"
}

// firstOfSentence reports whether no other name or pronoun comes before
// candidate c in its sentence.
func (an *analysis) firstOfSentence(c candidate) bool {
	p := &an.doc.Paras[c.para]
	s := p.Toks[c.from].Sent
	for i := c.from - 1; i >= 0 && p.Toks[i].Sent == s; i-- {
		if p.Toks[i].Cap && p.Toks[i].Kind == Word && i > 0 && p.Toks[i-1].Sent == s {
			return false
		}
		if p.Toks[i].in(inPronoun) {
			return false
		}
	}
	return true
}

// distance counts the tokens and sentence ends between (pa, ta) and
// (pb, tb), which comes later.
func (an *analysis) distance(pa, ta, pb, tb int) (toks, sents int) {
	for p := pa; p <= pb && p < len(an.doc.Paras); p++ {
		ts := an.doc.Paras[p].Toks
		from, to := 0, len(ts)
		if p == pa {
			from = ta
		}
		if p == pb {
			to = tb
		}
		if from < to && from < len(ts) {
			toks += to - from
			sents += ts[min(to, len(ts))-1].Sent - ts[from].Sent
		}
		if p != pb {
			sents++
		}
	}
	return toks, sents
}

// classes describes tokens [from, to) of a paragraph in word classes, at
// most n of them: punctuation as itself, reporting verbs as "V", names as
// "N", pronouns as "P", anything else as "w".
func (an *analysis) classes(p, from, to, n int) string {
	w := lex()
	ts := an.doc.Paras[p].Toks
	if to-from > n {
		return "far"
	}
	b := make([]byte, 0, 2*n)
	for i := from; i < to && i < len(ts); i++ {
		t := ts[i]
		l := t.Lower()
		switch {
		case t.Kind == Punct || t.Kind == Mark:
			b = append(b, t.Text()...)
		case w.cues[l]:
			b = append(b, 'V')
		case t.Cap:
			b = append(b, 'N')
		default:
			if _, ok := w.pronouns[l]; ok {
				b = append(b, 'P')
			} else {
				b = append(b, 'w')
			}
		}
		b = append(b, ' ')
	}
	return string(b)
}

// cueNear returns the reporting verb within n tokens of token i of
// paragraph p, looking in direction dir (1 after, -1 before), or "".
func (an *analysis) cueNear(p, i, dir, n int) string {
	ts := an.doc.Paras[p].Toks
	for k := 0; k < n; k++ {
		j := i + dir*k
		if j < 0 || j >= len(ts) || ts[j].Quoted || ts[j].Kind == Mark {
			return ""
		}
		if ts[j].in(inCues) {
			return ts[j].Lower()
		}
		l := ts[j].Lower()
		if ts[j].Kind == Punct && l != "," {
			return ""
		}
	}
	return ""
}

// bucket rounds a count to a small class: 0, 1, 2, 3, 4-7, 8-15, ...
func bucket(n int) int {
	if n < 4 {
		return n
	}
	b := 4
	for n >= 8 {
		n /= 2
		b++
	}
	return b
}

// personNamed returns the person entity whose name the words [from, to)
// of paragraph p give, or -1.
func (an *analysis) personNamed(p, from, to int) int {
	var ws []string
	for _, t := range an.doc.Paras[p].Toks[from:to] {
		if l := t.Lower(); !isPossessive(l) {
			ws = append(ws, l)
		}
	}
	if len(ws) == 0 {
		return -1
	}
	return findPerson(an.ents, ws, an.byWord)
}

// opensNominal reports whether the lower-case word l is a determiner
// that opens a nominal speaker candidate ("the spokeswoman").
func opensNominal(l string) bool {
	switch l {
	case "the", "a", "an", "one", "that", "this", "his", "her", "their", "its":
		return true
	}
	return false
}

// nominalEnd returns the end of a noun phrase of lower-case words after a
// determiner at toks[from-1]: up to three words, ending before a
// reporting verb, punctuation or a capital.
func nominalEnd(ts []Token, from int) int {
	j := from
	for j < len(ts) && j-from < 3 && ts[j].Kind == Word && !ts[j].Cap && !ts[j].Quoted && !ts[j].in(inCues) {
		if ts[j].in(inPronoun|inNonNames) || opensNominal(ts[j].Lower()) {
			break
		}
		j++
	}
	if j < len(ts) && j > from && (ts[j].in(inCues) || ts[j].Is(",")) {
		return j
	}
	return from
}

// quoteCue returns the reporting verb that introduces quote q on the given
// side, with its paragraph and token: the first after the quote in the
// sentence it closes, or the last before it in the sentence it opens.
// Both are found once, when the quote is listed (findCues).
func (an *analysis) quoteCue(q quoteAt, side string) (string, int, int) {
	c := q.cues[0]
	if side == "before" {
		c = q.cues[1]
	}
	return c.verb, c.para, c.tok
}

// cueAt is a reporting verb and where it stands.
type cueAt struct {
	verb      string
	para, tok int
}

// findCues finds the reporting verbs that introduce q: after it, in the
// sentence it closes, and before it, in the sentence it opens.
func findCues(d *Doc, q quoteAt) (after, before cueAt) {
	ts := d.Paras[q.p1].Toks
	if q.close < len(ts) {
		s := ts[q.close].Sent
		for i := q.close + 1; i < len(ts) && ts[i].Sent == s && !ts[i].Quoted; i++ {
			if ts[i].in(inCues) {
				after = cueAt{ts[i].Lower(), q.p1, i}
				break
			}
		}
	}
	ts = d.Paras[q.p0].Toks
	s := ts[q.open].Sent
	for i := q.open - 1; i >= 0 && ts[i].Sent == s && !ts[i].Quoted; i-- {
		if ts[i].in(inCues) {
			before = cueAt{ts[i].Lower(), q.p0, i}
			break
		}
	}
	return after, before
}

// inAppositive reports whether candidate c stands between a comma and the
// person name right before that comma, in the same sentence.
func (an *analysis) inAppositive(c candidate) bool {
	ts := an.doc.Paras[c.para].Toks
	s := ts[c.from].Sent
	for k := c.from - 1; k > 0 && ts[k].Sent == s && ts[k].Kind != Mark; k-- {
		if !ts[k].Is(",") {
			continue
		}
		for _, n := range an.names[c.para] {
			if n.To == k && n.Kind == PersonName {
				return true
			}
		}
		return false
	}
	return false
}

// signature returns the index of the candidate named in a signature line under a
// quote that fills its paragraph ("— Sophie van Dijk, who researches
// ..."), as block quotes are signed; ok is false when there is none.
func (an *analysis) signature(q quoteAt, cands []candidate) (int, bool) {
	if q.open != 0 || !q.closed || q.close != len(an.doc.Paras[q.p1].Toks)-1 || q.p1+1 >= len(an.doc.Paras) {
		return -1, false
	}
	next := an.doc.Paras[q.p1+1].Toks
	if len(next) < 2 || !(next[0].Is("—") || next[0].Is("–") || next[0].Is("-")) {
		return -1, false
	}
	for i, c := range cands {
		if c.para == q.p1+1 && c.from == 1 && (c.kind == candName || c.kind == candCap) {
			return i, true
		}
	}
	return -1, false
}

// appositiveEnd returns the token after the appositive that starts at
// token i of paragraph p with a comma ("Name, the mayor, said" → the token
// after the second comma), or 0 when there is none in the sentence.
func (an *analysis) appositiveEnd(p, i int) int {
	ts := an.doc.Paras[p].Toks
	if i >= len(ts) || !ts[i].Is(",") {
		return 0
	}
	s := ts[i].Sent
	for k := i + 1; k < len(ts) && k-i <= maxRoleWords+1 && ts[k].Sent == s; k++ {
		if ts[k].Kind == Mark {
			return 0
		}
		if ts[k].Is(",") {
			return k + 1
		}
	}
	return 0
}
