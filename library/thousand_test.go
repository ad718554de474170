package library

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// readabilityDir holds the shared readability pages, outside the repository.
var readabilityDir = filepath.Join("..", "..", "shared", "testdata", "readability")

// TestThousandSavedPages opens a folder of 1,000 saved pages twice, as the
// reader does, and measures: the first entries within 0.5 s and all of them
// within 10 s the first time, everything within 1 s the second (from the
// cache). It is a measurement: BRIEF_LIBRARY=1 runs it.
func TestThousandSavedPages(t *testing.T) {
	if os.Getenv("BRIEF_LIBRARY") == "" {
		t.Skip("measurement: set BRIEF_LIBRARY=1 to open 1,000 saved pages twice (about 200 MB in a temp dir)")
	}
	sources, _ := filepath.Glob(filepath.Join(readabilityDir, "*", "source.html"))
	if len(sources) == 0 {
		t.Skipf("shared test data absent (%s): the saved pages are needed", readabilityDir)
	}
	dir := t.TempDir()
	var paths []string
	total := 0
	for i := range 1000 {
		src := sources[i%len(sources)]
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		// Each copy differs, so the cache cannot share one import.
		data = append(data, fmt.Sprintf("\n<!-- copy %d -->\n", i)...)
		p := filepath.Join(dir, fmt.Sprintf("%04d-%s.html", i, filepath.Base(filepath.Dir(src))))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
		total += len(data)
	}
	cache := NewCache(filepath.Join(t.TempDir(), "cache"))
	// The processor time of each opening beside its clock time says
	// whether the import kept every core busy: on a machine shared with
	// other work, the clock time alone says more about the others.
	open := func() (first, all, cpu time.Duration, failed int) {
		start, cpu0 := time.Now(), processCPU()
		l := LoadWith(paths, LoadOptions{Cache: cache, GCPercent: 400}) // as the reader does
		for {
			entries, done := l.Snapshot()
			if len(entries) > 0 && first == 0 {
				first = time.Since(start)
			}
			if done {
				for _, e := range entries {
					if e.Err != nil {
						failed++
					}
				}
				all, cpu := time.Since(start), processCPU()-cpu0
				<-l.written // the last imports in the cache, for the second opening
				return first, all, cpu, failed
			}
			select {
			case <-l.Changed():
			case <-time.After(30 * time.Second):
				t.Fatal("loading stalled")
			}
		}
	}
	first, all, cpu, failed := open()
	t.Logf("first opening of %d pages (%.0f MB) on %d processors: first entry %v, all %v (%d failed); processor time %v, %.2f processors busy on average",
		len(paths), float64(total)/(1<<20), runtime.NumCPU(), first.Round(time.Millisecond), all.Round(time.Millisecond), failed,
		cpu.Round(time.Millisecond), cpu.Seconds()/all.Seconds())
	if first > 500*time.Millisecond || all > 10*time.Second {
		t.Errorf("first opening: first entry after %v (want 0.5 s), all after %v (want 10 s)", first, all)
	}
	first, all, cpu, _ = open()
	t.Logf("second opening: first entry %v, all %v; processor time %v", first.Round(time.Millisecond), all.Round(time.Millisecond), cpu.Round(time.Millisecond))
	if all > time.Second {
		t.Errorf("second opening took %v, want under 1 s", all)
	}
}
