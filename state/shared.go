package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// Shared is a Store in a bbolt file that is opened for each load or save and
// closed again at once. bbolt locks its file for as long as it is open, so a
// store held open by one process (the SSH server) would shut every other
// brief out of it; a Shared store lets the local reader and the server keep
// their readers' positions in one file. Loads take a shared lock, saves an
// exclusive one, each retried for up to OpenTimeout. Safe for concurrent
// use.
//
// A damaged file never stops the process: before each use the file's
// layout is checked against its size, and bbolt runs with faults turned
// into errors. A damaged file is moved aside (PATH.damaged-TIME), reported
// once through the warn function, and a fresh store takes its place; an
// operation that faults ends with an error.
type Shared struct {
	path string
	warn func(string)
	mu   sync.Mutex // one open file per process at a time: flock is per open file
}

// OpenShared checks that path holds (or can hold) a store, creating it if
// needed, and returns a Shared store for it. A damaged file is moved aside
// and a fresh store created in its place.
func OpenShared(path string) (*Shared, error) {
	return openShared(path, nil)
}

// openShared is OpenShared reporting damage through warn.
func openShared(path string, warn func(string)) (*Shared, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating the state directory: %w", err)
	}
	s := &Shared{path: path, warn: warn}
	err := verify(path)
	var damage *DamageError
	if errors.As(err, &damage) {
		return s, s.replace(damage)
	}
	if err != nil {
		return nil, err
	}
	b, err := Open(path)
	if errors.As(err, &damage) {
		return s, s.replace(damage)
	}
	if err != nil {
		return nil, err
	}
	// Open has written nothing, or committed (and so flushed) the layout
	// of a new store: the file closes without another wait for the disk.
	if err := b.db.Close(); err != nil {
		return nil, fmt.Errorf("closing reading state %s: %w", path, err)
	}
	return s, nil
}

// verify reads the whole store at path read-only: the layout check, every
// reading, and bbolt's own consistency check. A missing or empty file
// passes (it will be laid out afresh).
func verify(path string) error {
	if err := inspectFile(path); err != nil {
		return err
	}
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		return nil
	}
	return guard(path, func() error {
		db, err := openBolt(path, true)
		if err != nil {
			return err
		}
		defer db.Close()
		return db.View(func(tx *bolt.Tx) error {
			if err := walk(tx); err != nil {
				return &DamageError{Path: path, Err: err}
			}
			// Every page has been read above in this goroutine, where a
			// fault is caught; bbolt's check runs in one of its own.
			for err := range tx.Check() {
				return &DamageError{Path: path, Err: err}
			}
			return nil
		})
	})
}

// walk reads every bucket and reading of the store.
func walk(tx *bolt.Tx) error {
	return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		return b.ForEachBucket(func(reader []byte) error {
			rb := b.Bucket(reader)
			if rb == nil {
				return nil
			}
			return rb.ForEach(func(_, v []byte) error {
				if v != nil && !json.Valid(v) {
					return fmt.Errorf("a reading of %q is not JSON", reader)
				}
				return nil
			})
		})
	})
}

// replace moves a damaged file aside, reports it once and lays out a fresh
// store in its place.
func (s *Shared) replace(damage *DamageError) error {
	aside, err := moveAside(s.path)
	if err != nil {
		return fmt.Errorf("%v; %w", damage, err)
	}
	if s.warn != nil {
		s.warn(fmt.Sprintf("%v; moved it aside to %s and started a fresh one", damage, filepath.Base(aside)))
	}
	b, err := Open(s.path)
	if err != nil {
		return fmt.Errorf("starting a fresh reading state: %w", err)
	}
	return b.Close()
}

// with opens the file, runs fn on it and closes it.
func (s *Shared) with(readOnly bool, fn func(*Bolt) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var damage *DamageError
	if err := inspectFile(s.path); errors.As(err, &damage) {
		if err := s.replace(damage); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if _, err := os.Stat(s.path); readOnly && errors.Is(err, os.ErrNotExist) {
		return nil // nothing saved yet
	}
	err := guard(s.path, func() error {
		db, err := openBolt(s.path, readOnly)
		if err != nil {
			return err
		}
		defer db.Close()
		return fn(&Bolt{db: db})
	})
	if errors.As(err, &damage) {
		// The operation faulted: it fails, and the next one starts afresh.
		if rerr := s.replace(damage); rerr != nil && s.warn != nil {
			s.warn(rerr.Error())
		}
	}
	return err
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
