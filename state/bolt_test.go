package state

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func openTemp(t *testing.T) (*Bolt, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "brief", "state.db")
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s, path
}

func TestBoltRestoreAfterReopen(t *testing.T) {
	s, path := openTemp(t)
	want := Reading{Section: 2, Paragraph: 3, Folded: []int{1, 4}, Quote: 5, Updated: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	if err := s.Save("SHA256:abc", "one.md", want); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	got, ok, err := s.Load("SHA256:abc", "one.md")
	if err != nil || !ok {
		t.Fatalf("Load after reopen = %v, %v", ok, err)
	}
	if got.Section != 2 || got.Paragraph != 3 || got.Quote != 5 || len(got.Folded) != 2 || got.Folded[1] != 4 || !got.Updated.Equal(want.Updated) {
		t.Errorf("Load after reopen = %+v, want %+v", got, want)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("state file mode = %v, %v; want 0600", st.Mode().Perm(), err)
	}
}

func TestBoltReadersAreSeparate(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	if err := s.Save("alice", "b", Reading{Section: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.Save("bob", "b", Reading{Section: 7}); err != nil {
		t.Fatal(err)
	}
	for reader, want := range map[string]int{"alice": 1, "bob": 7} {
		got, ok, err := s.Load(reader, "b")
		if err != nil || !ok || got.Section != want {
			t.Errorf("Load(%s) = %+v, %v, %v; want section %d", reader, got, ok, err, want)
		}
	}
	if _, ok, err := s.Load("carol", "b"); ok || err != nil {
		t.Errorf("Load of an unknown reader = %v, %v; want nothing", ok, err)
	}
	if _, ok, err := s.Load("alice", "other"); ok || err != nil {
		t.Errorf("Load of an unknown briefing = %v, %v; want nothing", ok, err)
	}
}

func TestBoltConcurrentUse(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			reader := string(rune('a' + i))
			for j := range 20 {
				if err := s.Save(reader, "b", Reading{Paragraph: j}); err != nil {
					t.Error(err)
				}
				if _, _, err := s.Load(reader, "b"); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	for i := range 8 {
		got, _, _ := s.Load(string(rune('a'+i)), "b")
		if got.Paragraph != 19 {
			t.Errorf("reader %d ended at %d, want 19", i, got.Paragraph)
		}
	}
}

func TestBoltCorruptFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	garbage := []byte(strings.Repeat("not a bolt database\x00\xff", 800))
	if err := os.WriteFile(path, garbage, 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := Open(path); err == nil {
		s.Close()
		t.Fatal("Open of a corrupt file succeeded")
	} else if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
}

func TestBoltLockedFile(t *testing.T) {
	s, path := openTemp(t)
	defer s.Close()
	start := time.Now()
	s2, err := Open(path)
	if err == nil {
		s2.Close()
		t.Fatal("second Open of a held store succeeded")
	}
	if d := time.Since(start); d > OpenTimeout+time.Second {
		t.Errorf("second Open took %v, want about %v", d, OpenTimeout)
	}
	if !strings.Contains(err.Error(), "locked") {
		t.Errorf("error %q does not say the store is locked", err)
	}
}

func TestOpenOrMemory(t *testing.T) {
	held, path := openTemp(t)
	defer held.Close()
	var warnings []string
	s := OpenOrMemory(path, func(w string) { warnings = append(warnings, w) })
	if _, ok := s.(*Memory); !ok {
		t.Fatalf("OpenOrMemory of a locked store = %T, want *Memory", s)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "locked") {
		t.Errorf("warnings = %q, want one about the lock", warnings)
	}
	if err := s.Save("local", "b", Reading{Section: 1}); err != nil {
		t.Errorf("memory fallback Save: %v", err)
	}
	if err := Close(s); err != nil {
		t.Errorf("Close of a memory store: %v", err)
	}

	warnings = nil
	fresh := OpenOrMemory(filepath.Join(t.TempDir(), "s.db"), func(w string) { warnings = append(warnings, w) })
	if _, ok := fresh.(*Shared); !ok || len(warnings) != 0 {
		t.Errorf("OpenOrMemory of a new path = %T with warnings %q, want *Shared and none", fresh, warnings)
	}
	if err := Close(fresh); err != nil {
		t.Error(err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", "/xdg/state")
	if p, err := DefaultPath(); err != nil || p != filepath.Join("/xdg/state", "brief", "state.db") {
		t.Errorf("DefaultPath with XDG_STATE_HOME = %q, %v", p, err)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/reader")
	if p, err := DefaultPath(); err != nil || p != filepath.Join("/home/reader", ".local", "state", "brief", "state.db") {
		t.Errorf("DefaultPath without XDG_STATE_HOME = %q, %v", p, err)
	}
}
