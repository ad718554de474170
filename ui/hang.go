package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// noLineStart holds the punctuation that must not begin a line in Chinese
// and Japanese text (closing brackets, commas, full stops): when wrapping
// puts one there, it hangs at the end of the line before instead.
const noLineStart = "，。、；：！？）】」』》〉〕］｝…・ー,.;:!?)]}’”"

// hangPunctuation moves a closing punctuation mark that starts a wrapped
// line (after its margin) to the end of the line before. The lines may be
// styled; a line left blank by the move is dropped.
func hangPunctuation(lines []string) []string {
	for i := 1; i < len(lines); i++ {
		plain := ansi.Strip(lines[i])
		rest := strings.TrimLeft(plain, " ")
		if rest == "" {
			continue
		}
		r := []rune(rest)[0]
		if r < 0x3000 || !strings.ContainsRune(noLineStart, r) {
			continue // only full-width marks: Latin text wraps at spaces already
		}
		margin := len(plain) - len(rest)
		w := ansi.StringWidth(string(r))
		total := ansi.StringWidth(lines[i])
		mark := ansi.Cut(lines[i], margin, margin+w)
		prev := ansi.StringWidth(strings.TrimRight(ansi.Strip(lines[i-1]), " "))
		lines[i-1] = ansi.Truncate(lines[i-1], prev, "") + mark
		if strings.TrimSpace(ansi.Strip(ansi.Cut(lines[i], margin+w, total))) == "" {
			lines = append(lines[:i], lines[i+1:]...)
			i--
			continue
		}
		lines[i] = ansi.Cut(lines[i], 0, margin) + ansi.Cut(lines[i], margin+w, total)
	}
	return lines
}
