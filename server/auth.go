package server

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// anonymousReader is the identity of readers who came in through
// keyboard-interactive auth with --anonymous; they get a memory store.
const anonymousReader = "anonymous"

// BadKeyLine is a line of an authorized_keys file that could not be read.
type BadKeyLine struct {
	Line int
	Err  error
}

// String says which line was bad and why.
func (b BadKeyLine) String() string { return fmt.Sprintf("line %d: %v", b.Line, b.Err) }

// ParseAuthorizedKeys reads public keys in OpenSSH authorized_keys format,
// one a line. Blank lines and # comments are skipped; lines that do not
// parse are returned in bad and do not stop the others. A line with key
// options (from=, command=, restrict, cert-authority ...) is refused and
// reported too: brief cannot enforce them, and letting such a key in
// without its restrictions would widen what the file allows.
func ParseAuthorizedKeys(data []byte) (keys []gossh.PublicKey, bad []BadKeyLine) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, _, options, _, err := gossh.ParseAuthorizedKey([]byte(line))
		if err != nil {
			bad = append(bad, BadKeyLine{Line: n, Err: err})
			continue
		}
		if len(options) > 0 {
			bad = append(bad, BadKeyLine{Line: n, Err: fmt.Errorf("key options (%s) are not supported; the key is left out", strings.Join(options, ","))})
			continue
		}
		keys = append(keys, k)
	}
	return keys, bad
}

// keySet is the allow-list from --authorized-keys.
type keySet map[string]bool

// loadAuthorizedKeys reads the allow-list at path, reporting bad lines
// through warn. A file without a single usable key is an error: it would
// lock everyone out.
func loadAuthorizedKeys(path string, warn func(string)) (keySet, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading authorized keys: %w", err)
	}
	keys, bad := ParseAuthorizedKeys(data)
	for _, b := range bad {
		warn(fmt.Sprintf("authorized keys %s: skipping %s", path, b))
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s holds no usable key", path)
	}
	set := keySet{}
	for _, k := range keys {
		set[string(k.Marshal())] = true
	}
	return set, nil
}

// publicKeyHandler decides who gets in with a key: with an allow-list
// only its keys, without one any key.
func (s *Server) publicKeyHandler(_ ssh.Context, key ssh.PublicKey) bool {
	if s.allowed == nil {
		return true
	}
	if s.allowed[string(key.Marshal())] {
		return true
	}
	s.log.Info("refused key", "fingerprint", gossh.FingerprintSHA256(key))
	return false
}

// keyboardInteractiveHandler lets anonymous readers in, without prompts,
// only when the server was started with --anonymous. It is installed only
// then; it still checks, so that a wrong wiring fails closed.
func (s *Server) keyboardInteractiveHandler(_ ssh.Context, _ gossh.KeyboardInteractiveChallenge) bool {
	return s.cfg.Anonymous
}

// readerID is the identity a session's reading state lives under: the
// SHA256 fingerprint of the key it authenticated with, or anonymousReader.
func readerID(sess ssh.Session) string {
	if k := sess.PublicKey(); k != nil {
		return gossh.FingerprintSHA256(k)
	}
	return anonymousReader
}
