package state

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestSharedStoresUseOneFile stands for a local reader and the SSH server of
// one user: two stores on one file, each seeing what the other saved, both
// working at the same time, neither shutting the other out.
func TestSharedStoresUseOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	local, err := OpenShared(path)
	if err != nil {
		t.Fatal(err)
	}
	server, err := OpenShared(path)
	if err != nil {
		t.Fatalf("a second store on the same file: %v", err)
	}
	if err := local.Save("local", "a.txt", Reading{Section: 2, Paragraph: 3, Quote: 1}); err != nil {
		t.Fatal(err)
	}
	if err := server.Save("SHA256:abc", "a.txt", Reading{Section: 4, Quote: -1}); err != nil {
		t.Fatal(err)
	}
	if r, ok, err := server.Load("local", "a.txt"); err != nil || !ok || r.Paragraph != 3 {
		t.Errorf("server sees local's reading as %+v, %v, %v", r, ok, err)
	}
	if r, ok, err := local.Load("SHA256:abc", "a.txt"); err != nil || !ok || r.Section != 4 {
		t.Errorf("local sees the server reader's reading as %+v, %v, %v", r, ok, err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := []*Shared{local, server}[i%2]
			for j := range 10 {
				if err := s.Save("r", "b", Reading{Paragraph: j}); err != nil {
					t.Error(err)
					return
				}
				if _, _, err := s.Load("r", "b"); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestOpeningAStoreWritesNothing: a reader starting on a store laid out
// before leaves its file as it was (no transaction, so no wait for the
// disk before the first screen), and still finds what was saved in it.
func TestOpeningAStoreWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	s, err := OpenShared(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save("local", "a.txt", Reading{Section: 1, Paragraph: 2, Quote: -1}); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	again, err := OpenShared(path)
	if err != nil {
		t.Fatal(err)
	}
	if after, err := os.ReadFile(path); err != nil || !bytes.Equal(before, after) {
		t.Errorf("opening the store again changed its file (%d bytes before, %d after, %v)", len(before), len(after), err)
	}
	if r, ok, err := again.Load("local", "a.txt"); err != nil || !ok || r.Paragraph != 2 {
		t.Errorf("the reading saved before is %+v, %v, %v", r, ok, err)
	}
}

func TestOpenSharedReplacesACorruptFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	if err := os.WriteFile(path, []byte("not a database, just some garbage bytes of no use"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := OpenShared(path)
	if err != nil {
		t.Fatalf("a corrupt file stopped the store: %v", err)
	}
	if err := s.Save("local", "a.txt", Reading{Section: 1}); err != nil {
		t.Error(err)
	}
	aside, _ := filepath.Glob(path + ".damaged-*")
	if len(aside) != 1 {
		t.Errorf("the corrupt file was not moved aside: %q", aside)
	}
}
