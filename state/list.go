package state

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Readings implements Lister: one read transaction for all of a reader's
// readings.
func (s *Bolt) Readings(reader string) (map[string]Reading, error) {
	out := map[string]Reading{}
	err := s.db.View(func(tx *bolt.Tx) error {
		top := tx.Bucket(readersBucket)
		if top == nil {
			return nil
		}
		rb := top.Bucket([]byte(reader))
		if rb == nil {
			return nil
		}
		return rb.ForEach(func(k, v []byte) error {
			var r Reading
			if err := json.Unmarshal(v, &r); err != nil {
				return nil // one bad record does not hide the others
			}
			out[string(k)] = r
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("listing the reading state of a reader: %w", err)
	}
	return out, nil
}

// Readings implements Lister.
func (s *Shared) Readings(reader string) (out map[string]Reading, err error) {
	err = s.with(true, func(b *Bolt) error {
		out, err = b.Readings(reader)
		return err
	})
	return out, err
}
