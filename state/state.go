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
	Section   int       `json:"section"`
	Paragraph int       `json:"paragraph"`
	Folded    []int     `json:"folded,omitempty"` // indexes of folded sections
	Quote     int       `json:"quote"`            // index of the selected quote, -1 for none
	Updated   time.Time `json:"updated"`
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
