package briefing

import (
	"strings"
	"unicode"
)

// A browser copies a page's code blocks line by line, with their
// indentation: a paste of a programming blog holds stretches of lines like
// "  return this.name + \" greets \" + target;" between its paragraphs.
// Read as paragraphs, each line would stand apart, its spaces collapsed,
// and the short ones ("}", "FROM") would be taken for the page's controls.
// codeLines finds those stretches so that each is kept whole, as a code
// block.

// codeLines marks the lines that belong to a block of code: a stretch that
// opens with a line in code's own shape (see codeShaped), holds at least
// minCodeLines such lines, most of its lines, and no sentence (see
// sentenceLine); a single blank line inside it does not end it. It
// returns, for each line, the index one past the last line of the
// stretch that starts there (0 elsewhere), or nil when the text holds no
// code.
func codeLines(lines []string) []int {
	var ends []int
	for i := 0; i < len(lines); i++ {
		if !codeShaped(lines[i]) {
			continue
		}
		end, shaped, filled := stretchOfCode(lines, i)
		if shaped < minCodeLines || shaped*2 < filled {
			continue
		}
		if ends == nil {
			ends = make([]int, len(lines))
		}
		ends[i] = end
		i = end - 1
	}
	return ends
}

// minCodeLines is the fewest lines in code's shape that make a stretch
// code: one line with a semicolon may end a sentence of a list.
const minCodeLines = 2

// stretchOfCode is the stretch of code that starts at line i: it ends
// before a sentence, or at a blank line after which no more code comes
// (see codeGroupAt). It returns the end (one past the
// last line), the code-shaped lines and the non-blank lines in it.
func stretchOfCode(lines []string, i int) (end, shaped, filled int) {
	end = i
	for j := i; j < len(lines); j++ {
		t := lines[j]
		if strings.TrimSpace(t) == "" {
			if !codeGroupAt(lines, j+1) {
				break // the code ends at a blank line, unless more code follows it
			}
			continue
		}
		if sentenceLine(t) && !codeShaped(t) {
			break
		}
		filled++
		if codeShaped(t) {
			shaped++
		}
		end = j + 1
	}
	return end, shaped, filled
}

// codeGroupAt reports whether the lines from i to the next blank line
// go on with code: one of them in code's shape before any sentence (a
// query's output table under it: "avg", "──────", "4.33"; the sentence
// a browser's copy sets on the line under the table).
func codeGroupAt(lines []string, i int) bool {
	shaped := false
	for ; i < len(lines) && strings.TrimSpace(lines[i]) != ""; i++ {
		if sentenceLine(lines[i]) && !codeShaped(lines[i]) {
			return shaped // the code's lines first, then a sentence on the line under them (a browser's copy sets none apart)
		}
		shaped = shaped || codeShaped(lines[i])
	}
	return shaped
}

// sentenceLine reports whether a line reads as a sentence of prose: it
// opens with a capital letter, holds four words or more and ends as a
// sentence or on a colon ("Let's use Standard Deviation:").
func sentenceLine(t string) bool {
	t = strings.TrimSpace(t)
	r := []rune(t)
	if len(r) == 0 || !unicode.IsUpper(r[0]) || len(strings.Fields(t)) < 4 {
		return false
	}
	return endsSentence(t) || strings.HasSuffix(t, ":")
}

// codeKeywords open lines of code in the languages blogs show most: what
// declares, imports, returns or queries. The SQL words are written in
// capitals, as queries are; the others as the languages spell them.
var codeKeywords = []string{
	"func ", "function ", "function(", "def ", "var ", "let ", "const ", "import ", "package ", "return ",
	"return;", "class ", "public ", "private ", "static ", "#include", "#!", "$ ", ">>> ", "if (", "for (",
	"while (", "} else", "else {", "try {", "catch (",
	"SELECT ", "FROM ", "WHERE ", "GROUP BY ", "ORDER BY ", "WITH ", "INSERT ", "UPDATE ", "CREATE ",
	"DELETE ", "JOIN ", "HAVING ", "LIMIT ",
}

// codeShaped reports whether a line has a shape only code gives it: it
// ends on a brace, or on a semicolon after a statement's signs (see
// statementSigns) or a name alone; opens with a closing bracket, a
// comment mark or a tag; holds an operator prose does not write ("=>",
// ":=", "==", "&&", an assignment "x = 1"), a call with no space before
// its bracket ("avg(n)"), the rules of a query's output table ("─┼─"); or
// opens with a keyword of code, short or with a statement's signs.
func codeShaped(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '{', '}':
		return true
	case ';':
		// A statement's end, not a clause of a list ("raise taxes;", "(a)
		// a fine of $500;", "the night's watch is done;"): code's signs
		// before it, or a name alone ("bounds;").
		if statementSigns(t) || len(strings.Fields(t)) <= 2 {
			return true
		}
	}
	switch {
	case strings.HasPrefix(t, "}"), strings.HasPrefix(t, ")"), strings.HasPrefix(t, "]"),
		strings.HasPrefix(t, "//"), strings.HasPrefix(t, "/*"), strings.HasPrefix(t, "<!--"):
		return true
	case len(t) > 1 && t[0] == '<' && (t[1] == '/' || t[1] == '!' || unicode.IsLetter(rune(t[1]))) && strings.ContainsAny(t, ">="):
		return true // a tag: "<div id=\"mocha\"></div>", "<script src=\"a.js\""
	case strings.HasSuffix(t, ">") && (strings.Contains(t, "</") || strings.Contains(t, "=\"")):
		return true // the end of a tag: "data-cover=\"b.js\"></script>"
	case strings.ContainsAny(t, "│┼╭╮╰╯") || strings.Contains(t, "──"):
		return true
	}
	for _, op := range []string{"=>", ":=", "==", "!=", "&&", "||", "+=", "++"} {
		if strings.Contains(t, op) {
			return true
		}
	}
	if queryWord(t) {
		return true
	}
	for _, k := range codeKeywords {
		if !strings.HasPrefix(t, k) {
			continue
		}
		rest := t[len(k):]
		if rest == "" {
			return false
		}
		if unicode.IsUpper(rune(k[0])) {
			// A query's words, not a heading in capitals ("FROM THE
			// ARCHIVES"): what follows them is in lower case or code.
			return strings.IndexFunc(rest, unicode.IsLower) >= 0 || strings.ContainsAny(rest, "*(,.;")
		}
		if k[len(k)-1] != ' ' {
			return !unicode.IsLetter(rune(rest[0]))
		}
		// A line of wrapped prose may open with the same word ("public
		// sector pay", "class sizes", "return to work"): a keyword's line
		// is short or has code's signs.
		return len(strings.Fields(t)) <= maxBareKeywordWords || statementSigns(t)
	}
	return assignment(t) || callShape(t)
}

// maxBareKeywordWords is the most words of a line that a keyword of code
// opens and no other sign of code marks: "import numpy as np".
const maxBareKeywordWords = 4

// statementSigns reports whether a line holds signs that statements
// write and prose does not: an assignment or comparison ("=", "<", ">"),
// a name glued to its underscore or "$" ("max_len", "$total"), or a name
// glued to the bracket of its call or index ("f(x)", "a[0]"). A bracket
// after a space or a digit is prose's ("(a) the holder", "section
// 12(1)"), and so are "$" before a figure ("$500") and quote marks.
func statementSigns(t string) bool {
	if strings.ContainsAny(t, "=<>_") {
		return true
	}
	for i := 1; i < len(t); i++ {
		prev := rune(t[i-1])
		switch t[i] {
		case '(', '[':
			if unicode.IsLetter(prev) || prev == '_' || prev == ')' || prev == ']' {
				return true
			}
		case '$':
			if i+1 < len(t) && (unicode.IsLetter(rune(t[i+1])) || t[i+1] == '{') {
				return true
			}
		}
	}
	return strings.HasPrefix(t, "$") && len(t) > 1 && unicode.IsLetter(rune(t[1]))
}

// queryWord reports whether a line is a query's keyword alone, as a
// query set out a clause a line gives it: "SELECT", "FROM", "GROUP BY".
func queryWord(t string) bool {
	switch t {
	case "SELECT", "FROM", "WHERE", "WITH", "GROUP BY", "ORDER BY", "HAVING", "UNION", "UNION ALL":
		return true
	}
	return false
}

// assignment reports whether a line sets a name: "x = 1", "this.name =
// name".
func assignment(t string) bool {
	i := strings.Index(t, " = ")
	if i <= 0 {
		return false
	}
	for _, r := range t[:i] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("_.[]'\"$", r) {
			return false
		}
	}
	return true
}

// callShape reports whether a line holds a name called with no space
// before its bracket ("avg(n)", "expect(cow.name).to.equal(") and ends
// in a bracket, a comma or a colon, as a line of code does.
func callShape(t string) bool {
	switch t[len(t)-1] {
	case ')', '(', ',', ':', '[':
	default:
		return false
	}
	for i := 1; i < len(t); i++ {
		if t[i] == '(' && (unicode.IsLetter(rune(t[i-1])) || unicode.IsDigit(rune(t[i-1])) || t[i-1] == '_') {
			return true
		}
	}
	return false
}

// codeBlockOf is the block of a stretch of code lines: their text as
// pasted, without the indentation they all share and the blank lines at
// their ends.
func codeBlockOf(lines []string) block {
	indent := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if len(l) >= indent {
			l = l[max(indent, 0):]
		}
		out = append(out, l)
	}
	return block{kind: codeBlock, text: strings.Trim(strings.Join(out, "\n"), "\n")}
}
