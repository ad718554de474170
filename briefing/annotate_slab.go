package briefing

// slabSize is how many elements a slab allocates at most at a time (unless
// one slice kept is longer); its first allocation holds slabFirst, and
// each next one twice the last, so that a short article allocates little.
const (
	slabFirst = 16
	slabSize  = 1024
)

// slab keeps many small slices in a few large allocations: a reader that
// finds a few things per paragraph in a long article keeps them without
// one allocation per paragraph, and without the copies of one slice
// growing to hold them all.
type slab[T any] struct {
	free []T // the unused end of the current allocation
	last int // the size of the current allocation
}

// keep returns a copy of xs that stays valid when xs is reused, or nil
// when xs is empty.
func (s *slab[T]) keep(xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	if len(xs) > cap(s.free) {
		s.last = min(slabSize, max(slabFirst, 2*s.last))
		s.free = make([]T, 0, max(s.last, len(xs)))
	}
	out := append(s.free, xs...)
	s.free = out[len(out):]
	return out[:len(xs):len(xs)]
}
