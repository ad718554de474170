package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of a subheading found in plain text.
const (
	maxHeadingWords = 14
	maxHeadingRunes = 110
	// maxQuotedHeadingWords is the most words of a subheading that is a
	// quotation in single quotes.
	maxQuotedHeadingWords = 8
)

// singleQuoted returns the text inside a line that is one quotation in
// single quotes: "'We were not asked'", "‘A long winter’".
func singleQuoted(line string) (string, bool) {
	for _, q := range [][2]string{{"'", "'"}, {"‘", "’"}} {
		if len(line) > len(q[0])+len(q[1]) && strings.HasPrefix(line, q[0]) && strings.HasSuffix(line, q[1]) {
			inner := line[len(q[0]) : len(line)-len(q[1])]
			if !strings.ContainsAny(inner, "'‘’") {
				return inner, true
			}
		}
	}
	return "", false
}

// looksLikeHeading reports whether a line of plain text can be a
// subheading: short, title-like (a capital or a digit first, perhaps after
// an opening single quote), without final sentence punctuation, closing
// quote or trailing comma, and not opening with a double quote (a
// quotation); or a short quotation in single quotes, as British sites set
// their subheadings. Whether it is one also depends on what follows
// (isSubheading).
func looksLikeHeading(line string) bool {
	if line == "" || len(line) > 4*maxHeadingRunes {
		return false
	}
	if inner, ok := singleQuoted(line); ok {
		// A short quotation in single quotes is a subheading in the
		// British style ("'We were not asked'"); a question or a cry
		// quoted so is a line of what someone said.
		return wordCount(inner) <= maxQuotedHeadingWords && !strings.ContainsAny(inner, "?!") && looksLikeHeading(inner)
	}
	// A heading may open with a quoted word ("‘Unprecedented’ strandings"),
	// but a line that is one whole quotation is not a heading.
	r := firstRune(strings.TrimLeft(line, "‘'“\""))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false // (in a script without capitals, a short line may as well be a paragraph: none is taken)
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch {
	case last == '?' || last == '!':
		if !questionHeading(line) {
			return false
		}
	case last == ')':
		if !endsWithAside(line) {
			return false
		}
	case strings.ContainsRune(".,;:…\"'”’]»", last):
		return false
	}
	if n := wordCount(line); n == 0 || n > maxHeadingWords {
		return false
	}
	if len(line) > maxHeadingRunes && utf8.RuneCountInString(line) > maxHeadingRunes {
		return false
	}
	if strings.HasPrefix(line, "\"") || strings.HasPrefix(line, "“") {
		return opensWithQuotedName(line)
	}
	return true
}

// maxQuestionHeadingWords is the most words of a subheading that asks a
// question or exclaims ("So what's next?", "Stay focused on the CPU!").
const maxQuestionHeadingWords = 8

// questionHeading reports whether a line ending in a question or an
// exclamation mark can be a subheading: short, at most two sentences
// ("Great! How does it work?"), without the commas, semicolons and
// ellipses of a sentence of prose ("It is not very clear, is it?",
// "Twitter and ... ?"), quoting nobody (a
// line of dialogue) and not a speaker's turn in an interview ("Q: Have you
// talked to her?", "Fiorina: See you later?").
func questionHeading(line string) bool {
	if wordCount(line) > maxQuestionHeadingWords || strings.ContainsAny(line, ",;…\"“”«»") || strings.Contains(line, "..") {
		return false
	}
	if label, _, ok := strings.Cut(line, ":"); ok && (wordCount(label) == 1 || label == strings.ToUpper(label)) {
		return false
	}
	ends := 0
	for _, w := range strings.Fields(line) {
		if strings.ContainsAny(w[len(w)-1:], ".?!") {
			ends++
		}
	}
	return ends <= 2
}

// maxAsideWords is the most words of an aside in parentheses that ends a
// subheading ("Common problems in student newsrooms (2011)", "Thumper
// ($20)", "The release plan (kovarex)").
const maxAsideWords = 4

// endsWithAside reports whether a line ending in a closing parenthesis
// ends with a short aside set after the heading's words, one that credits
// no photo nor names an agency ("Firefighters at work (Photo: Jane
// Doe)", "Firefighters at work (Reuters)") and follows no sentence ("A
// crowd gathers. (AP)").
func endsWithAside(line string) bool {
	open := strings.LastIndex(line, "(")
	if open <= 0 || strings.Count(line, "(") != strings.Count(line, ")") {
		return false
	}
	aside, before := line[open+1:len(line)-1], strings.TrimSpace(line[:open])
	if !unicode.IsLetter(firstRune(strings.TrimLeft(before, "“\""))) {
		return false // a figure with its change, "1.2 MB (-92%)"
	}
	if _, credit := trailingCreditOf(line[open:]); credit || isAgencyCredit(aside) || namesAgency(aside) {
		return false
	}
	return before != "" && wordCount(aside) <= maxAsideWords && !strings.Contains(aside, ":") && !endsSentence(before)
}

// opensWithQuotedName reports whether a line that opens with a double
// quote names a work in quotes and goes on past it ("“Rez Infinite”
// ($30)", "“The Crown” returns"), rather than being a quotation: the quote
// closes before the line ends, without a comma or full stop before it.
func opensWithQuotedName(line string) bool {
	_, size := utf8.DecodeRuneInString(line)
	closing := "”"
	if line[0] == '"' {
		closing = "\""
	}
	end := strings.Index(line[size:], closing)
	if end <= 0 {
		return false
	}
	inner, rest := line[size:size+end], strings.TrimSpace(line[size+end+len(closing):])
	return rest != "" && !strings.ContainsAny(inner[len(inner)-1:], ",.") && !strings.ContainsAny(rest, "“”\"")
}

// isSubheading decides whether line starts a section: it looks like a
// heading and the next line is a real paragraph, clearly longer than it.
func isSubheading(line, next string) bool {
	if !looksLikeHeading(line) || next == "" {
		return false
	}
	nw := wordCount(next)
	return nw >= 2*wordCount(line) && (endsSentence(next) || nw >= 20)
}

// weakHeading reports whether a subheading is of a shape that prose takes
// too: a question or an exclamation ("So who pays for it?"), or a line
// ending in a short aside in parentheses, as a list's last item does
// ("Lea Moreau (France)").
func weakHeading(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return true
	}
	// An aside of a word or two, or of names and figures, is a list
	// item's ("(France)", "($30)", "(goalkeeper)", "(Inter Milan,
	// Italy)"); a longer one in words of its own is a subheading's ("The
	// vote (and what comes after)").
	open := strings.LastIndex(t, "(")
	if !strings.HasSuffix(t, ")") || open < 0 {
		return false
	}
	if wordCount(t[open:]) <= 2 && !asideOfItsOwn(t[open+1:len(t)-1]) {
		return true
	}
	for _, w := range strings.Fields(t[open+1 : len(t)-1]) {
		if unicode.IsLower(firstRune(w)) {
			return false
		}
	}
	return true
}

// asideOfItsOwn reports whether a short aside opens with a word that
// adds to the heading ("(and landlords)", "(but not yet)"), as a
// subheading's own aside does; a list item's names or qualifies a thing
// ("(France)", "(to taste)", "(or shallots)", "(on loan)").
func asideOfItsOwn(aside string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(aside), " ")
	switch strings.ToLower(first) {
	case "and", "but", "not", "yet":
		return true
	}
	return false
}

// minWeakHeadings is how many subheadings of weak shapes (see weakHeading)
// a text with no other subheading needs for them to stand: a post whose
// subheadings are all questions has several.
const minWeakHeadings = 3

// demoteWeakHeadings turns the subheadings of weak shapes back into
// paragraphs when nothing else in the text says it has subheadings: no
// subheading of another shape, and fewer than minWeakHeadings of them.
// One question or quotation alone among paragraphs is the article's prose.
func demoteWeakHeadings(blocks []block) {
	weak := 0
	for _, bl := range blocks {
		if bl.kind != heading {
			continue
		}
		if !weakHeading(bl.text) {
			return
		}
		weak++
	}
	if weak >= minWeakHeadings {
		return
	}
	for i := range blocks {
		if blocks[i].kind == heading {
			blocks[i].kind = paragraph
		}
	}
}
