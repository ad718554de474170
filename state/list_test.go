package state

import (
	"path/filepath"
	"testing"
)

func TestReadMarksFromEveryStore(t *testing.T) {
	shared, err := OpenShared(filepath.Join(t.TempDir(), "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]Store{"memory": NewMemory(), "shared": shared} {
		for id, r := range map[string]Reading{"a": {Read: true}, "b": {Section: 2}, "c": {Read: true}} {
			if err := s.Save("ann", id, r); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.Save("bob", "b", Reading{Read: true}); err != nil {
			t.Fatal(err)
		}
		got, err := ReadMarks(s, "ann", []string{"a", "b", "c", "d"})
		if err != nil || len(got) != 2 || !got["a"] || !got["c"] {
			t.Errorf("%s: ann's read marks %v, %v; want a and c", name, got, err)
		}
		got, _ = ReadMarks(s, "bob", []string{"a", "b"})
		if len(got) != 1 || !got["b"] {
			t.Errorf("%s: bob's read marks %v; want b only", name, got)
		}
	}
}
