package briefing

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
)

func TestInChunksCoversEveryIndexOnce(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n, min int
	}{
		{"empty", 0, 4},
		{"fewer than one chunk", 3, 4},
		{"exactly one chunk", 4, 4},
		{"several chunks", 1000, 4},
		{"odd split", 1001, 7},
		{"zero minimum", 10, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			seen := make([]atomic.Int32, tc.n)
			inChunks(tc.n, tc.min, func(lo, hi int) {
				if lo > hi || lo < 0 || hi > tc.n {
					t.Errorf("range %d..%d outside 0..%d", lo, hi, tc.n)
					return
				}
				for i := lo; i < hi; i++ {
					seen[i].Add(1)
				}
			})
			for i := range seen {
				if got := seen[i].Load(); got != 1 {
					t.Errorf("index %d visited %d times, want once", i, got)
				}
			}
		})
	}
}

// TestAnnotateSameOnAnyNumberOfProcessors imports an article long enough
// to be read in parallel and checks that its people, quotes and facts are
// the same when read by one processor.
func TestAnnotateSameOnAnyNumberOfProcessors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "import", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no plain-text fixtures: %v", err)
	}
	var unit bytes.Buffer
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		unit.Write(data)
		unit.WriteString("\n\n")
	}
	data := bytes.Repeat(unit.Bytes(), 40)
	read := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		b, err := Import("long.txt", data)
		if err != nil {
			t.Fatal(err)
		}
		paras := 0
		for _, s := range b.Sections {
			paras += len(s.Paragraphs)
		}
		if procs > 1 && paras < 2*minParasPerWorker {
			t.Fatalf("only %d paragraphs: too few to be read in parallel", paras)
		}
		if len(b.Quotes) == 0 || len(b.Facts) == 0 {
			t.Fatalf("no quotes (%d) or no facts (%d) in the long article", len(b.Quotes), len(b.Facts))
		}
		out, err := json.Marshal(struct {
			Q []Quote
			F []Fact
		}{b.Quotes, b.Facts})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	one, four := read(1), read(4)
	if !bytes.Equal(one, four) {
		t.Errorf("quotes and facts differ between one processor (%d bytes of JSON) and four (%d bytes)", len(one), len(four))
	}
}
