//go:build unix

package server

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"brief/library"
)

func TestLibraryDirWithFIFO(t *testing.T) {
	env := newEnv(t)
	dir, write := libraryDir(t, env)
	write("a.txt", "Harbour Reopens\n\nThe harbour reopened on Monday after the storm.\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "b.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	write("c.txt", "Council Votes\n\nThe council voted on Monday.\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := time.Now()
	lib, err := library.Watch(ctx, dir, 0, func(f string, a ...any) { safeLog{env.config().Logger}.Warn(fmt.Sprintf(f, a...)) })
	if err != nil {
		t.Fatal(err)
	}
	srv := env.start(env.config(), lib, nil)
	c := srv.dial(t, newKey(t))
	out, _, status := run(t, c, "list")
	t.Logf("list with a FIFO in the folder after %v:\n%s", time.Since(start).Round(time.Millisecond), out)
	if status != 0 || !strings.Contains(out, "a.txt") || !strings.Contains(out, "c.txt") || time.Since(start) > 3*time.Second {
		t.Fatalf("list: status %d after %v:\n%s", status, time.Since(start), out)
	}
	waitFor(t, 5*time.Second, "the FIFO to be logged", func() bool { return strings.Contains(env.logs.String(), "named pipe") })
	write("d.txt", "Bridge Opens\n\nThe bridge opened on Tuesday.\n")
	waitFor(t, 5*time.Second, "a later file to be seen", func() bool {
		out, _, _ := run(t, c, "list")
		return strings.Contains(out, "d.txt")
	})
}
