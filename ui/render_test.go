package ui

import (
	"reflect"
	"testing"
)

// TestRenderChunkSideBySide: a chunk rendered on several goroutines is the
// chunk rendered on one, line for line and index for index, for every
// chunk of the embedded briefing at three widths.
func TestRenderChunkSideBySide(t *testing.T) {
	b := cyberBriefing(t)
	n, split := 0, 0
	for s, sec := range b.Sections {
		if len(sec.Paragraphs) >= 2*minParasPerWorker {
			split++ // rendered on two goroutines at least
		}
		for c := 0; c*chunkSize < len(sec.Paragraphs); c++ {
			for _, w := range []int{30, 52, 79} {
				one := renderChunk(b, s, c, w, "dark", 1)
				four := renderChunk(b, s, c, w, "dark", 4)
				if !reflect.DeepEqual(one, four) {
					t.Errorf("section %d chunk %d at %d: rendered on 4 goroutines differs from 1", s, c, w)
				}
				n++
			}
		}
	}
	if n < 9 || split == 0 {
		t.Fatalf("%d chunks rendered, %d sections long enough to be split among goroutines", n, split)
	}
}
