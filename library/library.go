// Package library holds a set of briefings that may still be loading or may
// change on disk: the reader's list of briefings and the SSH server's shelf.
// It is safe for concurrent use; readers take snapshots.
package library

import (
	"crypto/sha256"
	"fmt"
	"io"
	"path/filepath"
	"sync"
	"time"

	"brief/briefing"
)

// Entry is one item of the library: an imported briefing, or the one-line
// error importing its file gave.
type Entry struct {
	// ID is stable for a file across runs: its path, or the embedded name.
	ID       string
	Briefing *briefing.Briefing
	Err      error
	// ModTime and Size are the file's, when the entry came from a file.
	ModTime time.Time
	Size    int64
}

// Library is a list of entries that fills and changes over time.
type Library struct {
	mu      sync.Mutex
	entries []Entry
	done    bool
	changed chan struct{}
	total   int                  // entries expected, when known
	current map[string]time.Time // files importing now, by ID
	// written is closed when a load has written its last import to the
	// cache, which it does after it is done (nil: nothing to write).
	written chan struct{}
}

// New returns an empty library that is still loading.
func New() *Library {
	return &Library{changed: make(chan struct{})}
}

// FromBriefings returns a finished library of already imported briefings,
// identified by their names.
func FromBriefings(bs []*briefing.Briefing) *Library {
	l := New()
	for _, b := range bs {
		l.Put(Entry{ID: b.Name, Briefing: b})
	}
	l.Finish()
	return l
}

// Snapshot returns the entries so far, in order, and whether loading is done.
// The slice is a copy; the briefings in it are shared and must not be changed.
func (l *Library) Snapshot() ([]Entry, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Entry(nil), l.entries...), l.done
}

// Changed returns a channel that is closed at the next change.
func (l *Library) Changed() <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.changed
}

// Put adds an entry, or replaces the entry with the same ID.
func (l *Library) Put(e Entry) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.current, e.ID)
	for i := range l.entries {
		if l.entries[i].ID == e.ID {
			l.entries[i] = e
			l.notify()
			return
		}
	}
	l.entries = append(l.entries, e)
	l.notify()
}

// Remove takes the entry with the given ID out of the library.
func (l *Library) Remove(id string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := range l.entries {
		if l.entries[i].ID == id {
			l.entries = append(l.entries[:i], l.entries[i+1:]...)
			l.notify()
			return
		}
	}
}

// expect says how many entries loading will give.
func (l *Library) expect(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total = n
}

// started notes that a file has started importing, unless it already has;
// Put of its entry ends it.
func (l *Library) started(path string) {
	id := FileID(path, nil)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.current == nil {
		l.current = map[string]time.Time{}
	}
	if _, ok := l.current[id]; !ok {
		l.current[id] = time.Now()
	}
}

// Progress reports how far loading has got.
func (l *Library) Progress() Progress {
	l.mu.Lock()
	defer l.mu.Unlock()
	p := Progress{Done: len(l.entries), Total: l.total, Current: map[string]time.Time{}}
	for id, t := range l.current {
		p.Current[id] = t
	}
	return p
}

// Finish marks loading as done.
func (l *Library) Finish() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done = true
	l.notify()
}

// notify wakes everyone waiting on Changed; l.mu must be held.
func (l *Library) notify() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// FileID is the stable ID of a briefing read from a file, under which its
// reading state is kept: the file's absolute path, so that "a.txt" and
// "./a.txt" are one briefing; for standard input ("-"), a digest of the
// text, so that two different pipes do not share a place.
func FileID(path string, b *briefing.Briefing) string {
	if path != "-" {
		if abs, err := filepath.Abs(path); err == nil {
			return abs
		}
		return path
	}
	if b == nil {
		return path
	}
	h := sha256.New()
	io.WriteString(h, b.Title)
	for _, s := range b.Sections {
		io.WriteString(h, "\x00"+s.Heading)
		for _, p := range s.Paragraphs {
			io.WriteString(h, "\x00"+p)
		}
	}
	return fmt.Sprintf("stdin:%x", h.Sum(nil)[:12])
}
