package library

import (
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"brief/briefing"
)

// LoadOptions tune Load.
type LoadOptions struct {
	// MaxSize is the largest file imported (0: briefing.DefaultMaxSize).
	MaxSize int64
	// Cache keeps imported briefings between runs; nil imports every time.
	Cache *Cache
	// Workers is how many files import at once (0: one per processor).
	Workers int
	// GCPercent, when above 0, is the garbage collector's target while the
	// files import (see runtime/debug.SetGCPercent); the setting before is
	// put back when loading ends. Importing makes much short-lived garbage
	// beside the briefings already loaded, and a higher target spends less
	// time collecting: a program that owns its process (the reader) can
	// trade the memory for the time.
	GCPercent int
	// GCUntil, when not nil, keeps GCPercent in force after loading ends
	// until it is closed, or for gcHoldMax at most. Putting the lower
	// target back over a heap full of the imports' garbage starts a
	// collection at once: a reader that has just started closes it once
	// its first frame is out, so that the collection does not compete with
	// that frame.
	GCUntil <-chan struct{}
	// Hold, when not nil, keeps the files from importing until it is
	// closed, or for holdMax at most: a reader that starts while a large
	// file imports closes it once its first frame, which shows the
	// progress, is out, so that the frame does not compete with the import
	// for the processor.
	Hold <-chan struct{}
}

// holdMax is the longest LoadOptions.Hold keeps the files waiting.
const holdMax = 100 * time.Millisecond

// gcHoldMax is the longest LoadOptions.GCUntil keeps the garbage
// collector's target after loading.
const gcHoldMax = 500 * time.Millisecond

// Load returns a library that imports the given files in the background,
// on every processor, through the default cache, so a reader can show the
// list while it fills. A file that fails to import becomes an entry with
// its error.
func Load(paths []string, maxSize int64) *Library {
	return LoadWith(paths, LoadOptions{MaxSize: maxSize, Cache: DefaultCache()})
}

// LoadWith is Load with options.
func LoadWith(paths []string, opts LoadOptions) *Library {
	l := New()
	l.expect(len(paths))
	l.written = make(chan struct{})
	// The first files are importing from now on, so that a reader started
	// at once shows their progress in its first frame.
	for _, p := range paths[:min(len(paths), workers(opts))] {
		l.started(p)
	}
	go func() {
		waitAtMost(opts.Hold, holdMax)
		prev := 0
		if opts.GCPercent > 0 {
			prev = debug.SetGCPercent(opts.GCPercent)
		}
		// Loading is done once every entry is in, while the last imports
		// are still being written to the cache.
		importAll(paths, opts, func(p string) { l.started(p) }, func(e Entry) { l.Put(e) }, l.Finish)
		close(l.written)
		if opts.GCPercent > 0 {
			waitAtMost(opts.GCUntil, gcHoldMax)
			debug.SetGCPercent(prev)
		}
	}()
	return l
}

// waitAtMost returns once ch is closed or d has passed; at once when ch is nil.
func waitAtMost(ch <-chan struct{}, d time.Duration) {
	if ch == nil {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ch:
	case <-t.C:
	}
}

// importAll imports paths on opts.Workers goroutines, reporting each file as
// it starts, and each entry as it ends, in the order of paths, and then
// calls finish (when not nil) before the last imports are written to the
// cache. It returns when they have been.
func importAll(paths []string, opts LoadOptions, start func(string), done func(Entry), finish func()) {
	type job struct {
		i    int
		path string
	}
	work := make(chan job)
	var (
		mu      sync.Mutex
		results = make([]*Entry, len(paths))
		next    int
		wg      sync.WaitGroup
	)
	for range min(workers(opts), max(len(paths), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				start(j.path)
				e, save := importFile(j.path, opts.MaxSize, opts.Cache)
				mu.Lock()
				results[j.i] = &e
				for next < len(results) && results[next] != nil {
					done(*results[next])
					results[next] = nil
					next++
				}
				if next == len(results) && finish != nil {
					finish()
					finish = nil
				}
				mu.Unlock()
				// The entry is out before its import is kept: a reader
				// opening one file shows it without waiting for the disk.
				save()
			}
		}()
	}
	for i, p := range paths {
		work <- job{i, p}
	}
	close(work)
	wg.Wait()
	if finish != nil { // no paths
		finish()
	}
}

// workers is how many files import at once.
func workers(opts LoadOptions) int {
	if opts.Workers > 0 {
		return opts.Workers
	}
	return runtime.NumCPU()
}

// ImportFile imports one file into an entry, through the cache when there
// is one: the file's bytes are read, and their digest finds an earlier
// import of the same bytes by the same program.
func ImportFile(path string, maxSize int64, cache *Cache) Entry {
	e, save := importFile(path, maxSize, cache)
	save()
	return e
}

// importFile is ImportFile with the writing into the cache left to save,
// which does nothing when there is nothing to write.
func importFile(path string, maxSize int64, cache *Cache) (e Entry, save func()) {
	save = func() {}
	if maxSize <= 0 {
		maxSize = briefing.DefaultMaxSize
	}
	e = Entry{ID: FileID(path, nil)}
	st, err := os.Stat(path)
	if err == nil {
		e.ModTime, e.Size = st.ModTime(), st.Size()
	}
	if path == "-" || cache == nil || err != nil || !st.Mode().IsRegular() || st.Size() > maxSize {
		// The importer's own reading gives its one-line errors.
		e.Briefing, e.Err = briefing.ReadFile(path, maxSize)
		e.ID = FileID(path, e.Briefing)
		return e, save
	}
	abs, mtime := e.ID, st.ModTime().UnixNano()
	if key := cache.keyOf(abs, st.Size(), mtime); key != "" {
		if b := cache.get(key); b != nil {
			b.Name = path
			e.Briefing = b
			return e, save
		}
	}
	data, err := readLimited(path, st.Size(), maxSize)
	if err != nil || int64(len(data)) > maxSize {
		e.Briefing, e.Err = briefing.ReadFile(path, maxSize)
		return e, save
	}
	key := cache.key(path, data)
	if b := cache.get(key); b != nil {
		b.Name = path
		e.Briefing = b
		return e, func() { cache.noteKey(abs, st.Size(), mtime, key) }
	}
	e.Briefing, e.Err = briefing.Import(path, data)
	if e.Err == nil {
		b := e.Briefing
		save = func() {
			cache.put(key, b)
			cache.noteKey(abs, st.Size(), mtime, key)
		}
	}
	return e, save
}

// readLimited reads at most maxSize+1 bytes of a regular file of the given
// size, into one buffer of that size: a 25 MB file is read without the
// copies and garbage of a growing buffer, while its progress is on screen.
func readLimited(path string, size, maxSize int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	limit := maxSize + 1
	// One byte more than the file holds, for the read that finds its end.
	data := make([]byte, 0, min(max(size, 0), maxSize)+1)
	for int64(len(data)) < limit {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file has grown since
		}
		room := data[len(data):min(int64(cap(data)), limit)]
		n, err := f.Read(room)
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
	return data, nil
}

// Progress is how far loading has got: entries done of those expected (0
// when not known), and the files importing now with when they started.
type Progress struct {
	Done, Total int
	Current     map[string]time.Time
}
