package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// chineseText is a paragraph whose commas land at line starts at some widths.
const chineseText = "俄罗斯和中国正准备签署一项双边网络安全协议，普京总统下个月访问北京时，一位接近克里姆林宫的消息人士说，另外两名联邦官员证实了这一说法。最终措辞尚未公布。据官员们说，总统顾问负责最后一轮起草工作。"

func TestChineseLinesNeverStartWithAComma(t *testing.T) {
	b := &briefing.Briefing{Title: "中国", Sections: []briefing.Section{{Paragraphs: []string{chineseText}}}}
	hits := 0
	for width := 16; width <= 70; width++ {
		r := renderChunk(b, 0, 0, width, "dark", 1)
		rp := r.paras[0]
		var got strings.Builder
		for i, l := range rp.plain {
			first := []rune(strings.TrimLeft(l, " "))
			if len(first) > 0 && strings.ContainsRune("，。、", first[0]) {
				t.Errorf("width %d: line %d starts with %q: %q", width, i, first[0], l)
			}
			if strings.Contains(l, "，") {
				hits++
			}
			got.WriteString(strings.TrimSpace(l))
			if ansi.StringWidth(rp.lines[i]) > width {
				t.Errorf("width %d: line %d is %d cells wide", width, i, ansi.StringWidth(rp.lines[i]))
			}
		}
		if got.String() != chineseText {
			t.Errorf("width %d: the text changed:\n%s", width, got.String())
		}
		// The offsets still find every character.
		if l := rp.lineOf(strings.Index(chineseText, "一位")); !strings.HasSuffix(rp.plain[l], "一") && !strings.Contains(rp.plain[l], "一位") {
			t.Errorf("width %d: lineOf(一位) = %d: %q", width, l, rp.plain[l])
		}
	}
	if hits == 0 {
		t.Fatal("no comma was rendered")
	}
	for width := 6; width <= 30; width++ {
		for _, l := range wrapText(chineseText, width, 0) {
			if strings.HasPrefix(l, "，") || strings.HasPrefix(l, "。") {
				t.Errorf("wrapText at %d: a line starts with punctuation: %q", width, l)
			}
		}
	}
}
