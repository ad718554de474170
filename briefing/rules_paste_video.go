package briefing

import "strings"

// Bounds of a video's card among an article's paragraphs (see
// markVideoCards).
const (
	minVideoCardLines = 2
	maxVideoCardLines = 4
	maxVideoCardWords = 20 // words of any one line of the card
)

// videoDuration is a video's running time alone on a line, perhaps glued
// to its label: "02:14", "1:02:09", "VIDEO03:42", "Video 0:45".
var videoDuration = lazyCompile(`^(?i:video|vídeo|vidéo|watch)?\s*\d{1,2}:\d{2}(?::\d{2})?$`)

// markVideoCards marks as chrome each line of a video's card set among the
// paragraphs of a paste with blank lines: two to four short lines standing
// together, one of them the video's running time ("Watch CBS News" over
// the video's title over "02:14"; "VIDEO03:42" over its title). A paste
// without blank lines has no such groups to tell apart, and a group with
// two running times is a table of times, not a card.
func markVideoCards(blocks []block, info []pasteInfo, lineUnderLine bool) {
	if lineUnderLine {
		return
	}
	type group struct{ from, to int }
	var cards []group
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && info[j].tight {
			j++
		}
		if n := j - i; n >= minVideoCardLines && n <= maxVideoCardLines && isVideoCard(blocks[i:j], info[i:j]) {
			cards = append(cards, group{i, j})
		}
		i = j
	}
	// Groups whose bare time does not close them (a live page's entry
	// puts its time first, a card's running time ends it): a live page's
	// entries when there are two or more, whatever stands between them.
	bare := 0
	for _, g := range cards {
		if !labelledTime(blocks[g.from:g.to]) && !videoDuration.MatchString(strings.TrimSpace(blocks[g.to-1].text)) {
			bare++
		}
	}
	for c, g := range cards {
		// Groups one after another, each with its time, are a programme or
		// a live page's entries, not cards.
		if !labelledTime(blocks[g.from:g.to]) && (bare > 1 || c > 0 && cards[c-1].to == g.from || c+1 < len(cards) && cards[c+1].from == g.to) {
			continue
		}
		for k := g.from; k < g.to; k++ {
			info[k].chrome, info[k].kind, info[k].prose = true, strongChrome, false
		}
	}
}

// isVideoCard reports whether a group of lines is a video's card: one
// running time among short lines that are neither a table's rows nor
// prose of some length.
func isVideoCard(group []block, info []pasteInfo) bool {
	times := 0
	for k, bl := range group {
		t := strings.TrimSpace(bl.text)
		if bl.kind == tableRow || info[k].words > maxVideoCardWords || info[k].prose {
			return false
		}
		if videoDuration.MatchString(t) {
			times++
		}
	}
	return times == 1
}

// labelledTime reports whether a group's running time carries a video's
// label ("VIDEO03:42", "Watch 0:45"), not a bare time a programme shares.
func labelledTime(group []block) bool {
	for _, bl := range group {
		t := strings.TrimSpace(bl.text)
		if videoDuration.MatchString(t) && t != "" && (t[0] < '0' || t[0] > '9') {
			return true
		}
	}
	return false
}
