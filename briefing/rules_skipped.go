package briefing

import "strings"

// maxSkippedBlocks is the most blocks a skipped box may hold.
const maxSkippedBlocks = 12

// dropSkippedBoxes drops the boxes a page sets into the article between a
// link that lets a screen reader skip it and the mark where it ends ("skip
// past newsletter promotion" … "after newsletter promotion"), both marks
// with the box. Only a box closed by its own mark within maxSkippedBlocks
// goes. The blocks kept are written over the start of blocks.
func dropSkippedBoxes(blocks []block) []block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		if t := blocks[i].text; len(t) < len("skip past ") || !strings.EqualFold(t[:len("skip past ")], "skip past ") {
			out = append(out, blocks[i])
			continue // the quick test: most blocks open no box
		}
		if what, ok := strings.CutPrefix(strings.ToLower(collapseSpace(blocks[i].text)), "skip past "); ok && what != "" {
			end := -1
			for j := i + 1; j < len(blocks) && j <= i+maxSkippedBlocks; j++ {
				if strings.ToLower(collapseSpace(blocks[j].text)) == "after "+what {
					end = j
					break
				}
			}
			if end > 0 {
				i = end
				continue
			}
		}
		out = append(out, blocks[i])
	}
	return out
}
