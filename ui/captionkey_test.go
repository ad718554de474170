package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// readerOf opens a reader on one briefing read from ui/testdata.
func readerOf(t *testing.T, name string) *model {
	t.Helper()
	b, err := briefing.ReadFile(filepath.Join("testdata", name), 0)
	if err != nil {
		t.Fatal(err)
	}
	return New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
}

// TestScreenCaptionKeyInAShortArticle opens a short article with three
// photo captions, folded into one line under the lead's heading, at 80x24
// and 60x20 (from the quotes tab there). The whole article fits the pane,
// so that line never reaches the top where z acts. c shows the captions
// with the text's first row and the captions' line where they were, and
// says so; c again folds them.
func TestScreenCaptionKeyInAShortArticle(t *testing.T) {
	captions := []string{"The morning ferry ties up", "Passengers wait on the new", "Mara Holt, the harbour master, checks"}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := readerOf(t, "shortcaptions.md")
			s := startScreen(t, m, w, h)
			txt := s.waitText("▾ Lead", "▸ 3 photo captions", "north slip on Friday")
			top := paneBody(txt, w, h)[0]
			_, fold := s.findArticle(w, h, "▸ 3 photo captions")
			for _, c := range captions {
				if strings.Contains(txt, c) {
					t.Fatalf("a folded caption is shown:\n%s", txt)
				}
			}
			if w >= mediumMin {
				s.waitFor("the footer naming c", func(txt string) bool { return strings.Contains(footerLine(txt), "c show captions") })
			} else {
				s.typeKeys("\t") // the quotes, one pane at a time
				s.waitFor("the quotes pane", func(txt string) bool { return !strings.Contains(txt, "▸ 3 photo captions") })
			}
			s.typeKeys("c")
			txt = s.waitText(append([]string{"▾ 3 photo captions", "3 photo captions shown"}, captions...)...)
			if got := paneBody(txt, w, h)[0]; got != top {
				t.Errorf("c moved the text: the first row is %q, was %q", got, top)
			}
			if _, y := s.findArticle(w, h, "▾ 3 photo captions"); y != fold {
				t.Errorf("c moved the captions' line to row %d from %d", y, fold)
			}
			s.typeKeys("c")
			txt = s.waitText("▸ 3 photo captions", "3 photo captions folded")
			for _, c := range captions {
				if strings.Contains(txt, c) {
					t.Errorf("c again left a caption shown:\n%s", txt)
				}
			}
			if got := paneBody(txt, w, h)[0]; got != top {
				t.Errorf("c again moved the text: the first row is %q, was %q", got, top)
			}
		})
	}
}

// TestScreenCaptionKeyFromFurtherDown opens an article whose lead is
// longer than the screen, with five photo captions, at 80x24, and reads
// on until their line is off the top: c opens them there, the text on
// screen not moving, and says where they are; g shows them. Then c with a
// caption at the top folds them, their line coming to the top.
func TestScreenCaptionKeyFromFurtherDown(t *testing.T) {
	w, h := 80, 24
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{captionedBriefing()})}).(*model)
	s := startScreen(t, m, w, h)
	s.waitText("▸ 5 photo captions")
	s.typeKeys("jjjj")
	s.waitFor("the captions' line off the top", func(txt string) bool {
		return !strings.Contains(txt, "photo captions") && strings.Contains(txt, "night 1 ")
	})
	before := strings.Join(paneBody(s.settle(), w, h), "\n") // after the last j
	s.typeKeys("c")
	txt := s.waitText("5 photo captions shown at the head of the lead")
	if got := strings.Join(paneBody(txt, w, h), "\n"); got != before {
		t.Errorf("c moved the text:\n%s\nwas\n%s", got, before)
	}
	s.typeKeys("g")
	s.waitText("▾ 5 photo captions", "pilots' boat leaves")
	s.typeKeys("jj") // the first caption's first line at the top
	s.waitFor("a caption at the top", func(txt string) bool {
		return strings.Contains(paneBody(txt, w, h)[0], "pilots' boat leaves")
	})
	s.typeKeys("c")
	txt = s.waitText("▸ 5 photo captions", "5 photo captions folded")
	if got := paneBody(txt, w, h)[0]; !strings.Contains(got, "▸ 5 photo captions") {
		t.Errorf("folding the captions from one of them left %q at the top, not their line", got)
	}
	if strings.Contains(txt, "pilots' boat") {
		t.Errorf("c left the captions shown:\n%s", txt)
	}
}

// TestScreenCaptionKeyWithNothingToOpen presses c in an article with no
// photo captions and in one with two, which are never folded: the status
// line says so and the text does not change.
func TestScreenCaptionKeyWithNothingToOpen(t *testing.T) {
	w, h := 80, 24
	for _, tc := range []struct {
		m      func(*testing.T) *model
		wait   string
		status string
	}{
		{func(t *testing.T) *model { return readerOf(t, "captions.md") }, "The first crane arrives", "2 photo captions, always shown"},
		{func(t *testing.T) *model {
			b := &briefing.Briefing{Name: "plain.txt", Title: "No photos", Sections: []briefing.Section{{Paragraphs: []string{"Only words here."}}}}
			return New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
		}, "Only words here.", "no photo captions"},
	} {
		t.Run(tc.status, func(t *testing.T) {
			s := startScreen(t, tc.m(t), w, h)
			before := strings.Join(paneBody(s.waitText(tc.wait), w, h), "\n")
			s.typeKeys("c")
			txt := s.waitFor("the status line", func(txt string) bool { return strings.HasPrefix(footerLine(txt), tc.status) })
			if got := strings.Join(paneBody(txt, w, h), "\n"); got != before {
				t.Errorf("c changed the text:\n%s\nwas\n%s", got, before)
			}
		})
	}
}
