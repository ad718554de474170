package briefing

import (
	"sync/atomic"
	"testing"
)

func TestInChunksCoversEveryIndexOnce(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n, min int
	}{
		{"empty", 0, 4},
		{"fewer than one chunk", 3, 4},
		{"exactly one chunk", 4, 4},
		{"several chunks", 1000, 4},
		{"odd split", 1001, 7},
		{"zero minimum", 10, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := make([]atomic.Int32, tc.n)
			inChunks(tc.n, tc.min, func(lo, hi int) {
				if lo > hi || lo < 0 || hi > tc.n {
					t.Errorf("range %d..%d outside 0..%d", lo, hi, tc.n)
					return
				}
				for i := lo; i < hi; i++ {
					seen[i].Add(1)
				}
			})
			for i := range seen {
				if got := seen[i].Load(); got != 1 {
					t.Errorf("index %d visited %d times, want once", i, got)
				}
			}
		})
	}
}
