package briefing

import (
	"slices"
	"testing"
)

// TestSlabKeep checks that kept slices keep their contents when the
// buffer they were copied from is reused, and do not overlap.
func TestSlabKeep(t *testing.T) {
	var s slab[int]
	var kept [][]int
	var want [][]int
	buf := []int{}
	for n := range 3000 {
		buf = buf[:0]
		for k := range n % 7 {
			buf = append(buf, n*10+k)
		}
		kept = append(kept, s.keep(buf))
		want = append(want, slices.Clone(buf))
	}
	big := make([]int, 3*slabSize)
	for i := range big {
		big[i] = -i
	}
	kept, want = append(kept, s.keep(big)), append(want, slices.Clone(big))
	for i := range kept {
		if !slices.Equal(kept[i], want[i]) {
			t.Fatalf("slice %d = %v, want %v", i, kept[i], want[i])
		}
		if len(want[i]) == 0 && kept[i] != nil {
			t.Errorf("slice %d: an empty slice kept as %v, want nil", i, kept[i])
		}
		if cap(kept[i]) != len(kept[i]) {
			t.Errorf("slice %d: capacity %d, want %d: appending would overwrite the next", i, cap(kept[i]), len(kept[i]))
		}
	}
}
