package server

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"brief/state"
)

func authorizedLine(t *testing.T, k gossh.Signer, comment string) string {
	t.Helper()
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.PublicKey()))) + " " + comment
}

func TestParseAuthorizedKeys(t *testing.T) {
	a, b := newKey(t), newKey(t)
	tests := []struct {
		name     string
		text     string
		keys     int
		badLines []int
	}{
		{"empty", "", 0, nil},
		{"comments and blanks", "# team keys\n\n   \n# end\n", 0, nil},
		{"one key with comment", authorizedLine(t, a, "ada@laptop") + "\n", 1, nil},
		{"a key with options is refused, not let in unrestricted", `from="10.0.0.0/8",no-pty ` + authorizedLine(t, a, "x") + "\n" + authorizedLine(t, b, "b"), 1, []int{1}},
		{"bad line does not stop later keys", "not a key\n" + authorizedLine(t, a, "") + "\nssh-ed25519 AAAAbroken\n" + authorizedLine(t, b, "b"), 2, []int{1, 3}},
		{"windows line ends", authorizedLine(t, a, "a") + "\r\n" + authorizedLine(t, b, "b") + "\r\n", 2, nil},
		{"an over-long line is reported and parsing goes on", authorizedLine(t, a, "a") + "\n" + strings.Repeat("x", 2<<20) + "\n" + authorizedLine(t, b, "b") + "\n", 2, []int{2}},
		{"an over-long key line too", authorizedLine(t, a, strings.Repeat("c", MaxKeyLine)) + "\n" + authorizedLine(t, b, "b"), 1, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys, bad := ParseAuthorizedKeys([]byte(tt.text))
			if len(keys) != tt.keys {
				t.Errorf("got %d keys, want %d", len(keys), tt.keys)
			}
			var lines []int
			for _, b := range bad {
				lines = append(lines, b.Line)
			}
			if len(lines) != len(tt.badLines) {
				t.Fatalf("bad lines %v, want %v", lines, tt.badLines)
			}
			for i := range lines {
				if lines[i] != tt.badLines[i] {
					t.Errorf("bad lines %v, want %v", lines, tt.badLines)
				}
			}
		})
	}
}

func writeAuthorized(t *testing.T, env *testEnv, text string) string {
	t.Helper()
	p := filepath.Join(env.dir, "authorized_keys")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAuthorizedKeysOnly(t *testing.T) {
	env := newEnv(t)
	allowed, stranger := newKey(t), newKey(t)
	cfg := env.config()
	cfg.AuthorizedKeys = writeAuthorized(t, env, "garbage line\n"+authorizedLine(t, allowed, "ada"))
	srv := env.start(cfg, nil, nil)
	if !strings.Contains(env.logs.String(), "line 1") {
		t.Errorf("the bad line was not reported:\n%s", env.logs.String())
	}

	if out, _, status := run(t, srv.dial(t, allowed), "list"); status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("allowed key: status %d, output %q", status, out)
	}
	if c, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(gossh.PublicKeys(stranger))); err == nil {
		c.Close()
		t.Error("a key not in authorized_keys got in")
	}
	if !strings.Contains(env.logs.String(), "refused key") {
		t.Errorf("the refused key was not logged:\n%s", env.logs.String())
	}
	// --anonymous is off: keyboard-interactive does not let the stranger in either.
	ki := gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return nil, nil })
	if c, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(gossh.PublicKeys(stranger), ki)); err == nil {
		c.Close()
		t.Error("keyboard-interactive got in without --anonymous")
	}
}

func TestAuthorizedKeysWithoutUsableKey(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.AuthorizedKeys = writeAuthorized(t, env, "# nobody\nnot a key\n")
	if _, err := NewWithReader(cfg, nil, nil, newStandIn); err == nil {
		t.Error("New accepted nil dependencies")
	}
	lib, store := testLibrary(), testStore()
	if _, err := NewWithReader(cfg, lib, store, newStandIn); err == nil || !strings.Contains(err.Error(), "no usable key") {
		t.Errorf("New with no usable key = %v", err)
	}
	cfg.AuthorizedKeys = filepath.Join(env.dir, "missing")
	if _, err := NewWithReader(cfg, lib, store, newStandIn); err == nil {
		t.Error("New with a missing authorized_keys file succeeded")
	}
}

func TestAnyKeyWithoutAllowList(t *testing.T) {
	env := newEnv(t)
	srv := env.start(env.config(), nil, nil)
	for range 2 {
		if _, _, status := run(t, srv.dial(t, newKey(t)), "list"); status != 0 {
			t.Errorf("a key was refused without --authorized-keys")
		}
	}
}

func TestPasswordAndNoneRefused(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.Anonymous = true // even with anonymous readers allowed
	srv := env.start(cfg, nil, nil)
	for name, auth := range map[string][]gossh.AuthMethod{
		"password": {gossh.Password("secret")},
		"none":     nil,
	} {
		if c, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(auth...)); err == nil {
			c.Close()
			t.Errorf("%s auth got in", name)
		}
	}
}

func TestAnonymousReaders(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.Anonymous = true
	cfg.AuthorizedKeys = writeAuthorized(t, env, authorizedLine(t, newKey(t), "only"))
	store := &savesCounter{Store: testStore()}
	srv := env.start(cfg, nil, store)
	ki := gossh.KeyboardInteractive(func(_, _ string, questions []string, _ []bool) ([]string, error) {
		if len(questions) > 0 {
			t.Errorf("anonymous auth asked %q", questions)
		}
		return nil, nil
	})
	c, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(gossh.PublicKeys(newKey(t)), ki))
	if err != nil {
		t.Fatalf("anonymous reader refused: %v", err)
	}
	defer c.Close()
	tm := openTerm(t, c, 80, 24)
	tm.waitFor("LIBRARY")
	tm.keys("\r]")
	tm.waitFor("▶ It will connect us")
	tm.keys("q")
	tm.wait(5 * time.Second)
	if store.saves.Load() != 0 {
		t.Errorf("an anonymous reader saved %d readings to the shared store", store.saves.Load())
	}
	if !strings.Contains(env.logs.String(), "reader="+anonymousReader) {
		t.Errorf("anonymous session not logged as such:\n%s", env.logs.String())
	}
	if !strings.Contains(env.logs.String(), "--anonymous with --authorized-keys: the 1 listed keys get in as themselves, and any other client gets in as an anonymous reader") {
		t.Errorf("the start did not say what --anonymous with --authorized-keys lets in:\n%s", env.logs.String())
	}
}

func TestAuthorizedKeysReload(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	alice, bob := newKey(t), newKey(t)
	cfg.AuthorizedKeys = writeAuthorized(t, env, authorizedLine(t, alice, "alice"))
	srv := env.start(cfg, nil, nil)
	reading := openTerm(t, srv.dial(t, alice), 80, 24)
	reading.waitFor("LIBRARY")
	if _, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(gossh.PublicKeys(bob))); err == nil {
		t.Fatal("an unlisted key got in")
	}
	writeAuthorized(t, env, "garbage line\n"+authorizedLine(t, bob, "bob"))
	if err := srv.ReloadKeys(); err != nil {
		t.Fatal(err)
	}
	if _, _, status := run(t, srv.dial(t, bob), "list"); status != 0 {
		t.Error("bob's key not let in after the reload")
	}
	if _, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(gossh.PublicKeys(alice))); err == nil {
		t.Error("alice's key, taken out of the file, still gets in")
	}
	// Alice's open session goes on.
	reading.keys("j")
	reading.waitFor("> Harbour")
	if !strings.Contains(env.logs.String(), "skipping line 1") {
		t.Errorf("the bad line was not reported:\n%s", env.logs.String())
	}
	// A file with no usable key keeps the list in force.
	writeAuthorized(t, env, "garbage\n")
	if err := srv.ReloadKeys(); err == nil {
		t.Error("a reload to no keys was accepted")
	}
	if _, _, status := run(t, srv.dial(t, bob), "list"); status != 0 {
		t.Error("a failed reload locked bob out")
	}
}

// savesCounter counts what reaches a store.
type savesCounter struct {
	state.Store
	saves atomic.Int64
}

func (s *savesCounter) Save(reader, id string, r state.Reading) error {
	s.saves.Add(1)
	return s.Store.Save(reader, id, r)
}
