package briefing

import (
	"testing"
	"time"
)

// TestImportTimeGrowsLinearly imports pastes of the import fixtures
// repeated to 256 KB and to 1 MB, and fails when a byte of the larger
// takes more than 2.2 times as long as a byte of the smaller: linear
// work takes as long per byte at both sizes. (The paste rules once read
// the article kept so far again for each box set into it, and a byte of
// the larger took four times as long.) The best of three runs is taken,
// which holds on a busy machine.
func TestImportTimeGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("the growth of import time takes a few seconds")
	}
	perByte := func(data []byte) float64 {
		best := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			if _, err := Import("big.txt", data); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(start))
		}
		return float64(best) / float64(len(data))
	}
	small, large := repeatFixtures(t, ".txt", 256<<10), repeatFixtures(t, ".txt", 1<<20)
	s, l := perByte(small), perByte(large)
	t.Logf("%d bytes: %.0f ns a byte; %d bytes: %.0f ns a byte (%.2f times)", len(small), s, len(large), l, l/s)
	if l > 2.2*s {
		t.Errorf("a byte of %d takes %.2f times as long as a byte of %d: import time grows faster than the text", len(large), l/s, len(small))
	}
}
