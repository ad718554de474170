package ui

import (
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

func TestScreenLinksListCopiesOverSSH(t *testing.T) {
	b, err := briefing.Import("links.md", []byte("# Cables and maps\n\nSee [the report](https://example.org/report) and, for the routes, [the map](https://example.org/map).\n\nMore text follows here.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Links) != 2 {
		t.Fatalf("%d links imported, want 2", len(b.Links))
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}, {40, 12}} {
		m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
		s := startScreen(t, m, size[0], size[1])
		s.waitText("Cables and maps")
		s.typeKeys("L")
		txt := s.waitText("Links", "1/2", "the report", "→ https://example.org/report", "the map")
		if strings.Index(txt, "the report") > strings.Index(txt, "the map") {
			t.Errorf("%v: links out of the text's order:\n%s", size, txt)
		}
		s.typeKeys("j\r")
		s.waitText("2/2", "copied https://example.org/map")
		s.typeKeys("\x1b")
		s.waitText("§ 1/")
		s.stop()
	}
}

func TestOnlyWebAndMailTargetsAreOpened(t *testing.T) {
	for target, want := range map[string]bool{
		"https://example.org/a": true, "http://x.y": true, "mailto:a@b.c": true,
		"file:///etc/passwd": false, "javascript:alert(1)": false, "../notes.md": false, "https://a b": false,
	} {
		if got := openable(target); got != want {
			t.Errorf("openable(%q) = %v, want %v", target, got, want)
		}
	}
}
