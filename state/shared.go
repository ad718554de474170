package state

import (
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// Shared is a Store in a bbolt file that is opened for each load or save and
// closed again at once. bbolt locks its file for as long as it is open, so a
// store held open by one process (the SSH server) would shut every other
// brief out of it; a Shared store lets the local reader and the server keep
// their readers' positions in one file. Loads take a shared lock, saves an
// exclusive one, each waiting at most OpenTimeout. Safe for concurrent use.
type Shared struct {
	path string
	mu   sync.Mutex // one open file per process at a time: flock is per open file
}

// OpenShared checks that path holds (or can hold) a store, creating it if
// needed, and returns a Shared store for it.
func OpenShared(path string) (*Shared, error) {
	b, err := Open(path)
	if err != nil {
		return nil, err
	}
	if err := b.Close(); err != nil {
		return nil, err
	}
	return &Shared{path: path}, nil
}

// with opens the file, runs fn on it and closes it.
func (s *Shared) with(readOnly bool, fn func(*Bolt) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	db, err := bolt.Open(s.path, 0o600, &bolt.Options{Timeout: OpenTimeout, ReadOnly: readOnly})
	if err != nil {
		return fmt.Errorf("opening reading state %s: %w", s.path, err)
	}
	defer db.Close()
	return fn(&Bolt{db: db})
}

// Load implements Store.
func (s *Shared) Load(reader, briefing string) (r Reading, found bool, err error) {
	err = s.with(true, func(b *Bolt) error {
		r, found, err = b.Load(reader, briefing)
		return err
	})
	return r, found, err
}

// Save implements Store.
func (s *Shared) Save(reader, briefing string, r Reading) error {
	return s.with(false, func(b *Bolt) error { return b.Save(reader, briefing, r) })
}
