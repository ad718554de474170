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
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && info[j].tight {
			j++
		}
		if n := j - i; n >= minVideoCardLines && n <= maxVideoCardLines && isVideoCard(blocks[i:j], info[i:j]) {
			for k := i; k < j; k++ {
				info[k].chrome, info[k].kind, info[k].prose = true, strongChrome, false
			}
		}
		i = j
	}
}

// isVideoCard reports whether a group of lines is a video's card: one
// running time among short lines that are neither a table's rows nor
// prose of some length.
func isVideoCard(group []block, info []pasteInfo) bool {
	times := 0
	for k, bl := range group {
		t := strings.TrimSpace(bl.text)
		if bl.kind == tableRow || info[k].words > maxVideoCardWords {
			return false
		}
		if videoDuration.MatchString(t) {
			times++
		}
	}
	return times == 1
}
