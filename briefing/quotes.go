package briefing

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// findQuotes returns every quotation in the body with its attribution.
func findQuotes(b *Briefing, people []person) []Quote {
	l := lexicon()
	paras := readParagraphs(b)
	qf := quoteFinder{l: l, paras: paras, people: people, ix: newMentionIndex(paras, people)}
	var out []Quote
	groupSegments(l, paras, func(g quoteGroup) {
		out = append(out, qf.quote(g))
	})
	return out
}

// quoteFinder attributes the quotes of one briefing in reading order; it
// remembers the last speaker for quotes that continue a speech and for
// pronouns.
type quoteFinder struct {
	l      *nameLexicon
	paras  []docPara
	people []person
	ix     mentionIndex
	// last is the speaker of the last attributed quote, lastPerson the
	// last one who was a named person; p is the paragraph they spoke in.
	last, lastPerson speakerAt
}

type speakerAt struct {
	name, role string
	p, pos     int // paragraph and byte where the speaker was named
	set        bool
	nominal    bool // "the audit report", not a person
}

// quote builds the Quote of a group: its position, text, partial flag and
// attribution.
func (qf *quoteFinder) quote(g quoteGroup) Quote {
	first, last := g.parts[0], g.parts[len(g.parts)-1]
	d0, dl := &qf.paras[first.p], &qf.paras[last.p]
	q := Quote{Section: d0.sec, Paragraph: d0.idx, Start: d0.segs[first.s].start, End: dl.segs[last.s].end}
	if last.p != first.p {
		q.EndParagraph = dl.idx
	}
	texts := make([]string, len(g.parts))
	for i, pr := range g.parts {
		sg := qf.paras[pr.p].segs[pr.s]
		texts[i] = strings.TrimSpace(qf.paras[pr.p].text[sg.start:sg.end])
	}
	q.Text = strings.Join(texts, " ")

	t0 := d0.segTok[first.s]
	lo := sentenceStart(d0, t0)
	tl := dl.segTok[last.s]
	hi := windowEnd(dl, tl)
	q.Partial = isPartialQuote(q.Text, d0.toks[lo:t0])
	if q.Partial && len(g.parts) == 1 {
		// a quoted term keeps the sentence's punctuation out: "pact."
		trimmed := strings.TrimRight(q.Text, ".,;:")
		q.End -= len(q.Text) - len(trimmed)
		q.Text = trimmed
	}

	var sub subject
	ok := false
	if !q.Partial || !isTitleCase(q.Text) { // a quoted title has no speaker
		sub, ok = qf.attribution(g, first.p, lo, t0, last.p, tl, hi, q.Partial, q.Text)
	}
	if ok {
		q.Speaker, q.Role, q.Cue = qf.speaker(sub)
	}
	switch {
	case q.Speaker != "":
		if !q.Partial {
			qf.last = speakerAt{name: q.Speaker, role: q.Role, p: last.p, set: true, nominal: !qf.lastPerson.set || qf.lastPerson.name != q.Speaker}
		}
	case !ok && !q.Partial && lo == t0 && qf.last.set && qf.last.p >= first.p-1:
		// a quote opening its sentence with no attribution goes on with the last speaker
		q.Speaker, q.Role = qf.last.name, qf.last.role
		qf.last.p = last.p
	case !ok && !q.Partial && t0 == 0 && first.p > 0:
		// a paragraph of quotes after a lead-in: the person it last named
		if m, mp, found := qf.ix.lastBefore(qf.paras, first.p-1, len(qf.paras[first.p-1].text), nil); found && mp == first.p-1 && qf.paras[mp].sec == d0.sec {
			pp := qf.people[m.person]
			q.Speaker, q.Role = pp.name, pp.role
			qf.last = speakerAt{name: pp.name, role: pp.role, p: last.p, set: true}
		}
	}
	return q
}

// attribution finds the subject and cue of a quote: in the attribution that
// interrupts it, in a lead-in ending with a comma or colon before it, in
// the words after it, or in any reporting verb earlier in its sentence.
// Partial quotes take only the last.
func (qf *quoteFinder) attribution(g quoteGroup, p0, lo, t0, pl, tl, hi int, partial bool, text string) (subject, bool) {
	l := qf.l
	try := func(p, a, b int, last bool) (subject, bool) {
		toks := qf.paras[p].toks
		c, n := cueIn(l, toks, a, b, last)
		if c < 0 {
			return subject{}, false
		}
		s, ok := subjectOf(l, toks, a, b, c, n, qf.known(p))
		s.p = p
		return s, ok
	}
	before := qf.paras[p0].toks[lo:t0]
	if !partial {
		for _, gp := range g.gaps {
			if s, ok := try(gp.p, gp.a, gp.b, false); ok {
				return s, true
			}
		}
		if n := len(before); n > 0 && (before[n-1].isPunct(",") || before[n-1].isPunct(":")) {
			if s, ok := try(p0, lo, t0-1, true); ok {
				return s, true
			}
		}
		if hi > tl+1 && (endsClause(text) || cueNear(l, qf.paras[pl].toks, tl+1, hi)) {
			if s, ok := try(pl, tl+1, hi, false); ok {
				return s, true
			}
		}
	}
	if s, ok := try(p0, lo, t0, true); ok || !partial {
		if !ok {
			s, ok = qf.dashAttribution(pl, tl, hi)
		}
		return s, ok
	}
	// a quoted phrase attributed after it: ... "velvet gloves" ..., said X.
	toks := qf.paras[pl].toks
	for i := tl + 1; i+1 < hi; i++ {
		if toks[i].isPunct(",") && cueAt(l, toks, i+1) > 0 {
			return try(pl, i+1, hi, false)
		}
	}
	return subject{}, false
}

// dashAttribution reads a signed quote: a dash and a name after it, in the
// same paragraph ("..." — Ruth Adeyemi, master of a cable repair ship) or
// opening the next one, as under a block quote.
func (qf *quoteFinder) dashAttribution(p, t, hi int) (subject, bool) {
	l := qf.l
	at := func(p, i, hi int) (subject, bool) {
		toks := qf.paras[p].toks
		for i < hi && toks[i].isPunct(">") { // a Markdown block quote read as text
			i++
		}
		if i+1 >= hi || !isDash(toks[i]) || !isNameWord(l, toks[i+1]) {
			return subject{}, false
		}
		b, _ := npAfter(l, toks, i+1, hi)
		sub := subject{p: p, a: i + 1, b: b}
		if x, y, ok := roleAppositive(l, toks, b); ok {
			sub.app = tokRange{a: x, b: y}
		}
		return sub, true
	}
	if s, ok := at(p, t+1, hi); ok {
		return s, true
	}
	if t == len(qf.paras[p].toks)-1 && p+1 < len(qf.paras) && qf.paras[p+1].sec == qf.paras[p].sec {
		n := qf.paras[p+1].toks
		return at(p+1, 0, len(n))
	}
	return subject{}, false
}

// possessiveAt reports whether the name of toks[a:b] starting at byte pos
// ends in a possessive.
func possessiveAt(toks []token, a, b, pos int) bool {
	for i := a; i < b; i++ {
		if toks[i].start == pos {
			for j := i; j < b && toks[j].kind == tWord; j++ {
				if toks[j].possessive() {
					return true
				}
				if j+1 < b && !toks[j+1].capitalised() {
					break
				}
			}
			return false
		}
	}
	return false
}

// isDash reports whether a token is a dash that signs a quote.
func isDash(t token) bool {
	return t.kind == tPunct && strings.Contains("—–―-", t.text)
}

// isTitleCase reports whether every longer word of a text is capitalised,
// as in the title of a show, book or plan ("Meet the Press").
func isTitleCase(text string) bool {
	n := 0
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) && len(w) > 3 {
			return false
		}
		n++
	}
	return n > 0
}

// endsClause reports whether a quote's text ends as a quote followed by its
// attribution does: with a comma, question or exclamation mark, or dash.
func endsClause(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(",?!—–-…", r)
}

// cueNear reports whether a reporting verb stands among the first words of
// toks[a:b] ("... now." he said).
func cueNear(l *nameLexicon, toks []token, a, b int) bool {
	c, _ := cueIn(l, toks, a, min(b, a+4), false)
	return c >= 0
}

// sentenceStart returns the first token of the sentence holding token t:
// after the last sentence end, or after a quote that ends a sentence.
func sentenceStart(d *docPara, t int) int {
	for i := t - 1; i >= 0 && t-i < 80; i-- {
		tk := d.toks[i]
		if tk.sentenceEnd() || tk.isPunct(";") {
			return i + 1
		}
		if tk.kind == tQuote {
			sg := d.segs[tk.seg]
			r, _ := utf8.DecodeLastRuneInString(d.text[sg.start:sg.end])
			if r == '.' || r == '!' || r == '?' {
				if i+1 < len(d.toks) && (i+1 == t || d.toks[i+1].capitalised()) {
					return i + 1
				}
			}
			if i+1 == t {
				return t // two quotes in a row
			}
		}
		if t-i == 79 {
			return i
		}
	}
	return max(0, t-79)
}

// windowEnd returns the end of the words that follow token t up to the end
// of their sentence or the next quote.
func windowEnd(d *docPara, t int) int {
	i := t + 1
	for i < len(d.toks) && i-t < 40 {
		tk := d.toks[i]
		if tk.sentenceEnd() || tk.kind == tQuote || tk.isPunct(";") {
			break
		}
		i++
	}
	return i
}

// isPartialQuote reports whether a quote is a quoted term or scare quote
// rather than speech: short (four words at most, or a title of up to eight
// capitalised words) and standing inside a sentence, right after a word.
func isPartialQuote(text string, before []token) bool {
	n := len(before)
	if n == 0 || before[n-1].kind != tWord {
		return false
	}
	words := strings.Fields(text)
	if len(words) <= 4 {
		return true
	}
	if len(words) > 8 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && len(w) > 3 {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?,", r)
}

// speaker turns a subject into the speaker's name, role and the cue.
func (qf *quoteFinder) speaker(s subject) (name, role, cue string) {
	l := qf.l
	d := &qf.paras[s.p]
	toks := d.toks
	cue = s.cue
	appRole := ""
	if s.app.b > s.app.a {
		appRole = d.text[toks[s.app.a].start:toks[s.app.b-1].end]
	}
	localRole := func(nameTok int) string {
		pre := ""
		if a, b, ok := roleBefore(l, toks, s.a, nameTok); ok {
			pre = d.text[toks[a].start:toks[b-1].end]
		}
		return joinRoles(pre, appRole)
	}
	// a person the text names (not as an owner: "Ruiz's spokesman")
	if m, ok := qf.ix.lastIn(s.p, toks[s.a].start, toks[s.b-1].end); ok && !possessiveAt(toks, s.a, s.b, m.start) {
		pp := qf.people[m.person]
		role = pp.role
		for i := s.a; i < s.b; i++ {
			if toks[i].start == m.start {
				if r := localRole(i); r != "" {
					role = r
				}
				break
			}
		}
		qf.lastPerson = speakerAt{name: pp.name, role: role, p: s.p, pos: m.start, set: true}
		return pp.name, role, cue
	}
	head := toks[s.b-1]
	if kind, ok := l.pronouns[head.lower()]; ok && s.b-s.a == 1 {
		if kind != "person" {
			// "It called the gaps ...": the document that last spoke
			if head.lower() == "it" && qf.last.set && qf.last.nominal && qf.last.p >= s.p-1 {
				return qf.last.name, qf.last.role, cue
			}
			return "", "", cue
		}
		// the last speaker, unless someone was named after them
		lp := qf.lastPerson
		m, mp, ok := qf.ix.lastBefore(qf.paras, s.p, toks[s.a].start, nil)
		if lp.set && lp.p >= s.p-2 && (!ok || mp < lp.p || mp == lp.p && m.start <= lp.pos) {
			return lp.name, lp.role, cue
		}
		if ok {
			pp := qf.people[m.person]
			qf.lastPerson = speakerAt{name: pp.name, role: pp.role, p: mp, pos: m.start, set: true}
			return pp.name, pp.role, cue
		}
		return "", "", cue
	}
	// a name the text gives without a full name ("Mr. Wehner", "Tester")
	runs := nameRuns(l, toks[s.a:s.b])
	for i := len(runs) - 1; i >= 0; i-- {
		r := runs[i]
		if r.org || toks[s.a+r.b-1].possessive() {
			continue
		}
		r.a, r.b = r.a+s.a, r.b+s.a
		name = runText(toks, r)
		role = localRole(r.a)
		qf.lastPerson = speakerAt{name: name, role: role, p: s.p, pos: toks[r.a].start, set: true}
		return name, role, cue
	}
	// "the deputy minister": the person last named whose role fits best
	if l.titles[head.lower()] && !head.capitalised() {
		if i, ok := qf.byRole(s.p, toks[s.a].start, toks[s.a:s.b]); ok {
			pp := qf.people[i]
			return pp.name, pp.role, cue
		}
	}
	if s.b-s.a > 8 {
		return "", "", cue
	}
	// a nominal speaker: "the document", "a spokesman"
	words := make([]string, 0, s.b-s.a)
	for i, t := range toks[s.a:s.b] {
		w := t.text
		if i == 0 && determiners[t.lower()] {
			switch t.lower() {
			case "this", "that", "these", "those":
				w = "the"
			default:
				w = t.lower()
			}
		}
		words = append(words, w)
	}
	return strings.Join(words, " "), "", cue
}

// byRole returns the person named last before byte pos of paragraph p
// whose role shares the most words with a nominal speaker ("the deputy
// minister"); nobody when no role shares a word.
func (qf *quoteFinder) byRole(p, pos int, phrase []token) (int, bool) {
	best, bestScore := -1, 0
	seen := map[int]bool{}
	read := 0
	for q := p; q >= 0 && q > p-8 && read < lookBack; q-- {
		ms := qf.ix[q]
		end := len(ms)
		if q == p {
			end = qf.ix.before(p, pos)
		}
		for i := end - 1; i >= 0 && read < lookBack; i-- {
			m := ms[i]
			read++
			if seen[m.person] {
				continue
			}
			seen[m.person] = true
			role := strings.Fields(strings.ToLower(qf.people[m.person].role))
			score := 0
			for _, t := range phrase {
				if !determiners[t.lower()] && slicesContains(role, t.lower()) {
					score++
				}
			}
			if score > bestScore {
				best, bestScore = m.person, score
			}
		}
	}
	return best, best >= 0
}

func slicesContains(ws []string, w string) bool {
	for _, x := range ws {
		if strings.Trim(x, ",.") == w {
			return true
		}
	}
	return false
}

// known returns which tokens of paragraph p start a person's mention.
func (qf *quoteFinder) known(p int) func(int) bool {
	return func(i int) bool {
		st := qf.paras[p].toks[i].start
		k := qf.ix.before(p, st)
		return k < len(qf.ix[p]) && qf.ix[p][k].start == st
	}
}

// joinRoles combines the role written before a name with its appositive:
// "former Chinese foreign minister" and "now a member of the State Council"
// make "former Chinese foreign minister, now a member of the State Council".
// A bare title ("Sen.") adds nothing to an appositive.
func joinRoles(pre, app string) string {
	switch {
	case app == "":
		return pre
	case pre == "" || !strings.Contains(pre, " "):
		return app
	}
	return pre + ", " + app
}

// mentionAt is one mention of a person in a paragraph.
type mentionAt struct {
	start, end, person int
}

// mentionIndex holds the people's mentions by body paragraph, in order.
type mentionIndex [][]mentionAt

func newMentionIndex(paras []docPara, people []person) mentionIndex {
	at := map[[2]int]int{}
	for i, d := range paras {
		at[[2]int{d.sec, d.idx}] = i
	}
	ix := make(mentionIndex, len(paras))
	for pi, pp := range people {
		for _, m := range pp.mentions {
			if i, ok := at[[2]int{m.Section, m.Paragraph}]; ok {
				ix[i] = append(ix[i], mentionAt{m.Start, m.End, pi})
			}
		}
	}
	for i := range ix {
		sort.Slice(ix[i], func(a, b int) bool { return ix[i][a].start < ix[i][b].start })
	}
	return ix
}

// lastIn returns the last mention inside p's bytes [from, to).
func (ix mentionIndex) lastIn(p, from, to int) (mentionAt, bool) {
	ms := ix[p]
	for i := ix.before(p, to) - 1; i >= 0 && ms[i].start >= from; i-- {
		if ms[i].end <= to {
			return ms[i], true
		}
	}
	return mentionAt{}, false
}

// before returns how many mentions of paragraph p start before byte pos.
func (ix mentionIndex) before(p, pos int) int {
	ms := ix[p]
	return sort.Search(len(ms), func(i int) bool { return ms[i].start >= pos })
}

// lookBack bounds how many mentions a search for an earlier person reads,
// so that attributing stays linear in the length of the article.
const lookBack = 64

// lastBefore returns the last mention before byte pos of paragraph p, not
// inside a quotation, of a person keep accepts (nil accepts everyone),
// looking back a few paragraphs at most.
func (ix mentionIndex) lastBefore(paras []docPara, p, pos int, keep func(int) bool) (mentionAt, int, bool) {
	read := 0
	for q := p; q >= 0 && q > p-8 && read < lookBack; q-- {
		ms := ix[q]
		end := len(ms)
		if q == p {
			end = ix.before(p, pos)
		}
		for i := end - 1; i >= 0 && read < lookBack; i-- {
			m := ms[i]
			read++
			if insideQuote(&paras[q], m.start) || modifierUse(paras[q].text, m.start) || keep != nil && !keep(m.person) {
				continue
			}
			return m, q, true
		}
	}
	return mentionAt{}, 0, false
}

// modifierUse reports whether the name at byte pos follows "the", as in
// "the Trump campaign": it names a thing, and no pronoun stands for it.
func modifierUse(text string, pos int) bool {
	return pos >= 4 && strings.EqualFold(text[pos-4:pos], "the ")
}

// insideQuote reports whether byte pos of a paragraph lies in a quotation.
func insideQuote(d *docPara, pos int) bool {
	i := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].close > pos })
	return i < len(d.segs) && d.segs[i].open <= pos
}
