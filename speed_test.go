package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// speedTarget is the whole-process plain-text import speed a long article
// must reach, in megabytes a second.
const speedTarget = 8.0

// TestWholeProcessSpeed times `brief export --format text` on long plain-text
// articles made of real news paragraphs (the PolNeAR articles in ../shared,
// each paragraph made unique with a reference, so nothing repeats): the
// fastest of several runs of the built binary, process start and exit
// included, at 1.6, 5 and 15.9 MB (the median is logged too). The 15.9 MB
// article must import at 8 MB/s or more, and the time per byte must not
// grow with the size (linear).
func TestWholeProcessSpeed(t *testing.T) {
	runs, _ := strconv.Atoi(os.Getenv("BRIEF_SPEED"))
	if runs <= 0 {
		t.Skip("measurement: set BRIEF_SPEED=1 (or BRIEF_SPEED=N for the fastest of N runs) to time whole-process imports of long articles")
	}
	runs = max(runs, 3)
	src := filepath.Join("..", "shared", "testdata", "quotes", "polnear-train.jsonl")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("needs ../shared (%v)", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "brief")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	full := newsArticle(t, src, 15_900_000)
	var rates []float64
	for _, size := range []int{1_600_000, 5_000_000, 15_900_000} {
		path := filepath.Join(dir, fmt.Sprintf("news-%d.txt", size))
		must(t, os.WriteFile(path, cutAtParagraph(full, size), 0o644))
		best, median, user, sys := timeRuns(t, bin, path, runs)
		mb := float64(size) / 1e6
		rates = append(rates, mb/best.Seconds())
		t.Logf("%5.1f MB: fastest of %d runs %v = %.2f MB/s (that run: %.2f s user, %.2f s system); median %v = %.2f MB/s",
			mb, runs, best.Round(time.Millisecond), mb/best.Seconds(), user.Seconds(), sys.Seconds(),
			median.Round(time.Millisecond), mb/median.Seconds())
	}
	if last := rates[len(rates)-1]; last < speedTarget {
		t.Errorf("15.9 MB imported at %.2f MB/s, want %.0f or more", last, speedTarget)
	}
	// linear: a larger article goes no slower per byte than a smaller one,
	// within a fifth for a busy machine
	if rates[2] < 0.8*rates[1] {
		t.Errorf("not linear: %.2f MB/s at 5 MB but %.2f MB/s at 15.9 MB", rates[1], rates[2])
	}
}

// newsArticle is a plain-text article of at least size bytes: a title, a
// byline, then the paragraphs of the articles in src (a JSON Lines file of
// articles with a "text" field) without their titles, each ending in a
// reference that makes it unique.
func newsArticle(t *testing.T, src string, size int) []byte {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("reading %s: %v", src, err)
		}
		texts = append(texts, a.Text)
	}
	if len(texts) == 0 {
		t.Fatalf("no articles in %s", src)
	}
	var b strings.Builder
	b.WriteString("Briefing of the campaign year\n\nBy Test Writer\n\n")
	for round := 0; b.Len() < size; round++ {
		for i, text := range texts {
			for _, p := range strings.Split(text, "\n\n")[1:] {
				if p = strings.TrimSpace(p); p != "" {
					fmt.Fprintf(&b, "%s Ref r%d-%d.\n\n", p, round, i)
				}
			}
			if b.Len() >= size {
				break
			}
		}
	}
	return []byte(b.String())
}

// cutAtParagraph is the article cut at the first paragraph end after size
// bytes.
func cutAtParagraph(article []byte, size int) []byte {
	if size >= len(article) {
		return article
	}
	if i := strings.Index(string(article[size:]), "\n\n"); i >= 0 {
		return article[:size+i+2]
	}
	return article
}

// timeRuns runs the text export of path n times and returns the fastest
// run's wall time with its user and system processor time, and the median
// wall time.
func timeRuns(t *testing.T, bin, path string, n int) (best, median, user, sys time.Duration) {
	t.Helper()
	type run struct{ wall, user, sys time.Duration }
	var all []run
	for range n {
		cmd := exec.Command(bin, "export", "--format", "text", path)
		start := time.Now()
		if out, err := cmd.Output(); err != nil || len(out) == 0 {
			t.Fatalf("brief export %s: %v", path, err)
		}
		r := run{wall: time.Since(start)}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.user = time.Duration(ru.Utime.Nano())
			r.sys = time.Duration(ru.Stime.Nano())
		}
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b run) int { return int(a.wall - b.wall) })
	return all[0].wall, all[len(all)/2].wall, all[0].user, all[0].sys
}
