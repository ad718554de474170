package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// OpenTimeout is how long Open waits for another process to release the
// store's file lock before giving up.
const OpenTimeout = 500 * time.Millisecond

// readersBucket holds one nested bucket per reader identity, whose keys
// are briefing IDs and values JSON-encoded Readings.
var readersBucket = []byte("readers")

// Bolt is a Store kept in a bbolt file, shared by every session of a
// process. It is safe for concurrent use.
type Bolt struct {
	db *bolt.DB
}

// DefaultPath is where the reading state lives:
// $XDG_STATE_HOME/brief/state.db, or ~/.local/state/brief/state.db.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("finding the state directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "brief", "state.db"), nil
}

// Open opens (creating it and its directory if needed) the store at path.
// It fails within OpenTimeout when another process holds the file, and at
// once when the file is not a valid store.
func Open(path string) (*Bolt, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating the state directory: %w", err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: OpenTimeout})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("opening reading state %s: locked by another brief process", path)
		}
		return nil, fmt.Errorf("opening reading state %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(readersBucket)
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("preparing reading state %s: %w", path, err)
	}
	return &Bolt{db: db}, nil
}

// Load implements Store.
func (s *Bolt) Load(reader, briefing string) (Reading, bool, error) {
	var (
		r     Reading
		found bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		rb := tx.Bucket(readersBucket).Bucket([]byte(reader))
		if rb == nil {
			return nil
		}
		v := rb.Get([]byte(briefing))
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &r)
	})
	if err != nil {
		return Reading{}, false, fmt.Errorf("loading reading state of %s: %w", briefing, err)
	}
	return r, found, nil
}

// Save implements Store.
func (s *Bolt) Save(reader, briefing string, r Reading) error {
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encoding reading state of %s: %w", briefing, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		rb, err := tx.Bucket(readersBucket).CreateBucketIfNotExists([]byte(reader))
		if err != nil {
			return err
		}
		return rb.Put([]byte(briefing), v)
	})
	if err != nil {
		return fmt.Errorf("saving reading state of %s: %w", briefing, err)
	}
	return nil
}

// Close flushes the store to disk and releases its file.
func (s *Bolt) Close() error {
	if err := s.db.Sync(); err != nil {
		s.db.Close()
		return fmt.Errorf("flushing reading state: %w", err)
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("closing reading state: %w", err)
	}
	return nil
}

// OpenOrMemory opens the store at path, or, when that fails (a corrupt or
// locked file, a missing home directory), reports why through warn and
// returns a memory store so that reading still works, without keeping
// positions across runs. Release it with Close.
func OpenOrMemory(path string, warn func(string)) Store {
	s, err := OpenShared(path)
	if err != nil {
		if warn != nil {
			warn(err.Error() + "; reading positions will not be kept after this run")
		}
		return NewMemory()
	}
	return s
}

// Close closes a store that holds a file (a *Bolt); it does nothing for
// other stores.
func Close(s Store) error {
	if c, ok := s.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
