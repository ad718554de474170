package briefing

import (
	"strings"
	"unicode"
)

// maxCoAuthors is the most writers coAuthorsBelow adds to a byline.
const maxCoAuthors = 4

// coAuthorsBelow returns the names of the writers listed under the byline
// of names alone at blocks[i] when each stands over a line of its own
// (a role, a date, a handle: "Maya Okonkwo" over "Staff Software
// Engineer", then "Jonas Ferreira" over "Senior Software Engineer"), the
// lines set together, and the last block they take (i when there are
// none). Each name must be one namesAlone reads, or one name over the
// same line as the first writer's ("Journalist"), and stand over such a
// line too: a name alone under the byline's lines is the photo's credit or
// the next card's writer.
func coAuthorsBelow(blocks []block, info []pasteInfo, i int) (names []string, last int) {
	last = i
	if more, end := affiliatedBelow(blocks, info, i); end > i {
		return more, end
	}
	if more, end := stackedNames(blocks, info, i); end > i {
		return more, end
	}
	if isBylinePrefix(strings.TrimSpace(blocks[i].text)) && i+1 < len(blocks) && info[i+1].tight {
		// "By" on its own line, the first name on the next, then "and"
		// and the second name on lines of their own.
		if more, end := namedAfterAnd(blocks, info, i+1); end > i+1 {
			return more, end
		}
		return nil, i
	}
	if !bylineUsesNext(blocks[i].text, nextText(blocks, i)) {
		return nil, i
	}
	if more, end := namedAfterAnd(blocks, info, i+1); end > i+1 {
		return more, end // "Jess Okafor" over "Transport Reporter", "and", "Liam Brennan-Shaw"
	}
	firstRole := strings.TrimSpace(blocks[i+1].text)
	for j := i + 2; j+1 < len(blocks) && len(names) < maxCoAuthors; j += 2 {
		if !info[j].tight || !info[j+1].tight || !bylineUsesNext(blocks[j].text, blocks[j+1].text) {
			break
		}
		role := strings.TrimSpace(blocks[j+1].text)
		more, ok := namesAlone(blocks[j].text, "")
		if !ok && role == firstRole {
			// Over the same role as the first writer ("Journalist"), a
			// line of one name is the next writer's.
			var rest string
			more, rest = leadingNames(strings.TrimSpace(blocks[j].text))
			ok = len(more) == 1 && rest == ""
		}
		if !ok || role != firstRole && !coAuthorsLine(firstRole, role) {
			break
		}
		names, last = append(names, more...), j+1
	}
	return names, last
}

// coAuthorsLine reports whether line, under a further name below a
// byline, is a writer's as firstRole is under the byline's first name: of
// the same kind (sameLineKind), and no photo agency's, wire's or, under a
// writer's role, a photographer's (a photographer over the agency, people
// over their ages are no writers).
func coAuthorsLine(firstRole, line string) bool {
	return sameLineKind(firstRole, line) && !isCreditWord(line) && !isWireAgency(line) && !(photoRole(line) && !photoRole(firstRole))
}

// sameLineKind reports whether two lines under writers' names are of one
// kind: both dates, or neither a date and both or neither an age (roles,
// handles; not a role over "58, retired teacher").
func sameLineKind(a, b string) bool {
	age := func(t string) bool { return ageLine.MatchString(strings.TrimSpace(t)) }
	letters := func(t string) bool { return strings.IndexFunc(t, unicode.IsLetter) >= 0 }
	return lineDate(a).IsZero() == lineDate(b).IsZero() && (!lineDate(a).IsZero() || age(a) == age(b) && letters(a) == letters(b))
}

// ageLine is an age opening a line under a name, as a fact box gives it:
// "58, retired teacher".
var ageLine = lazyCompile(`^\d{1,3},`)

// photoRole reports whether a byline's role line names a photographer.
func photoRole(t string) bool {
	l := strings.ToLower(t)
	return strings.Contains(l, "photo") || strings.Contains(l, "picture")
}

// affiliatedBelow returns the writers listed under a byline of a name and
// its university or institute ("Priya Ramaswamy, University of Leeds"),
// each on the line right under the one before in the same form ("Tomás
// Ellery, Monash University"), and the last block they take (i when there
// are none).
func affiliatedBelow(blocks []block, info []pasteInfo, i int) (names []string, last int) {
	last = i
	if _, ok := affiliatedName(blocks[i].text); !ok {
		return nil, i
	}
	for j := i + 1; j < len(blocks) && info[j].tight && len(names) < maxCoAuthors; j++ {
		name, ok := affiliatedName(blocks[j].text)
		if !ok {
			break
		}
		names, last = append(names, name), j
	}
	return names, last
}

// affiliatedName reads a line that is one person's name, a comma and an
// affiliation (see affiliation).
func affiliatedName(t string) (string, bool) {
	name, rest, ok := strings.Cut(strings.TrimSpace(t), ", ")
	if !ok || !affiliation(rest) {
		return "", false
	}
	if names, more := leadingNames(name); len(names) != 1 || more != "" {
		return "", false
	}
	return name, true
}

// stackedNames returns the writers named one per line right under the
// byline's name at blocks[i], the last of them over the article's date:
// "Erik Lindqvist" over "Amira Haddad" over "Publicerad 2 dec 2026". Each
// is a name alone with a given name (namesAlone), set line under line;
// last is the last name's block, i when there is none.
func stackedNames(blocks []block, info []pasteInfo, i int) (names []string, last int) {
	if _, ok := namesAlone(blocks[i].text, ""); !ok {
		return nil, i
	}
	j := i + 1
	for ; j < len(blocks) && len(names) < maxCoAuthors && info[j].tight; j++ {
		more, ok := namesAlone(blocks[j].text, "")
		if !ok {
			break
		}
		names = append(names, more...)
	}
	if len(names) == 0 || j >= len(blocks) || !info[j].tight || !dateOrHandle(strings.TrimSpace(blocks[j].text)) {
		return nil, i
	}
	return names, j - 1
}

// namedAfterAnd returns the writer named under the line at blocks[k] (the
// first writer's role or date) after a line that is only "and": sites
// that set each writer apart write "Jess Okafor", "Transport Reporter",
// "and", "Liam Brennan-Shaw", then the date. end is that writer's block, k
// when there is none; a role under the second name is taken too.
func namedAfterAnd(blocks []block, info []pasteInfo, k int) (names []string, end int) {
	j := k + 1
	if j+1 >= len(blocks) || !info[j].tight || !info[j+1].tight || !nameJoiners[strings.ToLower(strings.TrimSpace(blocks[j].text))] && strings.TrimSpace(blocks[j].text) != "&" {
		return nil, k
	}
	more, ok := namesAlone(blocks[j+1].text, "")
	if !ok {
		// Under "and" below a writer's name, a name of two or three
		// words is the next writer's, however rare its given name
		// ("Ramsey Khalifeh").
		t := strings.TrimSpace(blocks[j+1].text)
		names, rest := leadingNames(t)
		if len(names) != 1 || rest != "" || wordCount(t) < 2 || wordCount(t) > 3 {
			return nil, k
		}
		more = names
	}
	end = j + 1
	if end+1 < len(blocks) && info[end+1].tight && namesRole(strings.TrimSpace(blocks[end+1].text)) {
		end++ // the second writer's role
	}
	return more, end
}
