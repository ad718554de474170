package library

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime/metrics"
	"testing"
	"time"
)

func TestReadLimitedReadsTheWholeFileUpToTheLimit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	data := bytes.Repeat([]byte("A line of the article.\n"), 5000) // 115 KB
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	size := int64(len(data))
	for _, c := range []struct {
		name          string
		size, maxSize int64
		want          int
	}{
		{"its size", size, 1 << 20, len(data)},
		{"grown since its size was taken", size / 3, 1 << 20, len(data)},
		{"shrunk since", size * 2, 1 << 20, len(data)},
		{"over the limit: one byte past it", size, 1000, 1001},
		{"over the limit, grown since", 10, 1000, 1001},
	} {
		got, err := readLimited(path, c.size, c.maxSize)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(got) != c.want || !bytes.Equal(got, data[:c.want]) {
			t.Errorf("%s: read %d bytes, want the file's first %d", c.name, len(got), c.want)
		}
	}
	if _, err := readLimited(filepath.Join(dir, "missing.txt"), 10, 100); err == nil {
		t.Error("a missing file read without an error")
	}
}

func TestLoadShowsTheFirstFilesImportingAtOnce(t *testing.T) {
	paths := writeEmbedded(t, t.TempDir(), 5)
	l := LoadWith(paths, LoadOptions{Workers: 2, Cache: NewCache(t.TempDir())})
	// Straight after LoadWith, before its goroutines have had a chance to
	// run: a reader's first frame shows the files importing.
	p := l.Progress()
	if p.Total != 5 || len(p.Current) != 2 {
		t.Errorf("progress at once: %d of %d, importing %v; want 2 of the 5 importing", p.Done, p.Total, p.Current)
	}
	for _, path := range paths[:2] {
		if _, ok := p.Current[FileID(path, nil)]; !ok {
			t.Errorf("%s is not shown importing", path)
		}
	}
	for {
		if _, done := l.Snapshot(); done {
			break
		}
		<-l.Changed()
	}
	if p := l.Progress(); len(p.Current) != 0 {
		t.Errorf("still importing after loading: %v", p.Current)
	}
	<-l.written // before the cache's directory is removed
}

func TestCacheHasAFileUnchangedSinceItsImport(t *testing.T) {
	paths := writeEmbedded(t, t.TempDir(), 1)
	cache := NewCache(filepath.Join(t.TempDir(), "cache"))
	if cache.Has(paths[0]) {
		t.Error("an empty cache has the file")
	}
	if e := ImportFile(paths[0], 0, cache); e.Err != nil {
		t.Fatal(e.Err)
	}
	if !cache.Has(paths[0]) {
		t.Error("the cache does not have the file just imported")
	}
	if err := os.WriteFile(paths[0], []byte("Another title\n\nAnother text altogether.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if cache.Has(paths[0]) {
		t.Error("the cache has the file after it changed")
	}
	var none *Cache
	if none.Has(paths[0]) {
		t.Error("no cache has the file")
	}
}

func TestLoadIsDoneBeforeTheCacheIsWritten(t *testing.T) {
	paths := writeEmbedded(t, t.TempDir(), 3)
	dir := filepath.Join(t.TempDir(), "cache")
	cache := NewCache(dir)
	var reported []string
	finished := 0
	importAll(paths, LoadOptions{Workers: 1, Cache: cache}, func(string) {}, func(e Entry) {
		reported = append(reported, e.ID)
	}, func() {
		finished++
		// One worker: the last file's import is reported, and not yet kept.
		if kept, _ := filepath.Glob(filepath.Join(dir, "??", "*.gob")); len(reported) != 3 || len(kept) != 2 {
			t.Errorf("finished with %d entries reported and %d imports kept; want 3 and 2", len(reported), len(kept))
		}
	})
	if finished != 1 {
		t.Errorf("finish called %d times, want once", finished)
	}
	if kept, _ := filepath.Glob(filepath.Join(dir, "??", "*.gob")); len(kept) != 3 {
		t.Errorf("%d imports kept when loading returned, want 3", len(kept))
	}
	finished = 0
	importAll(nil, LoadOptions{Cache: cache}, func(string) {}, func(Entry) {}, func() { finished++ })
	if finished != 1 {
		t.Errorf("no files: finish called %d times, want once", finished)
	}
}

func TestLoadWaitsForItsHold(t *testing.T) {
	paths := writeEmbedded(t, t.TempDir(), 2)
	wait := func(l *Library) {
		for {
			if _, done := l.Snapshot(); done {
				break
			}
			<-l.Changed()
		}
		<-l.written
	}
	hold := make(chan struct{})
	l := LoadWith(paths, LoadOptions{Cache: NewCache(t.TempDir()), Hold: hold})
	time.Sleep(holdMax / 2)
	if entries, done := l.Snapshot(); len(entries) != 0 || done {
		t.Errorf("%d entries (done %v) while held, want none", len(entries), done)
	}
	close(hold)
	wait(l)
	if entries, _ := l.Snapshot(); len(entries) != 2 {
		t.Errorf("%d entries once released, want 2", len(entries))
	}
	// A hold never released keeps the files waiting for holdMax only.
	start := time.Now()
	l = LoadWith(paths, LoadOptions{Cache: NewCache(t.TempDir()), Hold: make(chan struct{})})
	wait(l)
	if took := time.Since(start); took < holdMax {
		t.Errorf("loaded after %v with the hold never released, want holdMax (%v) first", took, holdMax)
	}
	if entries, _ := l.Snapshot(); len(entries) != 2 {
		t.Errorf("%d entries after the longest hold, want 2", len(entries))
	}
}

// TestGCTargetKeptUntilTheFirstFrame: the garbage collector's raised target
// outlasts the loading until the reader's first frame is out (putting it
// back starts a collection of the imports' garbage at once), and goes back
// after at most gcHoldMax when no frame comes.
func TestGCTargetKeptUntilTheFirstFrame(t *testing.T) {
	paths := writeEmbedded(t, t.TempDir(), 1)
	before := gcPercent()
	raised := before + 300
	loaded := func(until chan struct{}) *Library {
		l := LoadWith(paths, LoadOptions{Cache: NewCache(t.TempDir()), GCPercent: raised, GCUntil: until})
		for {
			if _, done := l.Snapshot(); done {
				break
			}
			<-l.Changed()
		}
		<-l.written
		return l
	}
	backWithin := func(d time.Duration) bool {
		for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if gcPercent() == before {
				return true
			}
		}
		return false
	}
	frame := make(chan struct{})
	loaded(frame)
	time.Sleep(20 * time.Millisecond)
	if got := gcPercent(); got != raised {
		t.Errorf("loaded, before the first frame: target %d, want %d", got, raised)
	}
	close(frame)
	if !backWithin(gcHoldMax / 2) {
		t.Errorf("after the first frame: target %d, want %d back", gcPercent(), before)
	}
	start := time.Now()
	loaded(make(chan struct{}))
	if !backWithin(5*gcHoldMax) || time.Since(start) < gcHoldMax/2 {
		t.Errorf("with no frame: target %d after %v, want %d back after gcHoldMax (%v)", gcPercent(), time.Since(start), before, gcHoldMax)
	}
}

// gcPercent is the garbage collector's target now.
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}
