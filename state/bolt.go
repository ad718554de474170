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
	bolterrors "go.etcd.io/bbolt/errors"
)

// OpenTimeout is how long Open waits for another process to release the
// store's file lock before giving up: the lock is tried again and again,
// with a growing pause, until then.
const OpenTimeout = 2 * time.Second

// lockTry is how long one attempt at the file lock waits.
const lockTry = 100 * time.Millisecond

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

// Open opens (creating it and its directory if needed) the store at path
// and holds it open until Close. It fails within OpenTimeout when another
// process holds the file, and at once, with a *DamageError, when the file
// is not a sound store.
func Open(path string) (*Bolt, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating the state directory: %w", err)
	}
	if err := inspectFile(path); err != nil {
		return nil, err
	}
	var db *bolt.DB
	err := guard(path, func() error {
		var err error
		if db, err = openBolt(path, false); err != nil {
			return err
		}
		// A store laid out before needs no write (and no wait for the
		// disk) to be opened.
		laidOut := false
		if err := db.View(func(tx *bolt.Tx) error {
			laidOut = tx.Bucket(readersBucket) != nil
			return nil
		}); err != nil || laidOut {
			return err
		}
		return db.Update(func(tx *bolt.Tx) error {
			_, err := tx.CreateBucketIfNotExists(readersBucket)
			return err
		})
	})
	if err != nil {
		if db != nil {
			_ = guard(path, db.Close)
		}
		var damage *DamageError
		if errors.As(err, &damage) {
			return nil, err
		}
		return nil, fmt.Errorf("preparing reading state %s: %w", path, err)
	}
	return &Bolt{db: db}, nil
}

// openBolt opens the bbolt file at path, trying again with a growing pause
// while another process holds its lock, for up to OpenTimeout.
func openBolt(path string, readOnly bool) (*bolt.DB, error) {
	deadline := time.Now().Add(OpenTimeout)
	pause := 10 * time.Millisecond
	for {
		db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTry, ReadOnly: readOnly})
		if err == nil {
			return db, nil
		}
		if !errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("opening reading state %s: %w", path, err)
		}
		if time.Now().Add(pause).After(deadline) {
			return nil, fmt.Errorf("opening reading state %s: locked by another brief process for over %s", path, OpenTimeout)
		}
		time.Sleep(pause)
		pause = min(2*pause, 400*time.Millisecond)
	}
}

// Load implements Store.
func (s *Bolt) Load(reader, briefing string) (Reading, bool, error) {
	var (
		r     Reading
		found bool
	)
	err := s.db.View(func(tx *bolt.Tx) error {
		top := tx.Bucket(readersBucket)
		if top == nil {
			return nil
		}
		rb := top.Bucket([]byte(reader))
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
		top, err := tx.CreateBucketIfNotExists(readersBucket)
		if err != nil {
			return err
		}
		rb, err := top.CreateBucketIfNotExists([]byte(reader))
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

// OpenOrMemory opens the store at path. A damaged file is moved aside
// (see OpenShared) and a fresh store started, with one warning. When even
// that fails (a file locked for over OpenTimeout, a missing home
// directory, a folder that cannot be written), it reports why through warn
// and returns a memory store so that reading still works, without keeping
// positions across runs. Release it with Close.
func OpenOrMemory(path string, warn func(string)) Store {
	s, err := openShared(path, warn)
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
