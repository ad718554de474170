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
}

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
	go func() {
		if opts.GCPercent > 0 {
			defer debug.SetGCPercent(debug.SetGCPercent(opts.GCPercent))
		}
		importAll(paths, opts, func(p string) { l.started(p) }, func(e Entry) { l.Put(e) })
		l.Finish()
	}()
	return l
}

// importAll imports paths on opts.Workers goroutines, reporting each file as
// it starts, and each entry as it ends, in the order of paths.
func importAll(paths []string, opts LoadOptions, start func(string), done func(Entry)) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
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
	for range min(workers, max(len(paths), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				start(j.path)
				e := ImportFile(j.path, opts.MaxSize, opts.Cache)
				mu.Lock()
				results[j.i] = &e
				for next < len(results) && results[next] != nil {
					done(*results[next])
					results[next] = nil
					next++
				}
				mu.Unlock()
			}
		}()
	}
	for i, p := range paths {
		work <- job{i, p}
	}
	close(work)
	wg.Wait()
}

// ImportFile imports one file into an entry, through the cache when there
// is one: the file's bytes are read, and their digest finds an earlier
// import of the same bytes by the same program.
func ImportFile(path string, maxSize int64, cache *Cache) Entry {
	if maxSize <= 0 {
		maxSize = briefing.DefaultMaxSize
	}
	e := Entry{ID: FileID(path, nil)}
	st, err := os.Stat(path)
	if err == nil {
		e.ModTime, e.Size = st.ModTime(), st.Size()
	}
	if path == "-" || cache == nil || err != nil || !st.Mode().IsRegular() || st.Size() > maxSize {
		// The importer's own reading gives its one-line errors.
		e.Briefing, e.Err = briefing.ReadFile(path, maxSize)
		e.ID = FileID(path, e.Briefing)
		return e
	}
	abs, mtime := e.ID, st.ModTime().UnixNano()
	if key := cache.keyOf(abs, st.Size(), mtime); key != "" {
		if b := cache.get(key); b != nil {
			b.Name = path
			e.Briefing = b
			return e
		}
	}
	data, err := readLimited(path, maxSize)
	if err != nil || int64(len(data)) > maxSize {
		e.Briefing, e.Err = briefing.ReadFile(path, maxSize)
		return e
	}
	key := cache.key(path, data)
	if b := cache.get(key); b != nil {
		cache.noteKey(abs, st.Size(), mtime, key)
		b.Name = path
		e.Briefing = b
		return e
	}
	e.Briefing, e.Err = briefing.Import(path, data)
	if e.Err == nil {
		cache.put(key, e.Briefing)
		cache.noteKey(abs, st.Size(), mtime, key)
	}
	return e
}

// readLimited reads at most maxSize+1 bytes of a regular file.
func readLimited(path string, maxSize int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxSize+1))
}

// Progress is how far loading has got: entries done of those expected (0
// when not known), and the files importing now with when they started.
type Progress struct {
	Done, Total int
	Current     map[string]time.Time
}
