package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"brief/briefing"
)

// settle is how long a file must stay quiet after a change before it is
// imported again: editors and copies write a file in several steps.
const settle = 150 * time.Millisecond

// Logf reports what happened to a file that could not be imported or
// watched; it may be nil.
type Logf func(format string, args ...any)

// LoadDir returns a library of the files directly inside dir (see
// FolderFile), imported in the background in name order. Entries are
// identified by their file name (not the full path, which stays private to
// the machine). A file that fails to import is reported through logf and kept
// as an entry with its error. An empty directory gives an empty library.
func LoadDir(dir string, maxSize int64, logf Logf) (*Library, error) {
	names, err := articleNames(dir)
	if err != nil {
		return nil, err
	}
	l := New()
	l.expect(len(names))
	cache := DefaultCache()
	go func() {
		loadNames(l, dir, names, maxSize, cache, logf)
		l.Finish()
	}()
	return l, nil
}

// loadNames imports the named files of dir on every processor, through
// the cache, into the library.
func loadNames(l *Library, dir string, names []string, maxSize int64, cache *Cache, logf Logf) {
	paths := make([]string, len(names))
	for i, n := range names {
		paths[i] = filepath.Join(dir, n)
	}
	importAll(paths, LoadOptions{MaxSize: maxSize, Cache: cache},
		func(p string) { l.started(filepath.Base(p)) },
		func(e Entry) { l.Put(named(e, logf)) }, nil)
}

// Watch is LoadDir, and then keeps the library in step with dir until ctx
// is done: files added or changed are imported again and replace their
// entry, files removed or renamed away leave the library. It fails only
// when dir cannot be read or watched at the start.
func Watch(ctx context.Context, dir string, maxSize int64, logf Logf) (*Library, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watching %s: %w", dir, err)
	}
	if err := w.Add(dir); err != nil {
		w.Close()
		return nil, fmt.Errorf("watching %s: %w", dir, err)
	}
	names, err := articleNames(dir)
	if err != nil {
		w.Close()
		return nil, err
	}
	l := New()
	l.expect(len(names))
	// One goroutine loads the files (on every processor, through the cache)
	// and then follows the events (which wait for it in the watcher), so a
	// stale first read can never land after the change that replaced it.
	go func() {
		if ctx.Err() == nil {
			loadNames(l, dir, names, maxSize, DefaultCache(), logf)
		}
		l.Finish()
		watchLoop(ctx, w, dir, l, maxSize, logf)
	}()
	return l, nil
}

// watchLoop turns file events into library changes, each file once it has
// settled, until ctx is done.
func watchLoop(ctx context.Context, w *fsnotify.Watcher, dir string, l *Library, maxSize int64, logf Logf) {
	defer w.Close()
	var (
		mu     sync.Mutex
		timers = map[string]*time.Timer{}
	)
	due := make(chan string)
	defer func() {
		mu.Lock()
		for _, t := range timers {
			t.Stop()
		}
		mu.Unlock()
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			name := filepath.Base(ev.Name)
			if filepath.Dir(ev.Name) != filepath.Clean(dir) || !FolderFile(name) {
				continue
			}
			mu.Lock()
			if t, ok := timers[name]; ok {
				t.Reset(settle)
			} else {
				timers[name] = time.AfterFunc(settle, func() {
					select {
					case due <- name:
					case <-ctx.Done():
					}
				})
			}
			mu.Unlock()
		case name := <-due:
			mu.Lock()
			delete(timers, name)
			mu.Unlock()
			refresh(l, dir, name, maxSize, logf)
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			if logf != nil {
				logf("watching %s: %v", dir, err)
			}
		}
	}
}

// refresh brings the entry for one file in line with the disk.
func refresh(l *Library, dir, name string, maxSize int64, logf Logf) {
	st, err := os.Stat(filepath.Join(dir, name))
	if errors.Is(err, fs.ErrNotExist) || (err == nil && st.IsDir()) {
		l.Remove(name)
		return
	}
	l.Put(readEntry(dir, name, maxSize, logf))
}

// readEntry imports one file of dir into an entry named after the file.
func readEntry(dir, name string, maxSize int64, logf Logf) Entry {
	return named(ImportFile(filepath.Join(dir, name), maxSize, DefaultCache()), logf)
}

// named renames an entry imported from a library directory after its file
// name (the full path stays private to the machine), and reports a failed
// import, which the library lists with its error.
func named(e Entry, logf Logf) Entry {
	name := filepath.Base(e.ID)
	e.ID = name
	if e.Briefing != nil {
		// a copy: the briefing itself may be on its way into the cache
		b := *e.Briefing
		b.Name = name
		e.Briefing = &b
	}
	if e.Err != nil {
		var ie *briefing.InputError
		if errors.As(e.Err, &ie) {
			ie.Name = name
		}
		if logf != nil {
			logf("%s could not be read, listed with its error: %v", name, e.Err)
		}
	}
	return e
}

// FolderFile reports whether a file found directly in a library folder is
// one to import: every file but a hidden one (".name"), whatever its
// extension, so that a photo or a binary is listed with its error rather
// than left out. It is the rule of briefing.ExpandAll, by which the reader
// and the export command take a folder's files; subdirectories are passed
// over too.
func FolderFile(name string) bool {
	return name != "" && !strings.HasPrefix(name, ".")
}

// articleNames lists the files of dir to import (see FolderFile), sorted.
func articleNames(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading library directory: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && FolderFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}
