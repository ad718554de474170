package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brief/library"
	"brief/state"
)

func TestALargeFileShowsItsProgressAtOnce(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	var sb strings.Builder
	sb.WriteString("A long briefing\n\n")
	for sb.Len() < 2<<20 {
		sb.WriteString("The committee met again on Tuesday and heard from the ministry's officials about the plan.\n\n")
	}
	must(t, os.WriteFile(big, []byte(sb.String()), 0o644))
	small := filepath.Join(dir, "small.txt")
	must(t, os.WriteFile(small, []byte("A short briefing\n\nThe committee met again on Tuesday.\n"), 0o644))

	// Not in the cache: the reader starts at once, with the import held
	// until its first frame is out (2 MB take far longer than the wait for
	// a small file).
	start := time.Now()
	lib, drawn, err := readLibrary([]string{big}, 0, io.Discard)
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if _, done := lib.Snapshot(); done || took >= singleWait || drawn == nil {
		t.Errorf("readLibrary of a 2 MB file returned after %v, done %v, held %v: want at once (under %v), held until drawn", took, done, drawn != nil, singleWait)
	}
	if p := lib.Progress(); len(p.Current) != 1 {
		t.Errorf("the first frame shows %d files importing, want the one", len(p.Current))
	}
	if drawn != nil {
		drawn()
		drawn() // twice does no harm
	}
	for {
		if _, done := lib.Snapshot(); done {
			break
		}
		<-lib.Changed()
	}
	// A small file is waited for, and opens at once; the first frame
	// still puts the garbage collector's target back.
	lib, drawn, err = readLibrary([]string{small}, 0, io.Discard)
	if err != nil || drawn == nil {
		t.Fatalf("a small file: %v, nothing to call for the first frame %v", err, drawn == nil)
	}
	if entries, done := lib.Snapshot(); !done || len(entries) != 1 || entries[0].Briefing == nil {
		t.Errorf("a small file was not waited for: done %v, %d entries", done, len(entries))
	}
	drawn()
	// A file over the size limit ends the command before the screen starts.
	if _, _, err := readLibrary([]string{big}, 1<<20, io.Discard); err == nil || !strings.Contains(err.Error(), "big.txt") {
		t.Errorf("a file over the limit: %v, want its one-line error", err)
	}
	// Kept in the cache just after it is done, so that it is not counted
	// slow the next time.
	for deadline := time.Now().Add(5 * time.Second); !library.DefaultCache().Has(big); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the large file is not in the cache after its import")
		}
	}
}

func TestReadingStateOpensBesideTheReader(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_STATE_HOME", home)
	path := filepath.Join(home, "brief", "state.db")
	must(t, os.MkdirAll(filepath.Dir(path), 0o700))
	must(t, os.WriteFile(path, []byte(strings.Repeat("not a bbolt file ", 1000)), 0o600))

	s := openStoreLater()
	if err := s.Save("local", "a", state.Reading{Section: 2, Quote: -1}); err != nil {
		t.Fatal(err)
	}
	if r, ok, err := s.Load("local", "a"); err != nil || !ok || r.Section != 2 {
		t.Errorf("Load: %+v %v %v, want the reading saved", r, ok, err)
	}
	if all, err := s.Readings("local"); err != nil || len(all) != 1 {
		t.Errorf("Readings: %v %v, want the one reading", all, err)
	}
	// The damaged file's warning waits for the screen to close.
	var out strings.Builder
	must(t, state.Close(s))
	s.printWarnings(&out)
	if got := out.String(); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, "brief: warning: ") || !strings.Contains(got, "damaged") {
		t.Errorf("warnings %q: want one line about the damaged file", got)
	}
	out.Reset()
	s.printWarnings(&out)
	if out.Len() != 0 {
		t.Errorf("the warning was printed twice: %q", out.String())
	}
}
