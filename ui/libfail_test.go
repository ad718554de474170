package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/library"
)

// TestScreenLibraryEnterOnAFailedEntrySaysWhy opens a folder of one good
// article, an empty file and a file of binary bytes, as `brief DIR` imports
// them, and presses enter on each failed entry at 80x24 and 60x20: the
// footer names the file and says why it cannot be opened, in one line, and
// the library stays. Enter on a failed entry did nothing at all.
func TestScreenLibraryEnterOnAFailedEntrySaysWhy(t *testing.T) {
	lib := failedFolder(t)
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: lib}).(*model)
			s := startScreen(t, m, w, h)
			txt := s.waitText("Could not be read", "empty.txt", "noise.bin")
			failed := []struct{ name, why string }{
				{"empty.txt", "empty file"},
				{"noise.bin", "binary file"},
			}
			if strings.Index(txt, "noise.bin") < strings.Index(txt, "empty.txt") {
				failed[0], failed[1] = failed[1], failed[0]
			}
			for i, want := range failed {
				s.typeKeys("j")
				s.waitFor("the failed entry selected", func(txt string) bool {
					return selectedRowHas(txt, want.name)
				})
				s.typeKeys("\r")
				txt := s.waitFor("a line saying why "+want.name+" cannot be opened", func(txt string) bool {
					f := footerLine(txt)
					return strings.Contains(f, want.name) && strings.Contains(f, want.why)
				})
				if !strings.Contains(txt, "Could not be read") || !strings.Contains(txt, "Library") {
					t.Errorf("entry %d: enter left the library:\n%s", i, txt)
				}
				// The next key clears the line and the list goes on.
				if i == 0 {
					continue
				}
				s.typeKeys("k")
				s.waitFor("the line cleared", func(txt string) bool {
					return !strings.Contains(footerLine(txt), want.why)
				})
			}
		})
	}
}

// selectedRowHas reports whether the library's selected entry (its rows
// marked ▌) names sub.
func selectedRowHas(txt, sub string) bool {
	for _, l := range strings.Split(txt, "\n") {
		if strings.HasPrefix(l, "▌") && strings.Contains(l, sub) {
			return true
		}
	}
	return false
}

// failedFolder is a library of a folder holding a briefing, an empty file
// and a binary one, the two that fail to import after it.
func failedFolder(t *testing.T) *library.Library {
	t.Helper()
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("..", "content", "briefings", "undersea-cables.md"))
	if err != nil {
		t.Fatal(err)
	}
	files := []struct {
		name string
		data []byte
	}{
		{"good.md", good},
		{"empty.txt", nil},
		{"noise.bin", []byte{0x00, 0x01, 0xff, 0xfe, 0x00, 0x13, 0x37, 0x00, 0x89, 'P', 'N', 'G', 0x00, 0x00}},
	}
	lib := library.New()
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		lib.Put(library.ImportFile(path, 0, nil))
	}
	lib.Finish()
	return lib
}
