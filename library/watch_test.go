package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const article = "A Title For Testing\n\nThe council met on Monday in the town hall. \"We will act,\" said Mayor Jane Doe.\n"

// waitFor polls the library until cond holds for its entries.
func waitFor(t *testing.T, l *Library, what string, cond func(map[string]Entry) bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		ch := l.Changed()
		es, _ := l.Snapshot()
		m := map[string]Entry{}
		for _, e := range es {
			m[e.ID] = e
		}
		if cond(m) {
			return
		}
		select {
		case <-ch:
		case <-time.After(time.Until(deadline)):
			t.Fatalf("timed out waiting for %s; entries %v", what, m)
		}
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), article)
	write(t, filepath.Join(dir, "a.md"), "Second Title\n\nSome text here.\n")
	write(t, filepath.Join(dir, "notes.pdf"), "ignored")
	write(t, filepath.Join(dir, "empty.txt"), "")
	var (
		mu   sync.Mutex
		logs []string
	)
	l, err := LoadDir(dir, 0, func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		logs = append(logs, f)
	})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, l, "loading", func(map[string]Entry) bool { _, done := l.Snapshot(); return done })
	es, _ := l.Snapshot()
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	if strings.Join(ids, ",") != "a.md,b.txt,empty.txt" {
		t.Fatalf("entries = %v, want a.md,b.txt,empty.txt in name order", ids)
	}
	if es[1].Briefing == nil || es[1].Briefing.Title != "A Title For Testing" {
		t.Errorf("b.txt imported as %+v", es[1])
	}
	if es[2].Err == nil || es[2].Briefing != nil {
		t.Errorf("empty.txt = %+v, want an entry with its error", es[2])
	}
	if strings.Contains(es[2].Err.Error(), dir) {
		t.Errorf("error %q shows the server's path", es[2].Err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(logs) != 1 {
		t.Errorf("logged %d lines, want 1 for the empty file", len(logs))
	}
}

func TestLoadDirMissing(t *testing.T) {
	if _, err := LoadDir(filepath.Join(t.TempDir(), "nope"), 0, nil); err == nil {
		t.Fatal("LoadDir of a missing directory succeeded")
	}
}

func TestWatchAddChangeRemove(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "first.txt"), article)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := Watch(ctx, dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, l, "first.txt", func(m map[string]Entry) bool { return m["first.txt"].Briefing != nil })

	write(t, filepath.Join(dir, "new.txt"), "Dropped In\n\nFresh text about the council.\n")
	waitFor(t, l, "new.txt to appear", func(m map[string]Entry) bool {
		return m["new.txt"].Briefing != nil && m["new.txt"].Briefing.Title == "Dropped In"
	})

	write(t, filepath.Join(dir, "new.txt"), "Changed Title\n\nFresh text about the council.\n")
	waitFor(t, l, "new.txt to change", func(m map[string]Entry) bool {
		return m["new.txt"].Briefing != nil && m["new.txt"].Briefing.Title == "Changed Title"
	})

	write(t, filepath.Join(dir, "bad.txt"), "\x00\x01\x02binary\x00")
	waitFor(t, l, "bad.txt as an error entry", func(m map[string]Entry) bool { return m["bad.txt"].Err != nil })

	if err := os.Rename(filepath.Join(dir, "new.txt"), filepath.Join(dir, "renamed.txt")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, l, "the rename", func(m map[string]Entry) bool {
		_, old := m["new.txt"]
		return !old && m["renamed.txt"].Briefing != nil
	})

	if err := os.Remove(filepath.Join(dir, "first.txt")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, l, "first.txt to go", func(m map[string]Entry) bool { _, ok := m["first.txt"]; return !ok })

	write(t, filepath.Join(dir, "ignored.pdf"), "x")
	time.Sleep(2 * settle)
	es, _ := l.Snapshot()
	for _, e := range es {
		if e.ID == "ignored.pdf" {
			t.Error("a non-article file entered the library")
		}
	}
}
