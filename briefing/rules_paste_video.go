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
// to its label or followed by its source: "02:14", "1:02:09",
// "VIDEO03:42", "Video 0:45", "Duration 2:04", "01:32 - Source: CNB".
var videoDuration = lazyCompile(`^(?i:video|vídeo|vidéo|watch|duration)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+[-–—|]\s+(?i:source|fonte|fuente|quelle)\s*:.{1,40})?$`)

// videoWords name a video opening a card's line: "Watch CBS News", "Vídeo
// mostra fumaça do incêndio", "VIDEO03:42". ("Play" is not among them:
// "Rain stops play", "The play opens at the Lyric".)
var videoWords = []string{"watch", "video", "vídeo", "vidéo", "▶"}

// markVideoCards marks as chrome each line of a video's card set among the
// paragraphs of a paste with blank lines: two to four short lines standing
// together, one of them the video's running time, one of them saying it is
// a video ("Watch CBS News" over the video's title over "02:14";
// "VIDEO03:42" over its title). A time alone says nothing of a video: a
// live page's entry, a listing's programme, a fixture's kick-off and a
// match clock each stand over or under one, and stay. A paste without
// blank lines has no such groups to tell apart, and a group with two
// running times is a table of times, not a card.
func markVideoCards(blocks []block, info []pasteInfo, lineUnderLine bool) {
	if lineUnderLine {
		return
	}
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && info[j].tight {
			j++
		}
		if n := j - i; n >= minVideoCardLines && (n <= maxVideoCardLines && isVideoCard(blocks[i:j], info[i:j]) || n <= maxPlaylistLines && isPlaylist(blocks[i:j], info[i:j])) {
			for k := i; k < j; k++ {
				info[k].chrome, info[k].kind, info[k].prose = true, strongChrome, false
			}
		}
		i = j
	}
}

// Bounds of a chart's labels around its source line (see markChartLabels).
const (
	maxChartLabelLines = 2  // title lines over the source
	maxChartLabelWords = 10 // words of a title line
	maxChartNoteWords  = 15 // words of a note under the source
)

// chartNote opens the note a chart sets under its source: "Note: As of
// March 4 close".
var chartNote = lazyCompile(`^(?i:notes?|chart|graphic)\s*:`)

// markChartLabels marks as chrome what a chart set into the article
// leaves in a paste, around its source line ("Source: FactSet"): the
// chart's title and subtitle on the lines right over it ("Chilled out",
// "Lakemont Logistics share price") and its note right under it ("Note:
// As of March 4, 2025 close"). Only lines that stand together with the
// source line count, short and no sentence; in a paste without blank
// lines (lineUnderLine) no lines stand together, and none is marked.
func markChartLabels(blocks []block, info []pasteInfo, lineUnderLine bool) {
	if lineUnderLine {
		return
	}
	for i := range blocks {
		t := strings.TrimSpace(blocks[i].text)
		if info[i].words > maxSourceLineWords || sentenceEnds(t) || !isSourceLine(t) {
			continue
		}
		for j, n := i-1, 0; j >= 0 && n < maxChartLabelLines && info[j+1].tight && labelOfChart(blocks[j], info[j]); j, n = j-1, n+1 {
			info[j].chrome, info[j].kind = true, strongChrome
		}
		for j := i + 1; j < len(blocks) && info[j].tight && info[j].words <= maxChartNoteWords && chartNote.MatchString(strings.TrimSpace(blocks[j].text)); j++ {
			info[j].chrome, info[j].kind, info[j].prose = true, strongChrome, false
		}
	}
}

// labelOfChart reports whether a line may be a chart's title: short, no
// sentence, no prose.
func labelOfChart(bl block, in pasteInfo) bool {
	return bl.kind != tableRow && !in.prose && in.words <= maxChartLabelWords && !sentenceEnds(strings.TrimSpace(bl.text))
}

// watchLabel is the label a site sets over a video embedded in its
// article: "WATCH | Residents tour the site:", "VIDEO: The crash".
var watchLabel = lazyCompile(`^(?i:watch|video|vídeo|vidéo)\s*[|:]`)

// Bounds of an embedded video's card under its label (see markWatchCards).
const (
	maxWatchLabelWords = 14 // words of the label
	maxWatchCardLines  = 3  // lines from the label down to the running time
	maxWatchBlurbWords = 40 // words of the blurb under "Duration 2:04"
)

// markWatchCards marks as chrome the card of a video embedded in an
// article under its label: the label, the video's title and age down to
// its running time ("WATCH | Residents tour the site:", "Neighbours get a
// first look …", "2 hours ago", "Duration 2:04"), and, under a running
// time the card labels "Duration", the blurb of a sentence or two that
// such cards end with. A label with no running time below it is left to
// the other rules: it may introduce the article's own words. A paste
// without blank lines (lineUnderLine) sets no card apart, and none is
// marked.
func markWatchCards(blocks []block, info []pasteInfo, lineUnderLine bool) {
	if lineUnderLine {
		return
	}
	for i := range blocks {
		t := strings.TrimSpace(blocks[i].text)
		if info[i].words > maxWatchLabelWords || !watchLabel.MatchString(t) {
			continue
		}
		for d := i + 1; d < len(blocks) && d <= i+maxWatchCardLines; d++ {
			u := strings.TrimSpace(blocks[d].text)
			if info[d].prose || info[d].words > maxVideoCardWords {
				break // the article's words under a label that introduces them
			}
			if !videoDuration.MatchString(u) {
				continue
			}
			end := d
			if b := d + 1; b+1 < len(blocks) && strings.HasPrefix(strings.ToLower(u), "duration") && info[b].words <= maxWatchBlurbWords && blocks[b].kind == paragraph {
				end = b
			}
			for k := i; k <= end; k++ {
				info[k].chrome, info[k].kind, info[k].prose = true, strongChrome, false
			}
			break
		}
	}
}

// isVideoCard reports whether a group of lines is a video's card: one
// running time among short lines that are neither a table's rows nor
// prose, a word that names a video (videoWords) opening one of them, and
// no bare time opening the group (a live page's entry, "14:32" over "Rain
// stops play at Lord's", or a listing's programme).
func isVideoCard(group []block, info []pasteInfo) bool {
	times, video := 0, false
	for k, bl := range group {
		t := strings.TrimSpace(bl.text)
		if bl.kind == tableRow || info[k].words > maxVideoCardWords || info[k].prose {
			return false
		}
		if videoDuration.MatchString(t) {
			times++
			if k == 0 && !namesVideo(t) {
				return false // a live page's entry or a listing's programme opens with its time
			}
		}
		video = video || namesVideo(t)
	}
	return times == 1 && video
}

// namesVideo reports whether a line opens with one of videoWords, in any
// case, as a word or glued to a running time ("VIDEO03:42"); in the middle
// of a line they are ordinary words ("Tornado watch extended").
func namesVideo(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	return len(f) > 0 && wordIn(strings.Trim(f[0], ".:|·•0123456789"), videoWords)
}

// maxPlaylistLines is the most lines of a player's playlist (see
// isPlaylist).
const maxPlaylistLines = 12

// isPlaylist reports whether a group of lines is what a video player
// shows of its playlist: its notices ("Now playing", "Up next"), a
// running time for each clip and the clips' titles, and nothing else
// ("Now playing" over "01:32" over a title, "Up next" over "02:14" over
// another). A notice and a running time must both stand in it, and no
// line may be prose or longer than a card's.
func isPlaylist(group []block, info []pasteInfo) bool {
	notices, times := 0, 0
	for k, bl := range group {
		t := strings.TrimSpace(bl.text)
		switch {
		case bl.kind == tableRow || info[k].prose || info[k].words > maxVideoCardWords:
			return false
		case videoDuration.MatchString(t):
			times++
		case isPlayerNotice(t, info[k].words):
			notices++
		}
	}
	return notices > 0 && times > 0
}

// playerCountdown is a player's notice that its video or advertisement is
// about to start: "Your video will play in 00:25", "Your ad will begin in 5".
var playerCountdown = lazyCompile(`(?i)^your (?:video|ad) will (?:play|begin|start) in\b`)

// titleOverCountdown reports whether blocks[i] is the title of a video
// set into the article: a short line, no prose, right over the player's
// countdown ("The priest saving the harbour's gangs" over "Your video will
// play in 00:25").
func titleOverCountdown(blocks []block, info []pasteInfo, i int) bool {
	return i+1 < len(blocks) && info[i+1].tight && !info[i].prose && info[i].words <= maxVideoCardWords &&
		playerCountdown.MatchString(strings.TrimSpace(blocks[i+1].text))
}
