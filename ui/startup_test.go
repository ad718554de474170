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

// TestStartupAgainstGlow measures brief's start-up in a pseudo-terminal
// beside glow, the Markdown reader, showing the same article: glow v2.1.1,
// built from the module proxy by the module in ui/testdata/glow, and
// ui/testdata/glamourprint, which does only glow's core (read, render with
// Glamour at the width, print), as a floor. Both open the same article
// (the seed when ../shared is there, else the embedded briefing of the same
// shape), glow and glamourprint as the Markdown brief exports of it, at
// 80x24, in turns, so that all see the same load. The terminal is a
// modern one: TERM=xterm-256color and COLORTERM=truecolor, and it answers
// the programs' queries (colours, cursor position, modes) as a terminal
// does; glow asks for the background colour and waits for the answer.
// Logged: brief's first complete frame and first output byte, opening the
// article for the first time and again (from its cache); glow's and
// glamourprint's first and last output byte; and each program's package
// initialisation (GODEBUG=inittrace=1). It fails when brief's median first
// frame comes after glow's median last byte.
// It is a measurement: BRIEF_STARTUP=1 runs it (BRIEF_STARTUP=N: N turns).
func TestStartupAgainstGlow(t *testing.T) {
	turns, _ := strconv.Atoi(os.Getenv("BRIEF_STARTUP"))
	if turns <= 0 {
		t.Skip("measurement: set BRIEF_STARTUP=1 to time brief's first screen beside glow showing the same article (BRIEF_STARTUP=N for N turns)")
	}
	if turns == 1 {
		turns = 10
	}
	dir := t.TempDir()
	bin, gp, glow := filepath.Join(dir, "brief"), filepath.Join(dir, "glamourprint"), filepath.Join(dir, "glow")
	for _, b := range []struct{ out, dir, pkg string }{
		{bin, "..", "."}, {gp, "./testdata/glamourprint", "."}, {glow, "./testdata/glow", "github.com/charmbracelet/glow/v2"},
	} {
		cmd := exec.Command("go", "build", "-o", b.out, b.pkg)
		cmd.Dir = b.dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("building %s in %s: %v\n%s", b.pkg, b.dir, err, out)
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
	modern := []string{"COLORTERM=truecolor"}
	// brief opens the article for the first time (an empty cache) and
	// again (from the cache the first opening filled), with one reading
	// state that the untimed first turn creates, as a reader's would be.
	stateHome, cacheHome := t.TempDir(), t.TempDir()
	briefStart := func(cache string) (frame, firstByte time.Duration) {
		env := append([]string{"XDG_STATE_HOME=" + stateHome, "XDG_CACHE_HOME=" + cache}, modern...)
		p, start := startPtyEnv(t, bin, []string{article}, 80, 24, env)
		at := p.waitFor(t, "brief's first frame", func(s string) bool {
			return strings.Contains(s, title) && strings.Contains(s, "§ 1/")
		})
		first := time.Unix(0, p.firstRead.Load())
		p.stop()
		return at.Sub(start), first.Sub(start)
	}
	// printer runs a program that prints the article and exits; it returns
	// its first and last output byte.
	printer := func(name, bin string, args ...string) (first, last time.Duration) {
		g, start := startPtyEnv(t, bin, args, 80, 24, append([]string{"HOME=" + dir}, modern...))
		select {
		case <-g.exited:
		case <-time.After(20 * time.Second):
			t.Fatalf("%s did not finish:\n%s", name, g.text())
		}
		time.Sleep(50 * time.Millisecond) // the last output read from the terminal
		if !strings.Contains(g.text(), lastWord(md)) {
			t.Fatalf("%s's screen does not end with the article (%q):\n%s", name, lastWord(md), g.text())
		}
		g.stop()
		return time.Unix(0, g.firstRead.Load()).Sub(start), time.Unix(0, g.lastRead.Load()).Sub(start)
	}
	var firstFrame, firstByte, againFrame, againByte, gpFirst, gpLast, glowFirst, glowLast []time.Duration
	for turn := range turns + 1 {
		ff, fb := briefStart(t.TempDir())
		af, ab := briefStart(cacheHome)
		gf, gl := printer("glow", glow, "-w", "80", mdPath)
		pf, pl := printer("glamourprint", gp, "-width", "80", mdPath)
		if turn == 0 {
			continue // loading the fresh binaries from disk
		}
		firstFrame, firstByte = append(firstFrame, ff), append(firstByte, fb)
		againFrame, againByte = append(againFrame, af), append(againByte, ab)
		glowFirst, glowLast = append(glowFirst, gf), append(glowLast, gl)
		gpFirst, gpLast = append(gpFirst, pf), append(gpLast, pl)
	}
	briefInit, briefAdds := initTimes(t, bin, []string{"help"}, glow)
	glowInit, _ := initTimes(t, glow, []string{"--version"}, glow)
	gpInit, _ := initTimes(t, gp, nil, gp)
	t.Logf("brief, %s at 80x24, first opening: first frame %s; first output byte %s", filepath.Base(article), stats(firstFrame), stats(firstByte))
	t.Logf("brief, the same again (from the cache): first frame %s; first output byte %s", stats(againFrame), stats(againByte))
	t.Logf("glow, the same article as Markdown (%d bytes): first output byte %s; last %s", len(md), stats(glowFirst), stats(glowLast))
	t.Logf("glamourprint, the same: first output byte %s; last %s", stats(gpFirst), stats(gpLast))
	t.Logf("package initialisation (inittrace, total clock per run): brief %s, of which brief's own packages and modules glow does not link %s; glow %s; glamourprint %s", briefInit, briefAdds, glowInit, gpInit)
	for _, c := range []struct {
		name   string
		frames []time.Duration
	}{{"first opening", firstFrame}, {"opened again", againFrame}} {
		if b, g := median(c.frames), median(glowLast); b > g {
			t.Errorf("%s: brief's first frame (median %v) comes after glow's whole output (median %v): %.2f times as long", c.name, b, g, float64(b)/float64(g))
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
