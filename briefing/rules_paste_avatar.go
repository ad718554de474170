package briefing

import (
	"strings"
	"unicode"
)

// maxAvatarInitials is the most letters of the initials a page shows in
// place of a writer's photo.
const maxAvatarInitials = 3

// dropAvatarInitials drops the initials a page shows in place of a
// writer's photo, on the line right over the writer's name ("LP" over
// "Luana Patriolino", "RF" over "Raphael Felice"): a copy of the page
// carries them as lines of their own, which stand between the names of a
// byline with several writers. tight holds a flag a block (see
// textBlocks); it returns the blocks and their flags without them.
func dropAvatarInitials(blocks []block, tight []bool) ([]block, []bool) {
	keep := 0
	for i, bl := range blocks {
		if i+1 < len(blocks) && tight[i+1] && avatarInitials(bl.text, blocks[i+1].text) {
			continue
		}
		blocks[keep], tight[keep] = bl, tight[i]
		keep++
	}
	return blocks[:keep], tight[:keep]
}

// avatarInitials reports whether t is the initials of the name that opens
// the line under it: two or three capitals, the first letters of the
// name's first and last words, or of all its words.
func avatarInitials(t, next string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 2 || len(t) > maxAvatarInitials || strings.IndexFunc(t, func(r rune) bool { return !unicode.IsUpper(r) || r > unicode.MaxASCII }) >= 0 {
		return false
	}
	names, _ := leadingNames(strings.TrimSpace(next))
	if len(names) == 0 {
		return false
	}
	words := strings.Fields(names[0])
	var all, ends strings.Builder
	for _, w := range words {
		all.WriteRune(unicode.ToUpper(firstRune(w)))
	}
	ends.WriteRune(unicode.ToUpper(firstRune(words[0])))
	ends.WriteRune(unicode.ToUpper(firstRune(words[len(words)-1])))
	return t == all.String() || t == ends.String()
}
