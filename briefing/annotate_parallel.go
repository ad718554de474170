package briefing

import (
	"runtime"
	"sync"
)

// minParasPerWorker is the fewest paragraphs worth a goroutine of their
// own: below it, starting one costs more than it saves.
const minParasPerWorker = 256

// inChunks calls fn on contiguous ranges lo..hi that together cover 0..n-1,
// one range per processor at most, all at the same time, and returns when
// every call has returned. When n is small there is a single call, made on
// this goroutine. fn must write only to what its range owns.
func inChunks(n, minPerChunk int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/max(minPerChunk, 1))
	if workers <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { fn(lo, hi) })
	}
	wg.Wait()
}
