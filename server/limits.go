package server

import (
	"net"
	"sync"

	"charm.land/ssh"
)

// addrLimiter caps concurrent connections per remote IP address, before
// the SSH handshake spends any CPU on them.
type addrLimiter struct {
	max    int
	mu     sync.Mutex
	counts map[string]int
}

// newAddrLimiter allows max connections per address (0: no cap).
func newAddrLimiter(max int) *addrLimiter {
	return &addrLimiter{max: max, counts: map[string]int{}}
}

// connCallback is the ssh.ConnCallback: it returns nil (closing the
// connection) when the address already has max connections open.
func (a *addrLimiter) connCallback(log func(addr string)) ssh.ConnCallback {
	return func(_ ssh.Context, conn net.Conn) net.Conn {
		host := hostOf(conn.RemoteAddr())
		a.mu.Lock()
		if a.max > 0 && a.counts[host] >= a.max {
			a.mu.Unlock()
			log(host)
			return nil
		}
		a.counts[host]++
		a.mu.Unlock()
		return &countedConn{Conn: conn, release: func() { a.release(host) }}
	}
}

// release gives back one of host's slots.
func (a *addrLimiter) release(host string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.counts[host]--; a.counts[host] <= 0 {
		delete(a.counts, host)
	}
}

// open returns the number of connections open from host.
func (a *addrLimiter) open(host string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.counts[host]
}

// countedConn gives its slot back the first time it is closed.
type countedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

// Close closes the connection and frees its slot once.
func (c *countedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}

// hostOf is the IP address part of a remote address.
func hostOf(a net.Addr) string {
	if a == nil {
		return "unknown"
	}
	if tcp, ok := a.(*net.TCPAddr); ok {
		return tcp.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}
