package briefing

import (
	"strings"
)

// Limits of a signature under an article's last paragraph (see
// closingSignature).
const (
	maxLinesToSignature = 3  // lines between the last paragraph and the signature
	maxSignatureWords   = 12 // words of a signature's line
	maxNamingBioWords   = 40 // words of a writer's bio that names them
)

// closingSignature reads the writers an article names under its last
// paragraph, as many papers and blogs sign their pieces there rather than
// under the headline: "Von Jane Doe", "Text: Jane Doe", "(Jane Doe)", "—
// Jane Doe", "Jane Doe, dpa", "Reporting by Jane Doe; Editing by …", a
// name alone that opens with a common given name, a dated byline of the
// forms read over an article ("Jane Doe — 2013-09-29 — in Code"), or the
// writer's bio ("Jane Doe is a reporter at …") as the last paragraph or
// under a box's "About the author". Only short lines right under the last
// paragraph count; a name over a date or a handle is a commenter's, and
// one whose surname the article names is its subject's: neither is a
// signature. It returns nil when there is none.
func closingSignature(blocks []block, info []pasteInfo, last int) []string {
	if last < 0 || last >= len(blocks) {
		return nil
	}
	if names := bioNames(blocks[last].text, info[last].words); len(names) > 0 {
		return names
	}
	for j := last + 1; j < len(blocks) && j <= last+maxLinesToSignature; j++ {
		t := strings.TrimSpace(blocks[j].text)
		if aboutTheWriter(t) {
			continue
		}
		if contactHeading(t) {
			return nil // a press contact's name, not the writer's
		}
		if names := bioNames(t, info[j].words); len(names) > 0 {
			return names
		}
		if info[j].words > maxSignatureWords {
			return nil
		}
		next := nextText(blocks, j)
		if names, labelled, ok := signatureNames(t); ok && (labelled || !dateOrHandle(next) && !contactLine(next)) && !namedInArticle(names, blocks, last) {
			return names
		}
		if names, ok := pasteByline(t, next); ok && hasDateFigure(t) && allGivenNamed(names) && !namedInArticle(names, blocks, last) {
			return names // a post's footer: "Jane Doe — 2013-09-29 — in Code — Permalink"
		}
	}
	return nil
}

// signatureNames reads one line of a signature (see closingSignature);
// labelled is set when a byline's word leads the names ("Von", "Text:"),
// which no commenter's or contact's name has.
func signatureNames(t string) (names []string, labelled, ok bool) {
	s := strings.TrimSpace(strings.TrimLeft(t, "—–- "))
	if inner, ok := strings.CutPrefix(s, "("); ok {
		if inner, ok = strings.CutSuffix(inner, ")"); !ok {
			return nil, false, false
		}
		s = strings.TrimSpace(inner)
	}
	if s == "" || sentenceEnds(s) && !strings.HasSuffix(s, ".") {
		return nil, false, false // a question or a cry, not a name ("Jane Doe." may close a signature)
	}
	if names, ok := parseByline(s); ok {
		return names, true, true
	}
	names, rest := leadingNames(strings.TrimSuffix(s, "."))
	if len(names) == 0 {
		return nil, false, false
	}
	if rest != "" && !isWireAgency(strings.TrimSpace(strings.TrimLeft(rest, ",/ "))) {
		return nil, false, false // "Jane Doe, dpa", "Jane Doe / AFP"; not "Jane Doe said …"
	}
	for _, n := range names {
		if !opensWithGivenName(n) {
			return nil, false, false // "Keine Kommentare", "Neueste Meldungen"
		}
	}
	return names, false, true
}

// namedInArticle reports whether the article (blocks up to last) names
// one of names' surnames: the one it is about or quotes, whose name under
// it is a caption's or a link's, not the writer's signature.
func namedInArticle(names []string, blocks []block, last int) bool {
	for _, n := range names {
		f := strings.Fields(n)
		surname := f[len(f)-1]
		for _, bl := range blocks[:last+1] {
			if containsWord(bl.text, surname) {
				return true
			}
		}
	}
	return false
}

// allGivenNamed reports whether each of names opens with a common given
// name.
func allGivenNamed(names []string) bool {
	for _, n := range names {
		if !opensWithGivenName(n) {
			return false
		}
	}
	return len(names) > 0
}

// contactHeading reports whether a line heads a press contact's details:
// "Kontakt:", "Press contact", "Ansprechpartnerin".
func contactHeading(t string) bool {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(t), ":")) {
	case "kontakt", "pressekontakt", "medienkontakt", "ansprechpartner", "ansprechpartnerin", "contact", "press contact", "media contact",
		"contacts", "contact presse", "contacto", "contato":
		return true
	}
	return false
}

// contactLine reports whether a line gives a telephone number or an
// e-mail address, as a contact's details under the name do.
func contactLine(t string) bool {
	l := strings.ToLower(strings.TrimSpace(t))
	for _, w := range []string{"tel", "telefon", "phone", "fon", "fax", "e-mail", "email", "mail"} {
		if strings.HasPrefix(l, w+" ") || strings.HasPrefix(l, w+":") || strings.HasPrefix(l, w+".") {
			return true
		}
	}
	return strings.Contains(l, "@") && !strings.Contains(l, " ")
}

// aboutTheWriter reports whether a line heads a box about the writer:
// "About the author", "Über die Autorin".
func aboutTheWriter(t string) bool {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(t), ":")) {
	case "about the author", "about the writer", "über die autorin", "über den autor", "zur autorin", "zum autor",
		"à propos de l'auteur", "à propos de l’auteur", "sobre el autor", "sobre la autora", "sobre o autor", "sobre a autora":
		return true
	}
	return false
}

// bioNames reads the writer a short bio names first: "Jane Doe is a
// reporter at the Harbour Times.", "Jane Doe ist Redakteurin im Ressort
// Politik." A writer's role (byline_roles.txt) must follow the verb
// within a few words.
func bioNames(t string, words int) []string {
	if words > maxNamingBioWords || !sentenceEnds(t) {
		return nil
	}
	names, rest := leadingNames(strings.TrimSpace(t))
	if len(names) != 1 || !knownPerson(names[0]) {
		return nil
	}
	verb, after, _ := strings.Cut(rest, " ")
	switch verb {
	case "is", "ist", "est", "es", "é", "è", "was", "war":
	default:
		return nil
	}
	if !bioFollows(strings.Fields(after)) {
		return nil
	}
	return names
}
