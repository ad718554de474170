package server

import (
	"os"
	"testing"
)

// TestMain keeps the tests' import cache out of the home directory.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "brief-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
