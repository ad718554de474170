package extract

import "sort"

// spanSet answers, for a paragraph's token ranges (which may nest or
// overlap), whether a range reaches past a token, in O(log n) a question:
// a paragraph pasted as one line may hold thousands of names, and a scan of
// them for every word would make reading it quadratic.
type spanSet struct {
	starts []int // the ranges' starts, in order
	reach  []int // reach[k]: the furthest end of the ranges up to starts[k]
}

// newSpanSet indexes ranges [from, to).
func newSpanSet(ranges [][2]int) spanSet {
	rs := append([][2]int(nil), ranges...)
	sort.Slice(rs, func(a, b int) bool { return rs[a][0] < rs[b][0] })
	s := spanSet{starts: make([]int, len(rs)), reach: make([]int, len(rs))}
	far := 0
	for k, r := range rs {
		far = max(far, r[1])
		s.starts[k], s.reach[k] = r[0], far
	}
	return s
}

// reachFrom is the furthest end of the ranges that start before token x,
// or 0.
func (s spanSet) reachFrom(x int) int {
	k := sort.SearchInts(s.starts, x) // the first range starting at x or after
	if k == 0 {
		return 0
	}
	return s.reach[k-1]
}

// covers reports whether a range holds token i.
func (s spanSet) covers(i int) bool { return s.reachFrom(i+1) > i }

// crosses reports whether a range crosses an edge of tokens [i, j): it
// starts before i and ends inside or after it, or starts inside and ends
// after j.
func (s spanSet) crosses(i, j int) bool { return s.reachFrom(i) > i || s.reachFrom(j) > j }
