package briefing

import (
	"strings"
	"sync"
)

// maxBoxHeadWords is the most words of a box heading (see boxHeading).
const maxBoxHeadWords = 6

// boxHeadStarts are the opening words of lexicon/boxheads.txt.
var boxHeadStarts = sync.OnceValue(func() [][]string {
	var starts [][]string
	for _, l := range lexiconLines("boxheads.txt") {
		starts = append(starts, strings.Fields(l))
	}
	return starts
})

// boxHeading reports whether a heading opens a box of other stories or
// videos: a short heading that starts with the words of such a box
// ("Weitere Videos", "More on the election", "Mehr zum Thema auf
// UEPO.de"). Read only after the article's last long paragraph, where it
// cuts the rest (see newsRules); a paste sets such a heading as a line of
// its own, which may be read as a short paragraph.
func boxHeading(t string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(t)))
	if len(f) == 0 || len(f) > maxBoxHeadWords {
		return false
	}
	if last := f[len(f)-1]; sentenceEnds(last) && strings.Count(last, ".") < 2 {
		return false // a sentence; "UEPO.de" ends with a site's name
	}
	for i, w := range f {
		f[i] = strings.TrimRight(strings.ReplaceAll(w, "’", "'"), ":")
	}
starts:
	for _, s := range boxHeadStarts() {
		if len(s) > len(f) {
			continue
		}
		for i, w := range s {
			if f[i] != w {
				continue starts
			}
		}
		return true
	}
	return false
}
