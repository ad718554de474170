package server

import (
	"context"
	"net"
	"testing"
	"time"

	"brief/library"
	"brief/state"
)

// A shutdown straight after Serve starts must stop it: the SSH server
// may not yet have registered the listener when Shutdown is called.
func TestShutdownRightAfterServe(t *testing.T) {
	env := newEnv(t)
	for i := range 30 {
		srv, ln := unstarted(t, env)
		done := serving(srv, ln)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("round %d: Shutdown: %v", i, err)
		}
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("round %d: Serve returned %v after shutdown", i, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("round %d: Serve still running 5 s after Shutdown", i)
		}
		if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
			t.Errorf("round %d: the listener still accepts after Shutdown", i)
		}
	}
}

// Serve after Shutdown returns at once and does not listen.
func TestServeAfterShutdown(t *testing.T) {
	srv, ln := unstarted(t, newEnv(t))
	if err := srv.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	done := serving(srv, ln)
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after Shutdown: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve after Shutdown kept serving")
	}
}

// unstarted is a server with the stand-in reader and a loopback listener
// it does not serve yet.
func unstarted(t *testing.T, env *testEnv) (*Server, net.Listener) {
	t.Helper()
	srv, err := NewWithReader(env.config(), library.FromBriefings(testBriefings()), state.NewMemory(), newStandIn)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return srv, ln
}

// serving runs srv.Serve(ln) and gives its result once it returns.
func serving(srv *Server, ln net.Listener) <-chan error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	return done
}
