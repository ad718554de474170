package library

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"brief/content"
)

// writeEmbedded writes n copies of the embedded briefings into dir, each
// made different by a line of its own, and returns their paths.
func writeEmbedded(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	names := content.Names()
	for i := range n {
		name := names[i%len(names)]
		data, err := content.Bytes(name)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, fmt.Sprintf("%03d-%s", i, name))
		data = append(data, []byte(fmt.Sprintf("\n\nCopy number %d of the briefing.\n", i))...)
		if strings.HasSuffix(name, ".html") {
			data = append(data, []byte(fmt.Sprintf("<!-- copy %d -->\n", i))...)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

func TestImportFileThroughTheCache(t *testing.T) {
	dir := t.TempDir()
	paths := writeEmbedded(t, dir, 3)
	cache := NewCache(filepath.Join(t.TempDir(), "cache"))
	for _, p := range paths {
		first := ImportFile(p, 0, cache)
		if first.Err != nil {
			t.Fatalf("%s: %v", p, first.Err)
		}
		second := ImportFile(p, 0, cache)
		if second.Err != nil || second.Briefing == first.Briefing {
			t.Fatalf("%s: the second import did not come from the cache (%v)", p, second.Err)
		}
		if !reflect.DeepEqual(first.Briefing, second.Briefing) {
			t.Errorf("%s: the cached briefing differs from the imported one", p)
		}
		uncached := ImportFile(p, 0, nil)
		if !reflect.DeepEqual(uncached.Briefing, second.Briefing) {
			t.Errorf("%s: the cached briefing differs from a fresh import", p)
		}
	}
	files, _ := filepath.Glob(filepath.Join(cache.dir, "??", "*.gob"))
	if len(files) != len(paths) {
		t.Errorf("%d cache files for %d briefings", len(files), len(paths))
	}
	// A changed file is imported again, not taken from the cache.
	if err := os.WriteFile(paths[0], []byte("A new title\n\nA new text entirely.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if e := ImportFile(paths[0], 0, cache); e.Err != nil || e.Briefing.Title != "A new title" {
		t.Errorf("a changed file gave %v, %v", e.Briefing, e.Err)
	}
	// The cache is safe to delete.
	if err := os.RemoveAll(cache.dir); err != nil {
		t.Fatal(err)
	}
	if e := ImportFile(paths[1], 0, cache); e.Err != nil {
		t.Errorf("after deleting the cache: %v", e.Err)
	}
}

func TestImportFileErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, []byte("Title\n\n"+strings.Repeat("word ", 1000)), 0o644)
	bin := filepath.Join(dir, "photo.jpg")
	os.WriteFile(bin, []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x00\x00\x00\x00\x00"), 0o644)
	cache := NewCache(t.TempDir())
	for path, want := range map[string]string{big: "big.txt", bin: "photo.jpg", filepath.Join(dir, "gone.txt"): "gone.txt"} {
		e := ImportFile(path, 1024, cache)
		if e.Err == nil || !strings.Contains(e.Err.Error(), want) {
			t.Errorf("%s: error %v, want one naming %s", path, e.Err, want)
		}
	}
}

func TestLoadImportsOnEveryProcessor(t *testing.T) {
	if runtime.NumCPU() < 2 {
		t.Skip("timing test: one processor")
	}
	paths := writeEmbedded(t, t.TempDir(), 24)
	var running, most atomic.Int32
	opts := LoadOptions{Workers: runtime.NumCPU()}
	done := make(chan struct{})
	go func() {
		importAll(paths, opts, func(string) {
			n := running.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
		}, func(Entry) { running.Add(-1) }, nil)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("loading did not finish")
	}
	if most.Load() < 2 {
		t.Errorf("at most %d files imported at once on %d processors", most.Load(), runtime.NumCPU())
	}
	l := LoadWith(paths, LoadOptions{Cache: NewCache(t.TempDir())})
	for {
		entries, finished := l.Snapshot()
		if finished {
			if len(entries) != len(paths) {
				t.Errorf("%d entries for %d files", len(entries), len(paths))
			}
			for _, e := range entries {
				if e.Err != nil || e.ModTime.IsZero() {
					t.Errorf("%s: %v (mod time %v)", e.ID, e.Err, e.ModTime)
				}
			}
			break
		}
		<-l.Changed()
	}
	<-l.written // before the cache's directory is removed
}

func TestLoadDirUsesTheCache(t *testing.T) {
	cacheHome := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cacheHome)
	dir := t.TempDir()
	writeEmbedded(t, dir, 3)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("Notes\n\nA short note of the day.\n"), 0o644)
	l, err := LoadDir(dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, done := l.Snapshot(); done {
			break
		}
		<-l.Changed()
	}
	files, _ := filepath.Glob(filepath.Join(cacheHome, "brief", "briefings", "??", "*.gob"))
	if len(files) != 4 {
		t.Errorf("%d briefings cached by the served directory, want 4", len(files))
	}
	entries, _ := l.Snapshot()
	if len(entries) != 4 || entries[0].ID != "000-"+content.Names()[0] || entries[0].Briefing == nil || entries[0].Briefing.Name != entries[0].ID {
		t.Errorf("entries %v: want file names, in name order", entries)
	}
}
