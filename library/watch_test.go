package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"brief/briefing"
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
	write(t, filepath.Join(dir, ".notes.txt"), "A hidden file is passed over\n\nWithout a word.\n")
	write(t, filepath.Join(dir, "empty.txt"), "")
	write(t, filepath.Join(dir, "photo.png"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "sub", "c.txt"), article)
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
	if strings.Join(ids, ",") != "a.md,b.txt,empty.txt,photo.png" {
		t.Fatalf("entries = %v, want a.md,b.txt,empty.txt,photo.png in name order", ids)
	}
	if es[3].Err == nil || !strings.Contains(es[3].Err.Error(), "photo.png: binary file") {
		t.Errorf("photo.png = %+v, want an entry with its error", es[3])
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
	if len(logs) != 2 {
		t.Errorf("logged %d lines, want 2: the empty file and the photo", len(logs))
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

	// A photo dropped in is listed with its error, as the reader lists it;
	// a hidden file is passed over.
	write(t, filepath.Join(dir, ".ignored.txt"), article)
	write(t, filepath.Join(dir, "photo.jpg"), "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
	waitFor(t, l, "photo.jpg as an error entry", func(m map[string]Entry) bool { return m["photo.jpg"].Err != nil })
	time.Sleep(2 * settle)
	es, _ := l.Snapshot()
	for _, e := range es {
		if e.ID == ".ignored.txt" {
			t.Error("a hidden file entered the library")
		}
	}
}

// A library folder's files are those the reader and the export command
// take from a folder (briefing.ExpandAll).
func TestFolderFilesAreTheReadersFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.md", "c.html", "photo.png", "photo.JPG", "binary.bin", "noext", "notes.txt~", ".hidden", ".hidden.txt", "-dash.txt", " space.txt"} {
		write(t, filepath.Join(dir, n), "x")
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	names, err := articleNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := briefing.ExpandAll([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range paths {
		want = append(want, filepath.Base(p))
	}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("library folder files %q, the reader's %q", names, want)
	}
}
