package briefing

import (
	"sort"
	"strings"
	"unicode"
)

// mentionAt is one mention of a person in a paragraph.
type mentionAt struct {
	start, end, person int
}

// mentionIndex holds the people's mentions by body paragraph, in order.
type mentionIndex [][]mentionAt

// newMentionIndex sorts the people's mentions by paragraph and position.
// The mentions of all paragraphs share one slice: they are counted first.
func newMentionIndex(paras []docPara, people []person) mentionIndex {
	at := newParaLocator(paras, func(d docPara) (int, int) { return d.sec, d.idx })
	count := make([]int32, len(paras))
	total := 0
	for _, pp := range people {
		for _, m := range pp.mentions {
			if i, ok := at.find(m.Section, m.Paragraph); ok {
				count[i]++
				total++
			}
		}
	}
	all := make([]mentionAt, total)
	ix := make(mentionIndex, len(paras))
	for i, n := range count {
		ix[i], all = all[:0:n], all[n:]
	}
	for pi, pp := range people {
		for _, m := range pp.mentions {
			if i, ok := at.find(m.Section, m.Paragraph); ok {
				ix[i] = append(ix[i], mentionAt{m.Start, m.End, pi})
			}
		}
	}
	for i := range ix {
		if len(ix[i]) > 1 {
			sort.Slice(ix[i], func(a, b int) bool { return ix[i][a].start < ix[i][b].start })
		}
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
func (ix mentionIndex) lastBefore(paras []docPara, p, pos int, keep func(int) bool, also ...func(string, mentionAt) bool) (mentionAt, int, bool) {
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
			if insideQuote(&paras[q], m.start) || modifierUse(paras[q].text, m.start) || ownerUse(paras[q].text, m.end) || keep != nil && !keep(m.person) {
				continue
			}
			if len(also) > 0 && !also[0](paras[q].text, m) {
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

// ownerUse reports whether the name ending at byte end is a possessive
// ("Mr. Trump's jabs"): the owner is seldom who a pronoun stands for.
func ownerUse(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// reportsAfter reports whether a reporting verb follows the name ending at
// byte end, maybe after an appositive between commas ("Mr. Coffman, who
// represents a swing district, said").
func reportsAfter(l *nameLexicon, text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	if strings.HasPrefix(rest, ",") {
		i := strings.IndexByte(rest[1:], ',')
		if i < 0 || i > 160 {
			return false
		}
		rest = strings.TrimLeft(rest[i+2:], " ")
	}
	for k := 0; k < 2; k++ {
		w := rest
		if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			w = rest[:i]
		}
		if l.cues[w] {
			return true
		}
		if !l.auxiliary[w] {
			return false
		}
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	return false
}

// insideQuote reports whether byte pos of a paragraph lies in a quotation.
func insideQuote(d *docPara, pos int) bool {
	i := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].close > pos })
	return i < len(d.segs) && d.segs[i].open <= pos
}
