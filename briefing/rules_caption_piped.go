package briefing

import (
	"strings"
	"unicode"

	"brief/briefing/extract"
)

// Bounds of a credit of names and outlet in brackets (see pipedCredit).
const (
	maxPipedPartWords  = 5
	minPipedCaption    = 3 // words of the caption beside it
	maxPipedCreditRune = 80
)

// pipedCredit reads a caption whose credit, a photographer's name and the
// outlet, stands in brackets with a bar or a slash between them, at the
// caption's start, or in square brackets at its end: "(Jane Roe | The
// Harbour Times) A boat works near the island.", "Fencing along the
// beach. [ JANE ROE | Times ]" (a paragraph may close with its reporter's
// name and outlet in parentheses). Each
// part of the credit opens with a capital and holds no figure and no
// sentence; the caption holds three words or more.
func pipedCredit(t string) (Caption, bool) {
	t = strings.TrimSpace(t)
	if len(t) < 8 || t[0] != '(' && t[0] != '[' && t[len(t)-1] != ']' || !strings.Contains(t, "|") || wordCount(t) > maxCaptionWords {
		return Caption{}, false // the cheap tests first: most lines have no such brackets
	}
	if open := t[0]; open == '(' || open == '[' {
		end := strings.IndexByte(t, closing(open))
		if end > 0 && end <= maxPipedCreditRune {
			inner, text := t[1:end], strings.TrimSpace(t[end+1:])
			if namesAndOutlet(inner) && wordCount(text) >= minPipedCaption {
				return Caption{Text: text, Credit: strings.TrimSpace(inner)}, true
			}
		}
	}
	if last := t[len(t)-1]; last == ']' {
		start := strings.LastIndexByte(t, opening(last))
		if start > 0 && len(t)-start <= maxPipedCreditRune {
			inner, text := t[start+1:len(t)-1], strings.TrimSpace(t[:start])
			if namesAndOutlet(inner) && wordCount(text) >= minPipedCaption {
				return Caption{Text: text, Credit: strings.TrimSpace(inner)}, true
			}
		}
	}
	return Caption{}, false
}

// closing and opening pair a bracket with its other half.
func closing(open byte) byte {
	if open == '[' {
		return ']'
	}
	return ')'
}

func opening(close byte) byte {
	if close == ']' {
		return '['
	}
	return '('
}

// namesAndOutlet reports whether the inside of brackets is a credit of a
// photographer's name and an outlet with a bar between them ("Jane Roe |
// The Harbour Times", "JANE ROE | Times"): two or three parts, the first a
// person's name, each of at most five words opening with a capital, with
// no figure and no sentence's end ("Reuters | London" is an agency's
// dateline, "Exclusive | Update" a page's labels). (A slash between them
// is read by slashedCredit.)
func namesAndOutlet(inner string) bool {
	parts := strings.Split(inner, "|")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	name := strings.TrimSpace(parts[0])
	if strings.ToUpper(name) == name {
		name = normaliseName(name)
	}
	if names, rest := leadingNames(name); len(names) != 1 || rest != "" {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || wordCount(p) > maxPipedPartWords || !unicode.IsUpper(firstRune(p)) ||
			strings.IndexFunc(p, unicode.IsDigit) >= 0 || strings.ContainsAny(p, ".!?:;\"“”") {
			return false
		}
	}
	return true
}

// fileMarks are what a photo from a paper's archive is marked with in
// brackets at the end of its caption, in lower case: "[FILE]", "(file
// photo)", "[ΑΡΧΕΙΟΥ]".
var fileMarks = []string{"file", "file photo", "archive", "archives", "archive photo", "archivo", "archivbild", "archiv",
	"arquivo", "archief", "arkiv", "arkivbild", "archiwum", "αρχείου", "αρχείο", "αρχειου", "αρχειο", "foto de archivo", "photo d'archives"}

// fileMarked reads a caption that closes with the mark of a photo from
// the archive, in brackets: "The health centre on the island. [FILE]".
func fileMarked(t string) (Caption, bool) {
	t = strings.TrimSpace(t)
	if t == "" {
		return Caption{}, false
	}
	last := t[len(t)-1]
	if last != ')' && last != ']' || wordCount(t) > maxCaptionWords {
		return Caption{}, false
	}
	start := strings.LastIndexByte(t, opening(last))
	if start <= 0 {
		return Caption{}, false
	}
	mark := strings.ToLower(strings.TrimSpace(t[start+1 : len(t)-1]))
	text := strings.TrimSpace(t[:start])
	if !wordIn(mark, fileMarks) || wordCount(text) < minPipedCaption {
		return Caption{}, false
	}
	if inner := strings.TrimSpace(t[start+1 : len(t)-1]); strings.ToUpper(inner) != inner && !strings.Contains(mark, " ") && !strings.HasSuffix(text, ".") {
		// (A list of links may mark its entries "(archive)": the mark
		// of a photo is written in capitals, in words ("file photo"),
		// or after the caption's full stop.)
		return Caption{}, false
	}
	return Caption{Text: text, Credit: strings.TrimSpace(t[start:])}, true
}

// trailingLabels are the labels of a credit run in at the end of a
// caption, after a full stop, a dash or a bar, in the languages whose
// label the pattern of trailingCredit does not hold: "… 25-én – Fotó:
// Jane Roe / Telex", "… sáng 27/11. Ảnh: Jane Roe", "… at dawn. Video:
// Jane Roe".
var trailingLabels = []string{"Fotó:", "Ảnh:", "Video:", "Kuva:", "Zdjęcie:", "Fot.", "Foto:", "Photo:", "Bild:"}

// creditSeparators may stand before a trailing label.
var creditSeparators = []string{". ", " – ", " — ", " - ", " | "}

// maxLabelledCreditWords is the most words of a credit after its label,
// and maxLabelledTail the end of a line, in bytes, where the label is
// looked for.
const (
	maxLabelledCreditWords = 8
	maxLabelledTail        = 320
)

// labelledTrailingCredit reads a caption closed by a labelled credit
// (see trailingLabels): a capital opens the credit, which holds no
// sentence; three words or more come before it.
func labelledTrailingCredit(t string) (Caption, bool) {
	t = strings.TrimSpace(t)
	// Every label holds a colon or "Fot."; only the end of the line is
	// looked at, as matchTrailingCredit does.
	tail := t[max(0, len(t)-maxLabelledTail):]
	if strings.IndexByte(tail, ':') < 0 && !strings.Contains(tail, "Fot.") || wordCount(t) > maxCaptionWords {
		return Caption{}, false
	}
	for _, l := range trailingLabels {
		at := strings.LastIndex(t, l)
		if at <= 0 {
			continue
		}
		head, credit := t[:at], strings.TrimSpace(t[at+len(l):])
		sep := ""
		for _, s := range creditSeparators {
			if strings.HasSuffix(head, s) {
				sep = s
			}
		}
		if sep == "" || credit == "" || !unicode.IsUpper(firstRune(credit)) || wordCount(credit) > maxLabelledCreditWords ||
			sentenceEnds(credit) || strings.ContainsAny(credit, "\"“”") {
			continue
		}
		text := strings.TrimSpace(strings.TrimSuffix(head, sep))
		if sep == ". " {
			text += "."
		}
		if wordCount(text) < minPipedCaption {
			continue
		}
		return Caption{Text: text, Credit: strings.TrimSpace(l + " " + credit)}, true
	}
	return Caption{}, false
}

// creditInCaption reads the captions whose credit is set in it in a form
// pasteCaption's other patterns do not read: in brackets with a bar
// (pipedCredit), a mark of the archive (fileMarked), a Japanese paper's
// "＝…撮影" (japaneseCaption), a name and an outlet with a slash after a
// dash (dashSlashCredit) or a credit labelled in more languages
// (labelledTrailingCredit).
func creditInCaption(t string) (Caption, bool) {
	for _, read := range []func(string) (Caption, bool){pipedCredit, fileMarked, japaneseCaption, dashSlashCredit, rightsReserved, labelledTrailingCredit} {
		if c, ok := read(t); ok {
			return c, true
		}
	}
	return Caption{}, false
}

// japaneseCaption reads a Japanese newspaper's photo caption: the caption,
// "＝", then the date, the place and who took it, ending "撮影" ("…イチゴ＝
// 2026年11月24日、長野県、山田花子撮影").
func japaneseCaption(t string) (Caption, bool) {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, "撮影") {
		return Caption{}, false
	}
	text, credit, ok := strings.Cut(t, "＝")
	if !ok || strings.TrimSpace(text) == "" {
		return Caption{}, false
	}
	return Caption{Text: strings.TrimSpace(text), Credit: strings.TrimSpace(credit)}, true
}

// dashSlashCredit reads a caption closed by a dash and a credit of a
// name and an outlet with a slash between them: "… réplica da taça -
// Heinrich Aikawa/Instituto Lula".
func dashSlashCredit(t string) (Caption, bool) {
	t = strings.TrimSpace(t)
	if !strings.Contains(t, "/") || wordCount(t) > maxCaptionWords {
		return Caption{}, false
	}
	text, credit, ok := afterLastDash(t)
	if !ok || wordCount(credit) > maxLabelledCreditWords || !slashNameCredit(credit) || strings.HasSuffix(credit, ".") {
		return Caption{}, false // (not the end of a sentence: "… at either end of the closure - Central Station/Harbour Square.")
	}
	return Caption{Text: text, Credit: credit}, true
}

// afterLastDash splits a caption at the last dash set between spaces that
// has three words or more before it: the caption's text, and what closes
// it after the dash (a credit, a mark).
func afterLastDash(t string) (text, tail string, ok bool) {
	for _, sep := range []string{" - ", " – ", " — "} {
		at := strings.LastIndex(t, sep)
		if at <= 0 {
			continue
		}
		text, tail = strings.TrimSpace(t[:at]), strings.TrimSpace(t[at+len(sep):])
		if wordCount(text) >= minPipedCaption {
			return text, tail, true
		}
	}
	return "", "", false
}

// rightsMarks are the marks of a photo's rights that close a caption
// after a dash, in lower case: "… stagno di Cabras - RIPRODUZIONE
// RISERVATA".
var rightsMarks = []string{"riproduzione riservata", "all rights reserved", "todos los derechos reservados",
	"tous droits réservés", "alle rechte vorbehalten", "todos os direitos reservados"}

// rightsReserved reads a caption closed by a dash and the mark of its
// photo's rights (see rightsMarks).
func rightsReserved(t string) (Caption, bool) {
	t = strings.TrimSpace(t)
	tail := strings.ToLower(t[max(0, len(t)-48):])
	if !strings.Contains(tail, "reserv") && !strings.Contains(tail, "riserv") && !strings.Contains(tail, "vorbehalten") && !strings.Contains(tail, "réserv") || wordCount(t) > maxCaptionWords {
		return Caption{}, false // the cheap test first: the mark's word near the end
	}
	text, mark, ok := afterLastDash(t)
	if !ok || !wordIn(strings.ToLower(strings.TrimLeft(mark, "© ")), rightsMarks) {
		return Caption{}, false
	}
	if !strings.HasPrefix(mark, "©") && strings.ToUpper(mark) != mark {
		// (A sentence may end so: "… his name and three words below it
		// - All rights reserved." The mark closing a caption is written
		// in capitals or after its sign.)
		return Caption{}, false
	}
	return Caption{Text: text, Credit: mark}, true
}

// barredCaption reads a caption whose credit follows it after a spaced
// bar: a photographer's name and outlet after the caption's last sentence
// ("Passengers board the ferry. Jane Roe | Harbour News"), or a
// photographer's name alone ("Passengers board the ferry at the quay |
// Jane Roe"), a name the given names or the learned tagger know. The
// caption holds three words or more and is no date, reading time or
// byline ("Updated March 3, 2024 | Jane Roe" is a byline's).
func barredCaption(t string) (Caption, bool) {
	t = strings.TrimSpace(t)
	i := strings.LastIndex(t, " | ")
	if i < 0 || wordCount(t) > maxCaptionWords || strings.Count(t, " | ") > 2 {
		return Caption{}, false
	}
	if j := strings.LastIndex(t[:i], ". "); j > 0 && wordCount(t[:j+1]) >= minPipedCaption && startsCapital(firstRune(t)) &&
		namesAndOutlet(t[j+2:]) {
		return Caption{Text: t[:j+1], Credit: strings.TrimSpace(t[j+2:])}, true
	}
	text, credit := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+3:])
	if strings.Contains(text, " | ") || wordCount(text) < minPipedCaption || !startsCapital(firstRune(text)) ||
		!lineDate(text).IsZero() || readingTime(text) || hasBylinePrefix(text) {
		return Caption{}, false
	}
	names, rest := leadingNames(credit)
	if len(names) != 1 || rest != "" || !strings.Contains(names[0], " ") {
		return Caption{}, false
	}
	first, _, _ := strings.Cut(names[0], " ")
	if !isGivenName(strings.ToLower(first)) && !extract.PersonLine(credit) {
		return Caption{}, false
	}
	return Caption{Text: text, Credit: credit}, true
}
