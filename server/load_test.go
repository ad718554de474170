package server

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"brief/content"
	"brief/library"
)

// The load test runs the server in a child process (this test binary,
// re-run with BRIEF_LOAD_SERVER=1) so that its memory is measured apart
// from the 200 clients. Run it with:
//
//	BRIEF_LOAD=1 go test ./server -run TestLoad -v
const (
	loadSessions = 200
	loadDeadline = 90 * time.Second
	settleWait   = 75 * time.Second
	loadMarker   = "Library" // on the first frame: the library list
)

// TestLoadServerProcess is the child: it serves on a free loopback port,
// prints "addr ADDR" and "hostkey PATH", then answers each "stats" line on
// stdin with the heap, goroutines and RSS after a GC.
func TestLoadServerProcess(t *testing.T) {
	if os.Getenv("BRIEF_LOAD_SERVER") != "1" {
		t.Skip("the load test's server process; run BRIEF_LOAD=1 go test -run TestLoad")
	}
	env := newEnv(t)
	cfg := env.config()
	cfg.MaxSessions, cfg.MaxPerAddress = 10*loadSessions, 10*loadSessions
	cfg.HandshakeTimeout = 60 * time.Second
	bs, err := content.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	srv := env.startWith(cfg, library.FromBriefings(bs), nil, nil)
	keyPath, _ := DefaultHostKeyPath()
	fmt.Printf("addr %s\nhostkey %s\n", srv.addr, keyPath+".pub")
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		if sc.Text() != "stats" {
			break
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Printf("stats %d %d %d %d\n", ms.HeapAlloc, runtime.NumGoroutine(), rssBytes(), srv.Sessions())
	}
}

// rssBytes is this process's resident set size, from procfs (0 elsewhere).
func rssBytes() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}

type serverStats struct {
	heap, rss        int64
	goroutines, open int
}

// loadServer is the child process seen from the test.
type loadServer struct {
	cmd     *exec.Cmd
	in      io.WriteCloser
	out     *bufio.Scanner
	addr    string
	hostKey gossh.PublicKey
}

func startLoadServer(t *testing.T) *loadServer {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadServerProcess$")
	cmd.Env = append(os.Environ(), "BRIEF_LOAD_SERVER=1", "HOME="+dir)
	cmd.Stderr = io.Discard
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &loadServer{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	t.Cleanup(func() { in.Close(); cmd.Process.Kill(); cmd.Wait() })
	for s.addr == "" || s.hostKey == nil {
		if !s.out.Scan() {
			t.Fatal("load server ended before it listened")
		}
		f := strings.Fields(s.out.Text())
		switch {
		case len(f) == 2 && f[0] == "addr":
			s.addr = f[1]
		case len(f) == 2 && f[0] == "hostkey":
			pub, err := os.ReadFile(f[1])
			if err != nil {
				t.Fatal(err)
			}
			if s.hostKey, _, _, _, err = gossh.ParseAuthorizedKey(pub); err != nil {
				t.Fatal(err)
			}
		}
	}
	return s
}

func (s *loadServer) stats(t *testing.T) serverStats {
	t.Helper()
	fmt.Fprintln(s.in, "stats")
	for s.out.Scan() {
		var st serverStats
		if n, _ := fmt.Sscanf(s.out.Text(), "stats %d %d %d %d", &st.heap, &st.goroutines, &st.rss, &st.open); n == 4 {
			return st
		}
	}
	t.Fatal("load server stopped answering")
	return serverStats{}
}

// loadClient is one scripted reader: it measures the time from dial to
// the first frame, then scrolls.
type loadClient struct {
	conn  *gossh.Client
	sess  *gossh.Session
	stdin io.WriteCloser
	out   *watchedOutput
}

// watchedOutput collects a session's output and signals when a text
// shows up in it.
type watchedOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
	n   int // bytes so far
	ch  chan struct{}
}

func (w *watchedOutput) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	w.n += len(p)
	if w.buf.Len() > 1<<16 {
		w.buf.Next(w.buf.Len() - 1<<12) // keep only the tail
	}
	select {
	case w.ch <- struct{}{}:
	default:
	}
	return len(p), nil
}

// waitFor blocks until cond holds for the output so far.
func (w *watchedOutput) waitFor(ctx context.Context, cond func(out string, n int) bool) error {
	for {
		w.mu.Lock()
		ok := cond(w.buf.String(), w.n)
		w.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-w.ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func dialLoad(ctx context.Context, s *loadServer, key gossh.Signer) (*loadClient, time.Duration, error) {
	start := time.Now()
	cfg := &gossh.ClientConfig{User: "load", Auth: []gossh.AuthMethod{gossh.PublicKeys(key)}, HostKeyCallback: gossh.FixedHostKey(s.hostKey), Timeout: loadDeadline}
	conn, err := gossh.Dial("tcp", s.addr, cfg)
	if err != nil {
		return nil, 0, err
	}
	c := &loadClient{conn: conn, out: &watchedOutput{ch: make(chan struct{}, 1)}}
	if c.sess, err = conn.NewSession(); err != nil {
		conn.Close()
		return nil, 0, err
	}
	c.sess.Stdout = c.out
	if c.stdin, err = c.sess.StdinPipe(); err != nil {
		conn.Close()
		return nil, 0, err
	}
	if err := c.sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		conn.Close()
		return nil, 0, err
	}
	if err := c.sess.Shell(); err != nil {
		conn.Close()
		return nil, 0, err
	}
	if err := c.out.waitFor(ctx, func(out string, _ int) bool { return strings.Contains(out, loadMarker) }); err != nil {
		conn.Close()
		return nil, 0, fmt.Errorf("no first frame: %w", err)
	}
	return c, time.Since(start), nil
}

// scroll opens the first briefing and moves down, waiting for the screen
// to change each time.
func (c *loadClient) scroll(ctx context.Context) error {
	for _, k := range []string{"\r", "j", "j"} {
		c.out.mu.Lock()
		before := c.out.n
		c.out.mu.Unlock()
		if _, err := io.WriteString(c.stdin, k); err != nil {
			return err
		}
		if err := c.out.waitFor(ctx, func(_ string, n int) bool { return n > before }); err != nil {
			return fmt.Errorf("no frame after %q: %w", k, err)
		}
	}
	return nil
}

func (c *loadClient) quit() {
	io.WriteString(c.stdin, "q")
	done := make(chan struct{})
	go func() { c.sess.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
	}
	c.conn.Close()
}

func TestLoad(t *testing.T) {
	if os.Getenv("BRIEF_LOAD") != "1" {
		t.Skip("load test: set BRIEF_LOAD=1 to run it (200 sessions on loopback, about a minute)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), loadDeadline)
	defer cancel()
	srv := startLoadServer(t)
	key := newKey(t)

	// Warm up (first render, code paths), then measure one session alone.
	for range 2 {
		c, _, err := dialLoad(ctx, srv, key)
		if err != nil {
			t.Fatal(err)
		}
		c.quit()
	}
	var singles []time.Duration
	for range 5 {
		c, d, err := dialLoad(ctx, srv, key)
		if err != nil {
			t.Fatal(err)
		}
		singles = append(singles, d)
		c.quit()
	}
	slices.Sort(singles)
	time.Sleep(200 * time.Millisecond)
	base := srv.stats(t)

	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		ttf     []time.Duration
		clients []*loadClient
		errs    []error
	)
	release := make(chan struct{})
	for range loadSessions {
		wg.Go(func() {
			<-release
			c, d, err := dialLoad(ctx, srv, key)
			if err == nil {
				err = c.scroll(ctx)
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
				if c != nil {
					c.conn.Close()
				}
				return
			}
			ttf = append(ttf, d)
			clients = append(clients, c)
		})
	}
	start := time.Now()
	close(release)
	wg.Wait()
	all := time.Since(start)
	if len(errs) > 0 {
		t.Errorf("%d of %d sessions failed; first: %v", len(errs), loadSessions, errs[0])
	}
	loaded := srv.stats(t)
	for _, c := range clients {
		wg.Go(c.quit)
	}
	wg.Wait()
	// Reader commands still waiting on a timer (the library recheck) end
	// on their own; give them up to settleWait.
	var after serverStats
	left := time.Now()
	for time.Since(left) < settleWait {
		time.Sleep(250 * time.Millisecond)
		if after = srv.stats(t); after.goroutines <= base.goroutines && after.open == 0 {
			break
		}
	}
	settled := time.Since(left)

	slices.Sort(ttf)
	n := len(ttf)
	if n == 0 {
		t.Fatal("no session reached its first frame")
	}
	perHeap := float64(loaded.heap-base.heap) / float64(n) / (1 << 20)
	perRSS := float64(loaded.rss-base.rss) / float64(n) / (1 << 20)
	t.Logf("single session, dial to first frame: median %v (of %d: %v)", singles[len(singles)/2], len(singles), singles)
	t.Logf("%d sessions at once: %d served in %v; first frame median %v, p95 %v, max %v",
		loadSessions, n, all.Round(time.Millisecond), ttf[n/2].Round(time.Millisecond), ttf[n*95/100].Round(time.Millisecond), ttf[n-1].Round(time.Millisecond))
	t.Logf("server with %d open: live heap %.1f MB (%.2f MB/session), RSS %.1f MB (%.2f MB/session over %.1f MB)",
		loaded.open, float64(loaded.heap)/(1<<20), perHeap, float64(loaded.rss)/(1<<20), perRSS, float64(base.rss)/(1<<20))
	t.Logf("goroutines: %d before, %d with all open, %d after all left (%v after the last quit)", base.goroutines, loaded.goroutines, after.goroutines, settled.Round(time.Millisecond))

	if n != loadSessions {
		t.Errorf("served %d of %d sessions", n, loadSessions)
	}
	if med := singles[len(singles)/2]; med > 50*time.Millisecond {
		t.Errorf("single session first frame %v, target under 50ms", med)
	}
	if perHeap > 4 {
		t.Errorf("%.2f MB heap per session, target under 4 MB", perHeap)
	}
	if after.goroutines > base.goroutines || after.open != 0 {
		t.Errorf("after all left: %d goroutines (started with %d), %d sessions open", after.goroutines, base.goroutines, after.open)
	}
}
