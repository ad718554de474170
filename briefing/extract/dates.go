package extract

import (
	"strconv"
	"strings"
)

// dateAt reports whether a date or time reference starts at word i: its
// words (i..j-1, or from i-1 for "20 May") and its text. Dates are full
// dates ("May 20, 2014", "20 May 2014", "May 2014", "2014-05-20"), months
// ("May", "mid-May"), weekdays ("Monday", "Wednesday night"), years ("2013", "1990s") and relative
// references ("next month", "last year"). A month that is also a common
// word ("May", "March") needs date context: a day or year next to it, or a
// word such as "in" or "since" before it; a lower-case "may" never counts.
func (pp *factPara) dateAt(i int) (a, j int, text string, ok bool) {
	lx := pp.lx
	if !pp.mayStartDate(i) {
		return 0, 0, "", false // the quick way out for most words
	}
	w := pp.word(i)
	t := pp.toks[i]
	if n, rel := pp.relativeAt(i); n > 0 {
		return i, i + n, rel, true
	}
	if pp.toks[i].digit {
		if isISODate(w) || isDecade(w) || isYear(w) && !pp.measure(i) {
			return i, i + 1, w, true
		}
		return 0, 0, "", false
	}
	if !pp.has(inCalendar, i) && !t.hyphen {
		return 0, 0, "", false // no month or weekday, spelled in any case
	}
	if lx.weekdays[w] {
		if j := i + 1; j < len(pp.toks) && plainGap(pp.gap(j)) && lx.dayParts[pp.word(j)] && pp.free(j, j+1) {
			return i, j + 1, pp.spanText(i, j+1), true // "Wednesday night"
		}
		return i, i + 1, w, true
	}
	month, abbr := lx.months[w], false
	if month == "" {
		month, abbr = lx.monthAbbr[w], true
	}
	if month == "" {
		// "mid-May", "early-June"
		if pre, m, cut := strings.Cut(w, "-"); cut && lx.months[m] != "" && lx.dateBefore[strings.ToLower(pre)] {
			return i, i + 1, w, true
		}
		return 0, 0, "", false
	}
	a, j = i, i+1
	switch {
	case pp.dayAt(j):
		j++
		if j+1 < len(pp.toks) && plainGap(pp.gap(j)) && (pp.word(j) == "and" || pp.word(j) == "to") && pp.dayAt(j+1) {
			j += 2 // "November 17 and 18"
		}
		if j < len(pp.toks) && pp.free(j, j+1) && isYear(pp.word(j)) && (plainGap(pp.gap(j)) || strings.TrimSpace(pp.gap(j)) == ",") {
			j++
		}
	case abbr:
		return 0, 0, "", false
	case pp.dayAt(i - 1):
		a = i - 1
	case j < len(pp.toks) && pp.free(j, j+1) && plainGap(pp.gap(j)) && isYear(pp.word(j)):
		j++
	case !pp.toks[i].sent && !lx.ambiguous[w]:
	case i > 0 && plainGap(pp.gap(i)) && pp.has(inDateBefore, i-1):
	default:
		return 0, 0, "", false
	}
	if a < i && j < len(pp.toks) && pp.free(j, j+1) && plainGap(pp.gap(j)) && isYear(pp.word(j)) {
		j++ // "20 May 2014"
	}
	return a, j, oneLine(pp.spanText(a, j)), true
}

// mayStartDate reports whether a date may start at word i: a number, a
// capitalised word (a month or weekday), the first word of a relative
// reference, or a hyphenated word ("mid-May"). It is dateAt's quick way
// out for most words.
func (pp *factPara) mayStartDate(i int) bool {
	t := pp.toks[i]
	return t.digit || t.upper || t.hyphen || pp.has(inRelFirst, i)
}

// dayAt reports whether word k is a free day of the month ("20", "20th")
// next to its neighbour by a single space.
func (pp *factPara) dayAt(k int) bool {
	if k < 0 || k >= len(pp.toks) || pp.taken[k] || !pp.toks[k].digit {
		return false
	}
	if k > 0 && !plainGap(pp.gap(k)) && !plainGap(pp.gap(k+1)) {
		return false
	}
	num, suffix := splitNumber(pp.word(k))
	switch suffix {
	case "", "st", "nd", "rd", "th":
	default:
		return false
	}
	d, err := strconv.Atoi(num)
	return err == nil && d >= 1 && d <= 31
}

// relativeAt returns the length in words and the lower-case text of a
// relative time reference at word i ("last year", "next month"), or 0.
func (pp *factPara) relativeAt(i int) (int, string) {
	lx := pp.lx
	if !pp.has(inRelFirst, i) || pp.toks[i].upper && !pp.toks[i].sent {
		return 0, "" // a capital inside a sentence makes a title: "the World of Tomorrow"
	}
	for n := min(3, len(pp.toks)-i); n >= 1; n-- {
		if !pp.free(i, i+n) {
			continue
		}
		var buf strings.Builder
		ok := true
		for m := i; m < i+n; m++ {
			if m > i {
				buf.WriteByte(' ')
			}
			buf.WriteString(lowerWord(pp.word(m)))
			ok = ok && (m == i || plainGap(pp.gap(m))) && (m == i+n-1 || !pp.toks[m].poss())
		}
		if ok && lx.relative[buf.String()] {
			return n, buf.String()
		}
	}
	return 0, ""
}

// measure reports whether the number at word k is a measure, not a year:
// one side of a size, a number on the other side of its "x" ("1800 x
// 1920", "1920×1080"), or a number of a unit as the list writes it
// ("1900 pixels", "2000 mAh", "1850 metres"). A year before a word that
// is a unit only with an "s" ("the 2016 vote", "the 2024 state
// election"), a letter "X" that no number follows ("the 2024 X Games") or
// a footnote's star ("2019*") stays a year.
func (pp *factPara) measure(k int) bool {
	lx := pp.lx
	side := func(g string) bool {
		g = strings.TrimSpace(g)
		return g == "x" || g == "×" || g == "*"
	}
	isX := func(j int) bool {
		w := strings.ToLower(pp.word(j))
		return w == "x" || w == "×"
	}
	digit := func(j int) bool { return j >= 0 && j < len(pp.toks) && pp.toks[j].digit }
	if k > 0 && side(pp.gap(k)) && digit(k-1) || k+1 < len(pp.toks) && side(pp.gap(k+1)) && digit(k+1) {
		return true
	}
	if k+1 < len(pp.toks) && plainGap(pp.gap(k+1)) {
		if isX(k+1) && plainGap(pp.gap(k+2)) && digit(k+2) || lx.units[strings.ToLower(pp.word(k+1))] {
			return true
		}
	}
	return k > 0 && plainGap(pp.gap(k)) && isX(k-1) && plainGap(pp.gap(k-1)) && digit(k-2)
}

// isYear reports whether w is a year of modern history: four digits from 1800 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || w[0] < '1' || w[0] > '2' {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1800 && y <= 2099
}

// isDecade reports whether w is a decade such as "1990s".
func isDecade(w string) bool {
	return len(w) == 5 && w[4] == 's' && isYear(w[:4]) && w[3] == '0'
}

// isISODate reports whether w is a date written as 2014-05-20.
func isISODate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' || !isYear(w[:4]) {
		return false
	}
	m, err1 := strconv.Atoi(w[5:7])
	d, err2 := strconv.Atoi(w[8:10])
	return err1 == nil && err2 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// scanDates adds the dates and time references of one paragraph, each with
// what happened then.
func scanDates(pp *factPara, c *factCollector) {
	for i := 0; i < len(pp.toks); i++ {
		if pp.taken[i] || !pp.mayStartDate(i) {
			continue
		}
		a, j, text, ok := pp.dateAt(i)
		if !ok || !pp.free(a, j) {
			continue
		}
		detail := ""
		if !c.has(DateFact, text) {
			detail = pp.dateDetail(a, j)
		}
		pp.take(a, j)
		c.add(DateFact, text, detail, pp.span(a, j))
		i = j - 1
	}
}

// dateDetail says what happened at the date in words i..j-1: the rest of
// its clause without the date and the preposition before it ("President
// Vladimir Putin's visit to Beijing" for "During ... Beijing next month");
// when that leaves less than three words, the next clause if the date's
// opens the sentence ("In May, the company signed ..."), else the clause
// before; the noun after a possessive date
// ("agreement between Russia and the United States" for "last year's
// agreement ...").
func (pp *factPara) dateDetail(i, j int) string {
	cs, ce := pp.clause(i, j)
	if pp.toks[j-1].poss() {
		return pp.phrase(j, ce, 10)
	}
	a := i
	for a > cs && pp.has(inPrep, a-1) {
		a--
	}
	before := pp.phraseBack(cs, a, 10)
	after := pp.phrase(j, ce, 10)
	if before != "" {
		after = pp.phraseKeep(j, ce, 10)
	}
	d := joinDetail(before, after)
	if len(strings.Fields(d)) >= 3 {
		return d
	}
	next := ""
	if ce < len(pp.toks) && !pp.toks[ce].sent {
		_, end := pp.clause(ce, ce+1)
		next = pp.phrase(ce, end, 16)
	}
	if pp.toks[cs].sent && next != "" {
		return next
	}
	if cs > 0 && !pp.toks[cs].sent {
		prev, _ := pp.clause(cs-1, cs)
		if p := pp.phraseBack(prev, cs, 10); p != "" {
			return p
		}
	}
	if next != "" {
		return next // "Then, in 2012, hundreds of Islamists assaulted ..."
	}
	return d
}
