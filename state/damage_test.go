package state

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// fillStore writes a store of a few dozen pages at path: 40 readers with
// 10 briefings each.
func fillStore(t *testing.T, path string) {
	t.Helper()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b.db.NoSync = true // a test file: no need to wait for the disk 400 times
	for r := range 40 {
		for i := range 10 {
			err := b.Save(fmt.Sprintf("SHA256:reader-%02d", r), fmt.Sprintf("briefing-%02d.md", i),
				Reading{Section: i, Paragraph: r, Folded: []int{1, 2, 3, 4, 5, 6, 7, 8}, Quote: -1, Updated: time.Unix(int64(r*10+i), 0)})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Size() < 40<<10 {
		t.Fatalf("the store is only %d bytes", st.Size())
	}
}

// damages are the ways the issue saw a state file broken.
var damages = []struct {
	name   string
	damage func(t *testing.T, path string)
	sure   bool // the damage is certain to be noticed (it is not in a free page)
}{
	{"truncated to 8 KB", truncateTo(8192), true},
	{"truncated to 12 KB", truncateTo(12288), true},
	{"truncated to 16 KB", truncateTo(16384), true},
	{"random bytes in pages 3-7", randomPages(3, 7), false},
	{"random freelist page", randomFreelist, true},
	{"random root page", randomRoot, true},
	{"not a store", func(t *testing.T, path string) {
		must(t, os.WriteFile(path, bytes.Repeat([]byte("garbage\x00\xff"), 3000), 0o600))
	}, true},
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func truncateTo(n int64) func(*testing.T, string) {
	return func(t *testing.T, path string) { must(t, os.Truncate(path, n)) }
}

func pageSize(t *testing.T, path string) (int64, meta) {
	f, err := os.Open(path)
	must(t, err)
	defer f.Close()
	m, err := readMeta(f, 0)
	must(t, err)
	m1, err := readMeta(f, int64(m.pageSize))
	if err == nil && m1.txid > m.txid {
		m = m1
	}
	return int64(m.pageSize), m
}

func scribble(t *testing.T, path string, page int64) {
	ps, _ := pageSize(t, path)
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	must(t, err)
	defer f.Close()
	junk := make([]byte, ps)
	r := rand.New(rand.NewPCG(uint64(page), 7))
	for i := range junk {
		junk[i] = byte(r.Uint32())
	}
	_, err = f.WriteAt(junk, page*ps)
	must(t, err)
}

func randomPages(from, to int64) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		for p := from; p <= to; p++ {
			scribble(t, path, p)
		}
	}
}

func randomFreelist(t *testing.T, path string) {
	_, m := pageSize(t, path)
	if m.freelist == noFreelist {
		t.Fatal("the store has no freelist page")
	}
	scribble(t, path, int64(m.freelist))
}

func randomRoot(t *testing.T, path string) {
	_, m := pageSize(t, path)
	scribble(t, path, int64(m.root))
}

// TestDamagedFileIsMovedAside: whatever the damage, opening the store
// neither faults nor panics; a damaged file is moved aside with one
// warning, and a fresh store works and lasts.
func TestDamagedFileIsMovedAside(t *testing.T) {
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "brief", "state.db")
			fillStore(t, path)
			d.damage(t, path)
			var warnings []string
			s := OpenOrMemory(path, func(w string) { warnings = append(warnings, w) })
			if _, ok := s.(*Shared); !ok {
				t.Fatalf("OpenOrMemory = %T (warnings %q), want a fresh *Shared", s, warnings)
			}
			aside, _ := filepath.Glob(path + ".damaged-*")
			switch {
			case len(warnings) > 1:
				t.Errorf("warned %d times: %q", len(warnings), warnings)
			case len(warnings) == 1 && (len(aside) != 1 || !strings.Contains(warnings[0], "damaged") || !strings.Contains(warnings[0], filepath.Base(aside[0]))):
				t.Errorf("warning %q, files aside %q; want the file moved aside and named", warnings[0], aside)
			case len(warnings) == 0 && d.sure:
				t.Errorf("the damage went unnoticed")
			}
			t.Logf("warnings: %q", warnings)
			// Every load works or says what failed; none faults.
			for r := range 40 {
				_, _, _ = s.Load(fmt.Sprintf("SHA256:reader-%02d", r), "briefing-03.md")
			}
			must(t, s.Save("local", "a.txt", Reading{Section: 9, Quote: 2}))
			again := OpenOrMemory(path, func(w string) { t.Errorf("warned on reopening: %s", w) })
			if got, ok, err := again.Load("local", "a.txt"); err != nil || !ok || got.Section != 9 {
				t.Errorf("after reopening: %+v, %v, %v", got, ok, err)
			}
		})
	}
}

// TestDamageWhileServing: a store in use whose file is damaged under it
// goes on: the next operation finds the damage, moves the file aside with
// one warning and works on a fresh file.
func TestDamageWhileServing(t *testing.T) {
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.db")
			fillStore(t, path)
			var warnings []string
			s, err := openShared(path, func(w string) { warnings = append(warnings, w) })
			must(t, err)
			if _, ok, err := s.Load("SHA256:reader-05", "briefing-05.md"); !ok || err != nil {
				t.Fatalf("before the damage: %v, %v", ok, err)
			}
			d.damage(t, path)
			for r := range 40 {
				_, _, _ = s.Load(fmt.Sprintf("SHA256:reader-%02d", r), "briefing-05.md")
			}
			if err := s.Save("SHA256:reader-05", "briefing-05.md", Reading{Section: 3}); err != nil {
				// An operation that faulted fails; the next one starts afresh.
				must(t, s.Save("SHA256:reader-05", "briefing-05.md", Reading{Section: 3}))
			}
			if got, ok, err := s.Load("SHA256:reader-05", "briefing-05.md"); err != nil || !ok || got.Section != 3 {
				t.Errorf("after the damage: %+v, %v, %v", got, ok, err)
			}
			if len(warnings) > 1 || (d.sure && len(warnings) != 1) {
				t.Errorf("warnings %q; want one", warnings)
			}
		})
	}
}

// TestFaultIsAnError cuts a mapped store short under bbolt: reading the
// pages past the new end faults (SIGBUS), and the fault must end the
// operation with an error, not the process.
func TestFaultIsAnError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	fillStore(t, path)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	must(t, err)
	defer db.Close()
	must(t, os.Truncate(path, 8192))
	err = guard(path, func() error { return db.View(walk) })
	var damage *DamageError
	if !errors.As(err, &damage) {
		t.Fatalf("reading a store cut short under it: %v; want a DamageError", err)
	}
	t.Logf("fault turned into: %v", err)
}

// TestLockContentionIsRetried: two processes starting while a third holds
// the file for longer than one lock attempt both get in once it is
// released.
func TestLockContentionIsRetried(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	fillStore(t, path)
	holder, err := Open(path)
	must(t, err)
	release := time.AfterFunc(time.Second, func() { holder.Close() })
	defer release.Stop()
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for range 2 {
		wg.Go(func() {
			s, err := OpenShared(path)
			if err == nil {
				err = s.Save("local", "x.md", Reading{Section: 1})
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("a store opened while another held the file for 1 s: %v", err)
		}
	}
}
