// Package state remembers where each reader is in each briefing: the
// position, the folded sections and the last selected quote, across runs.
package state

import (
	"sync"
	"time"
)

// Reading is one reader's state in one briefing.
type Reading struct {
	// Section and Paragraph are the block at the top of the article pane.
	Section   int   `json:"section"`
	Paragraph int   `json:"paragraph"`
	Folded    []int `json:"folded,omitempty"` // indexes of folded sections
	Quote     int   `json:"quote"`            // index of the selected quote, -1 for none
	// Read is set once the reader has been to the end of the briefing or
	// past most of it; it stays set.
	Read    bool      `json:"read,omitempty"`
	Updated time.Time `json:"updated"`
}

// Store keeps readings by reader identity and briefing ID. Implementations
// are safe for concurrent use by many sessions.
type Store interface {
	// Load returns the reading saved for reader in briefing, and false when
	// there is none.
	Load(reader, briefing string) (Reading, bool, error)
	// Save stores the reading.
	Save(reader, briefing string, r Reading) error
}

// Lister is a Store that lists all of one reader's readings at once, for
// the library's read marks.
type Lister interface {
	// Readings returns every reading saved for reader, by briefing ID.
	Readings(reader string) (map[string]Reading, error)
}

// ReadMarks reports which of the briefings reader has read: with one call
// when the store is a Lister, else one Load per briefing.
func ReadMarks(s Store, reader string, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if l, ok := s.(Lister); ok {
		all, err := l.Readings(reader)
		if err != nil {
			return out, err
		}
		for _, id := range ids {
			if all[id].Read {
				out[id] = true
			}
		}
		return out, nil
	}
	for _, id := range ids {
		r, ok, err := s.Load(reader, id)
		if err != nil {
			return out, err
		}
		if ok && r.Read {
			out[id] = true
		}
	}
	return out, nil
}

// Memory is a Store that lives only as long as the process: for anonymous
// readers and when the on-disk store cannot be opened.
type Memory struct {
	mu sync.Mutex
	m  map[[2]string]Reading
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory { return &Memory{m: map[[2]string]Reading{}} }

// Load implements Store.
func (s *Memory) Load(reader, briefing string) (Reading, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.m[[2]string{reader, briefing}]
	return r, ok, nil
}

// Save implements Store.
func (s *Memory) Save(reader, briefing string, r Reading) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[[2]string{reader, briefing}] = r
	return nil
}

// Readings implements Lister.
func (s *Memory) Readings(reader string) (map[string]Reading, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]Reading{}
	for k, r := range s.m {
		if k[0] == reader {
			out[k[1]] = r
		}
	}
	return out, nil
}
