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

// dropStoryBoxes drops the boxes of other stories a page sets between
// the article's sections: a box heading (see boxHeading) with a level,
// over at least minCards cards, each a heading of a deeper level over one
// short paragraph (its teaser, up to maxCardTeaserWords words), up to the
// article's next heading of the box heading's level or above ("## Mehr zu
// Klima und Konsum" over three "###" cards, then "## Unverpacktes
// Einkaufen"). A box at the end of the article is cut by newsRules. The
// blocks kept are written over the start of blocks.
func dropStoryBoxes(blocks []block) []block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		if end := storyBoxEnd(blocks, i); end > i {
			i = end - 1
			continue
		}
		out = append(out, blocks[i])
	}
	return out
}

// storyBoxEnd returns where the box of other stories opened by blocks[i]
// ends (see dropStoryBoxes), or i when no such box opens there.
func storyBoxEnd(blocks []block, i int) int {
	box := blocks[i]
	if box.kind != heading || box.level == 0 || !boxHeading(box.text) {
		return i
	}
	j, cards := i+1, 0
	for j+1 < len(blocks) && blocks[j].kind == heading && blocks[j].level > box.level &&
		blocks[j+1].kind == paragraph && wordCount(blocks[j+1].text) <= maxCardTeaserWords &&
		(j+2 == len(blocks) || blocks[j+2].kind == heading) {
		j += 2
		cards++
	}
	if cards < minCards || j >= len(blocks) || blocks[j].level == 0 || blocks[j].level > box.level {
		return i
	}
	return j
}
