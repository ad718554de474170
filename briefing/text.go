package briefing

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// importText reads plain text copied from a news site. The first non-empty
// line that is not site furniture ("Skip to main content") is the title. Paragraphs are separated by blank lines, or by single
// newlines when the text has one paragraph per line (decided by
// isHardWrapped). A short title-like line followed by a real paragraph is a
// subheading. The news-text rules (bylines, datelines, captions, furniture)
// run afterwards in assemble.
func importText(s string) *Briefing {
	b := &Briefing{}
	lines := strings.Split(s, "\n")
	start := 0
	for ; start < len(lines); start++ {
		if t := collapseSpace(lines[start]); t != "" && (classifyFurniture(t) == notFurniture || labelledHeadline(t)) {
			if titleLike(t) {
				b.Title = t
				start++
			}
			// A long first line is the text itself, pasted without a
			// title: it stays in the body and the briefing has no title.
			break
		}
	}
	for i, l := range lines[start:] {
		if strings.IndexByte(l, ':') > 0 {
			lines[start+i] = gluedYearTime.ReplaceAllString(l, "$1 $2") // "4 de mayo de 202200:00 hs"
		}
	}
	blocks, tight := textBlocks(lines[start:])
	blocks, tight = dropAvatarInitials(blocks, tight)
	blocks = pasteRules(b, blocks, tight)
	site := b.Source // the site's name over its menu; a platform's notice, read in assemble, names the source first
	b.Source = ""
	english := sync.OnceValue(func() bool { return blocksInEnglish(blocks) }) // asked only by the rare forms below
	b.Published = dayFirstOutsideEnglish(b.Published, s, english)
	b.Authors = olehInIndonesian(b.Authors, english)
	demoteWeakHeadings(blocks)
	assemble(b, blocks, true)
	if b.Source == "" {
		b.Source = site
	}
	return b
}

// gluedYearTime is a date's year run into the time after it, as a page's
// layout sets them apart without a space: "4 de mayo de 202200:00 hs".
var gluedYearTime = lazyCompile(`\b((?:19|20)\d{2})([0-2]\d:[0-5]\d)\b`)

// mediaLabel opens a headline that says what the story is, a video or a
// live page: "VIDEO: Voting on the harbour's future", "LIVE | Storm hits
// the coast". Over an article the same label opens a player's card.
var mediaLabel = lazyCompile(`^(?i:video|vídeo|vidéo|watch|audio|live|podcast|photos|gallery)\s*[:|]\s*`)

// minLabelledHeadlineWords is the fewest words after a media label that
// make the first line a labelled headline rather than a player's label.
const minLabelledHeadlineWords = 3

// labelledHeadline reports whether a paste's first line is a headline
// under a media label (see mediaLabel), which the furniture rules would
// take for a player's label: a title's words follow it, and no sentence.
func labelledHeadline(t string) bool {
	loc := mediaLabel.FindStringIndex(t)
	if loc == nil {
		return false
	}
	rest := t[loc[1]:]
	return wordCount(rest) >= minLabelledHeadlineWords && titleLike(rest) && !endsSentence(rest)
}

// textBlocks splits lines into paragraphs, subheadings, the rows of
// tables pasted with their cells apart (see tableRows) and blocks of code
// (see codeLines). tight tells, for each block, whether it stands on the
// line right after the one before it, with no blank line between: an item
// of a list or a menu, where a page pasted a paragraph a line sets its
// paragraphs and headings apart.
func textBlocks(lines []string) (blocks []block, tight []bool) {
	code := codeLines(lines)
	around := withoutCode(lines, code) // the text around the code, for the table and the wrapping
	rows := tableRows(around)
	wrapped := isHardWrapped(around)
	if rows == nil && code == nil {
		return textSegmentBlocks(lines, wrapped, nil, nil)
	}
	from := 0
	for i := 0; i <= len(lines); i++ {
		if i < len(lines) && (rows == nil || rows[i] == nil) && (code == nil || code[i] == 0) {
			continue
		}
		blocks, tight = textSegmentBlocks(lines[from:i], wrapped, blocks, tight)
		switch {
		case i == len(lines):
		case code != nil && code[i] > 0:
			blocks = append(blocks, codeBlockOf(lines[i:code[i]]))
			tight = append(tight, i > 0 && strings.TrimSpace(lines[i-1]) != "")
			i = code[i] - 1
		default:
			blocks = append(blocks, tableRowBlock(rows[i]))
			tight = append(tight, true)
		}
		from = i + 1
	}
	return blocks, tight
}

// withoutCode is lines with the lines of code blanked, for the measures
// of the text around them; lines itself when there is no code.
func withoutCode(lines []string, code []int) []string {
	if code == nil {
		return lines
	}
	out := slices.Clone(lines)
	for i := 0; i < len(out); i++ {
		if code[i] > 0 {
			for j := i; j < code[i]; j++ {
				out[j] = ""
			}
			i = code[i] - 1
		}
	}
	return out
}

// dashedHeading is a subheading set between dashes, as news agencies
// write them in their copy: "- 'Green lung' -", "– Talks stall –".
var dashedHeading = lazyCompile(`^[-–—]\s+(\S.*?\S|\S)\s+[-–—]$`)

// maxDashedHeadingWords is the most words of a subheading between dashes.
const maxDashedHeadingWords = 8

// textSegmentBlocks appends the blocks of lines that hold no table, with
// their tight marks (see textBlocks).
func textSegmentBlocks(lines []string, wrapped bool, blocks []block, tight []bool) ([]block, []bool) {
	paras, near := paragraphsNear(lines, wrapped)
	blocks = slices.Grow(blocks, len(paras))
	for i, p := range paras {
		next := ""
		if i+1 < len(paras) {
			next = paras[i+1]
		}
		kind := paragraph
		if m := dashedHeading.FindStringSubmatch(p); m != nil && wordCount(m[1]) <= maxDashedHeadingWords && next != "" {
			kind, p = heading, m[1] // a news agency's subheading between dashes: "- 'Green lung' -"
		} else if isSubheading(p, next) {
			kind = heading
		}
		blocks = append(blocks, block{kind: kind, text: p})
		tight = append(tight, near[i])
	}
	return blocks, tight
}

// textParagraphs splits lines into paragraphs with their spaces collapsed.
// The lines are used up: the paragraphs are written over them, in the same
// slice.
func textParagraphs(lines []string) []string { return paragraphsOf(lines, isHardWrapped(lines)) }

// paragraphsOf is textParagraphs with the wrapping already decided.
func paragraphsOf(lines []string, wrapped bool) []string {
	out, _ := paragraphsNear(lines, wrapped)
	return out
}

// paragraphsNear is paragraphsOf that also tells, for each paragraph,
// whether the line before it is another paragraph's, with no blank line
// between (never in wrapped text, whose paragraphs are set apart).
func paragraphsNear(lines []string, wrapped bool) ([]string, []bool) {
	collapseLines(lines)
	// Each paragraph takes at least one line, so out never overtakes the
	// line being read.
	out := lines[:0]
	if !wrapped {
		near := make([]bool, 0, len(lines)/2+1)
		prev := false // the line before was not blank
		for _, t := range lines {
			if t != "" {
				out = append(out, t)
				near = append(near, prev && len(out) > 1)
			}
			prev = t != ""
		}
		return out, near
	}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, t := range lines {
		if t == "" {
			flush()
			continue
		}
		cur = append(cur, t)
	}
	flush()
	return out, make([]bool, len(out))
}

// parallelLines is the fewest lines worth a goroutine of their own.
const parallelLines = 2048

// collapseLines collapses the spaces of the lines in place (see
// collapseSpace), splitting long texts between the processors.
func collapseLines(lines []string) {
	inChunks(len(lines), parallelLines, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			lines[i] = collapseSpace(lines[i])
		}
	})
}

// Hard-wrap detection thresholds.
const (
	wrapLongLine   = 120 // runes: hard-wrapped text has no lines this long
	wrapMinInner   = 2   // lines followed by a non-blank line needed to decide
	wrapMaxLongPct = 10  // percent of long inner lines allowed in wrapped text
	wrapMaxEndPct  = 50  // percent of inner lines ending a sentence allowed in wrapped text
	// wrapStubLine is the length (bytes) under which a line is a stub: a
	// menu item or a label, not a wrapped line of prose.
	wrapStubLine   = 25
	wrapStubCJK    = 16 // runes: a stub in Chinese, Japanese or Korean
	wrapMaxStubPct = 40 // percent of stub inner lines allowed in wrapped text
)

// isHardWrapped reports whether single newlines in the text are line wraps
// inside paragraphs (to be joined) rather than paragraph ends. It looks at
// the lines followed directly by another non-blank line: in one-paragraph-
// per-line text they are long and end sentences; in wrapped text they are
// short and mostly stop mid-sentence, but not stubs (a pasted page's menus
// and share bars are lines of a word or two, one item a line).
func isHardWrapped(lines []string) bool {
	inner, long, ends, stubs := 0, 0, 0, 0
	filled, longAll := 0, 0 // non-blank lines, and the long ones among them
	next := ""
	if len(lines) > 0 {
		next = strings.TrimSpace(lines[0])
	}
	for i := 0; i < len(lines); i++ {
		t := next
		next = ""
		if i+1 < len(lines) {
			next = strings.TrimSpace(lines[i+1])
		}
		if t == "" {
			continue
		}
		filled++
		isLong := isLongLine(t)
		if isLong {
			longAll++
		}
		if next == "" {
			continue
		}
		inner++
		if isLong {
			long++
		}
		cjk := cjkRunes(t) > 0
		if endsSentence(t) || cjk && endsCJKSentence(t) {
			ends++
		}
		if len(t) < wrapStubLine || cjk && utf8.RuneCountInString(t) < wrapStubCJK {
			stubs++
		}
	}
	if inner < wrapMinInner || longAll*100 > filled*wrapMaxLongPct {
		// Too few lines to tell, or many lines longer than a wrapped text
		// has: a page pasted a paragraph a line, whose lists and menus
		// come a line an item.
		return false
	}
	return long*100 <= inner*wrapMaxLongPct && ends*100 < inner*wrapMaxEndPct && stubs*100 <= inner*wrapMaxStubPct
}

// isLongLine reports whether t has more than wrapLongLine runes, counting
// them only when its length in bytes leaves a doubt.
func isLongLine(t string) bool {
	switch {
	case len(t) <= wrapLongLine:
		return false
	case len(t) > utf8.UTFMax*wrapLongLine:
		return true
	}
	return utf8.RuneCountInString(t) > wrapLongLine
}

// maxTitleWords is the most words a first line may have to be a title; a
// headline runs to twenty words at most, a paragraph usually beyond.
const maxTitleWords = 30

// titleLike reports whether a first line can be a title rather than the
// first paragraph of a text pasted without one.
func titleLike(line string) bool {
	return countWords(line) <= maxTitleWords
}
