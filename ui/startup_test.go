package ui

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestStartupAgainstGlamour measures brief's start-up in a pseudo-terminal
// beside ui/testdata/glamourprint, which does what a Markdown viewer such
// as glow does at its core to show a file named on its command line: read
// it, render it with Glamour at the width, print it. Both open the same
// article (the seed when ../shared is there, else the embedded briefing of
// the same shape), glamourprint as the Markdown brief exports of it, at
// 80x24, in turns, so that both see the same load. Logged: brief's first
// complete frame and first output byte, opening the article for the first
// time and again (from its cache); glamourprint's first and last output
// byte; and each program's package initialisation (GODEBUG=inittrace=1),
// with the share of brief's own packages and of the modules glamourprint
// does not link. It fails when brief's median first frame comes after
// glamourprint's median last byte.
// It is a measurement: BRIEF_STARTUP=1 runs it (BRIEF_STARTUP=N: N turns).
func TestStartupAgainstGlamour(t *testing.T) {
	turns, _ := strconv.Atoi(os.Getenv("BRIEF_STARTUP"))
	if turns <= 0 {
		t.Skip("measurement: set BRIEF_STARTUP=1 to time brief's first screen beside a Glamour render of the same article (BRIEF_STARTUP=N for N turns)")
	}
	if turns == 1 {
		turns = 10
	}
	dir := t.TempDir()
	bin, gp := filepath.Join(dir, "brief"), filepath.Join(dir, "glamourprint")
	for _, b := range [][2]string{{bin, ".."}, {gp, "./testdata/glamourprint"}} {
		if out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput(); err != nil {
			t.Fatalf("building %s: %v\n%s", b[1], err, out)
		}
	}
	article, title := seedPath, "China and Russia"
	if _, err := os.Stat(article); err != nil {
		article, title = filepath.Join("..", "content", "briefings", cyberName), "Russia and China"
		t.Logf("../shared absent: the embedded %s instead of the seed", cyberName)
	}
	// The article as Markdown: what brief exports, without the quotes and
	// key-facts lists it adds after the text.
	md, err := exec.Command(bin, "export", "--format", "markdown", article).Output()
	if err != nil {
		t.Fatalf("exporting %s as Markdown: %v", article, err)
	}
	if i := bytes.Index(md, []byte("\n## Quotes\n")); i > 0 {
		md = md[:i+1]
	}
	mdPath := filepath.Join(dir, "article.md")
	if err := os.WriteFile(mdPath, md, 0o644); err != nil {
		t.Fatal(err)
	}
	// brief opens the article for the first time (an empty cache) and
	// again (from the cache the first opening filled), with one reading
	// state that the untimed first turn creates, as a reader's would be.
	stateHome, cacheHome := t.TempDir(), t.TempDir()
	briefStart := func(cache string) (frame, firstByte time.Duration) {
		p, start := startPtyEnv(t, bin, []string{article}, 80, 24, []string{"XDG_STATE_HOME=" + stateHome, "XDG_CACHE_HOME=" + cache})
		at := p.waitFor(t, "brief's first frame", func(s string) bool {
			return strings.Contains(s, title) && strings.Contains(s, "§ 1/")
		})
		first := time.Unix(0, p.firstRead.Load())
		p.stop()
		return at.Sub(start), first.Sub(start)
	}
	var firstFrame, firstByte, againFrame, againByte, gpFirst, gpLast []time.Duration
	for turn := range turns + 1 {
		ff, fb := briefStart(t.TempDir())
		af, ab := briefStart(cacheHome)

		g, gstart := startPty(t, gp, []string{"-width", "80", mdPath}, 80, 24)
		select {
		case <-g.exited:
		case <-time.After(20 * time.Second):
			t.Fatal("glamourprint did not finish")
		}
		time.Sleep(50 * time.Millisecond) // the last output read from the terminal
		gfirst, glast := time.Unix(0, g.firstRead.Load()), time.Unix(0, g.lastRead.Load())
		if !strings.Contains(g.text(), lastWord(md)) {
			t.Fatalf("glamourprint's screen does not end with the article (%q):\n%s", lastWord(md), g.text())
		}
		g.stop()
		if turn == 0 {
			continue // loading the fresh binaries from disk
		}
		firstFrame, firstByte = append(firstFrame, ff), append(firstByte, fb)
		againFrame, againByte = append(againFrame, af), append(againByte, ab)
		gpFirst = append(gpFirst, gfirst.Sub(gstart))
		gpLast = append(gpLast, glast.Sub(gstart))
	}
	briefInit, briefAdds := initTimes(t, bin, []string{"help"}, gp)
	gpInit, _ := initTimes(t, gp, nil, gp)
	t.Logf("brief, %s at 80x24, first opening: first frame %s; first output byte %s", filepath.Base(article), stats(firstFrame), stats(firstByte))
	t.Logf("brief, the same again (from the cache): first frame %s; first output byte %s", stats(againFrame), stats(againByte))
	t.Logf("glamourprint, the same article as Markdown (%d bytes): first output byte %s; last %s", len(md), stats(gpFirst), stats(gpLast))
	t.Logf("package initialisation (inittrace, total clock per run): brief %s, of which brief's own packages and modules glamourprint does not link %s; glamourprint %s", briefInit, briefAdds, gpInit)
	for _, c := range []struct {
		name   string
		frames []time.Duration
	}{{"first opening", firstFrame}, {"opened again", againFrame}} {
		if b, g := median(c.frames), median(gpLast); b > g {
			t.Errorf("%s: brief's first frame (median %v) comes after glamourprint's whole output (median %v): %.2f times as long", c.name, b, g, float64(b)/float64(g))
		}
	}
}

// lastWord is the last word of a Markdown text, as a terminal shows it.
func lastWord(md []byte) string {
	f := strings.Fields(string(md))
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], "*_`")
}

// median is the median of durations.
func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// initTimes runs bin with args five times under GODEBUG=inittrace=1 and
// summarises the clock time of its package initialisation: all of it, and
// that of the packages of the main module and of modules the other binary
// does not link.
func initTimes(t *testing.T, bin string, args []string, other string) (all, extra string) {
	t.Helper()
	linked := map[string]bool{}
	if out, err := exec.Command("go", "version", "-m", other).Output(); err == nil {
		for _, l := range strings.Split(string(out), "\n") {
			if f := strings.Fields(l); len(f) >= 2 && f[0] == "dep" {
				linked[f[1]] = true
			}
		}
	}
	module := func(pkg string) bool { // the package is in a module other links
		for m := range linked {
			if pkg == m || strings.HasPrefix(pkg, m+"/") {
				return true
			}
		}
		return !strings.Contains(strings.SplitN(pkg, "/", 2)[0], ".") && !strings.HasPrefix(pkg, "brief")
	}
	var totals, extras []time.Duration
	for range 5 {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		_ = cmd.Run() // glamourprint with no file exits with its usage
		var total, ext time.Duration
		sc := bufio.NewScanner(&stderr)
		for sc.Scan() {
			// init PKG @T ms, C ms clock, B bytes, A allocs
			f := strings.Fields(sc.Text())
			if len(f) < 6 || f[0] != "init" {
				continue
			}
			ms, err := strconv.ParseFloat(f[4], 64)
			if err != nil {
				continue
			}
			d := time.Duration(ms * float64(time.Millisecond))
			total += d
			if !module(f[1]) {
				ext += d
			}
		}
		totals, extras = append(totals, total), append(extras, ext)
	}
	return stats(totals), stats(extras)
}
