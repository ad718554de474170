package briefing

import (
	"strings"
	"sync"
	"unicode"
)

// contentsLabels are the headings a table of contents goes under
// (lexicon/contents.txt).
var contentsLabels = sync.OnceValue(func() map[string]bool { return lexiconSet("contents.txt") })

// minContentsItems is the fewest items of a list that can be the
// article's table of contents.
const minContentsItems = 3

// dropContents removes a table of contents: a run of list items, at least
// minContentsItems, of which four in five are the article's own headings
// (with the numbers a wiki sets before them, "1.1 Eich CEO promotion
// controversy"), and which is set as a table of contents: under a heading
// such as "Contents", numbered so, or made of links to the page's own
// places. A list of the article's parts in its own words ("The plan has
// three parts:") is none of these and stays. A reader shows the sections
// themselves, folded or not; a list of them at the top only stands
// between the reader and the text.
func dropContents(blocks []block) []block {
	var heads map[string]bool // the headings' keys, made when a list may be a table of contents
	var drop []bool
	for i := 0; i < len(blocks); {
		if blocks[i].kind != listItem {
			i++
			continue
		}
		j, numbered, anchored := i, 0, 0
		for ; j < len(blocks) && blocks[j].kind == listItem; j++ {
			t := blocks[j].text
			if t != "" && t[0] >= '0' && t[0] <= '9' {
				numbered++ // "1.1 Eich CEO promotion controversy"
			}
			if ls := blocks[j].links; len(ls) == 1 && strings.HasPrefix(ls[0].target, "#") && ls[0].end-ls[0].start == len(t) {
				anchored++ // "[History](#history)"
			}
		}
		n := j - i
		set := n >= minContentsItems && (numbered*2 >= n || anchored*2 >= n ||
			i > 0 && blocks[i-1].kind == heading && contentsLabels()[contentsKey(blocks[i-1].text)])
		if set && heads == nil {
			heads = headingKeys(blocks)
		}
		if set && len(heads) >= minContentsItems {
			named := 0
			for k := i; k < j; k++ {
				if heads[contentsKey(blocks[k].text)] {
					named++
				}
			}
			if named*5 >= n*4 {
				if drop == nil {
					drop = make([]bool, len(blocks))
				}
				for k := i; k < j; k++ {
					drop[k] = true
				}
			}
		}
		i = j
	}
	if drop == nil {
		return blocks
	}
	out := blocks[:0]
	for i, bl := range blocks {
		if !drop[i] {
			out = append(out, bl)
		}
	}
	return out
}

// headingKeys are the keys (see contentsKey) of the headings among blocks;
// a heading of a number only ("2024") names no entry.
func headingKeys(blocks []block) map[string]bool {
	heads := map[string]bool{}
	for _, bl := range blocks {
		if bl.kind != heading {
			continue
		}
		if k := contentsKey(bl.text); k != "" {
			heads[k] = true
		}
	}
	return heads
}

// contentsKey is a heading or a contents entry as the two are compared:
// in lower case, its words only, without the section's number before it.
func contentsKey(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsDigit(r) || r == '.' || unicode.IsSpace(r) })
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}
