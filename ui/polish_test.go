package ui

import (
	"image/color"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/briefing"
	"brief/library"
	"brief/state"
)

// manyVoices is a library of two briefings: one quoting ten people, the
// even ones (Ana Ruiz, Carla Mendes, ...) with a role, the earlier ones
// more often (Ana Ruiz ten times, Jo Kim once), and one quoting nobody.
func manyVoices() []*briefing.Briefing {
	var quotes []briefing.Quote
	for i, n := range voices {
		role := ""
		if i%2 == 0 {
			role = "minister of " + strings.Fields(n)[1]
		}
		for k := range len(voices) - i {
			quotes = append(quotes, briefing.Quote{Speaker: n, Role: role, Text: "words of " + n + ", number " + itoa(k+1)})
		}
	}
	return []*briefing.Briefing{{Name: "voices", Title: "Many voices", Quotes: quotes}, {Name: "quiet", Title: "Quiet"}}
}

// voices are the people quoted in manyVoices, most quoted first.
var voices = []string{"Ana Ruiz", "Bo Li", "Carla Mendes", "Dan Okoro", "Eva Nowak", "Femi Bello", "Gus Hart", "Hana Sato", "Ivo Petrov", "Jo Kim"}

// TestScreenPeopleKeepTheSelectionInViewOnResize goes to the last person
// of the people index, and to the last quote of the most quoted one, at
// 80x24, then makes the terminal 80x10: the selection is still on screen.
// The list kept its old top, and the selection went off the bottom.
func TestScreenPeopleKeepTheSelectionInViewOnResize(t *testing.T) {
	m := New(Options{Library: library.FromBriefings(manyVoices())}).(*model)
	s := startScreen(t, m, 80, 24)
	s.waitText("Library")
	s.typeKeys("PG")
	s.waitFor("Jo Kim selected", func(txt string) bool { return selectedRowHas(txt, "Jo Kim") })
	s.resize(80, 10)
	s.waitFor("Jo Kim still selected on screen", func(txt string) bool {
		return strings.Count(txt, "\n") == 9 && selectedRowHas(txt, "Jo Kim")
	})
	s.resize(80, 24)
	s.typeKeys("g\rG")
	s.waitFor("Ana Ruiz's last quote selected", func(txt string) bool { return selectedRowHas(txt, "number 10") })
	s.resize(80, 10)
	s.waitFor("her last quote still selected on screen", func(txt string) bool {
		return strings.Count(txt, "\n") == 9 && selectedRowHas(txt, "number 10")
	})
}

// TestScreenPeopleWithoutARoleTakeOneRow opens the people index of a
// library where every other person is quoted without a role, at 80x24 and
// 60x12: a person without a role takes one row, their name, with the next
// person straight under it (no blank row left for a role), and going to the
// last person with G still shows them selected.
func TestScreenPeopleWithoutARoleTakeOneRow(t *testing.T) {
	names := voices
	bs := manyVoices()
	for _, size := range [][2]int{{80, 24}, {60, 12}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings(bs)}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("Library")
			s.typeKeys("P")
			txt := s.waitText("People", "10 people")
			rows := strings.Split(txt, "\n")
			for i, n := range names {
				y := -1
				for r, row := range rows {
					if strings.Contains(row, n) {
						y = r
					}
				}
				if y < 0 || y+1 >= len(rows)-1 {
					continue // off screen, or the last row above the footer
				}
				under := strings.TrimSpace(strings.TrimPrefix(rows[y+1], "▌"))
				if i%2 == 1 && i+1 < len(names) && !strings.Contains(under, names[i+1]) {
					t.Errorf("%s has no role, yet the row under them is %q, not %s:\n%s", n, under, names[i+1], txt)
				}
				if i%2 == 0 && !strings.Contains(under, "minister of") {
					t.Errorf("%s's role is not under their name (%q):\n%s", n, under, txt)
				}
			}
			s.typeKeys("G")
			s.waitFor("the last person selected and in view", func(txt string) bool {
				return selectedRowHas(txt, "Jo Kim")
			})
			s.typeKeys("g")
			s.waitFor("the first person selected and in view", func(txt string) bool {
				return selectedRowHas(txt, "Ana Ruiz") && selectedRowHas(txt, "minister of Ruiz")
			})
		})
	}
}

// TestScreenLibraryFooterOffersWhatEnterDoes opens a folder of one good
// article, an empty file and a file of binary bytes at 80x24 and 60x20: the
// footer offers "enter open" on the briefing but not on a file that failed
// to import (enter only repeats the error its row shows), nor when a filter
// matches nothing; while a filter is typed it offers what enter and esc do
// there and ctrl+c, not q, ? or P, which go into the filter as letters.
func TestScreenLibraryFooterOffersWhatEnterDoes(t *testing.T) {
	lib := failedFolder(t)
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: lib}).(*model)
			s := startScreen(t, m, w, h)
			txt := s.waitText("Could not be read", "empty.txt", "noise.bin")
			if f := footerLine(txt); !strings.Contains(f, "enter open") {
				t.Errorf("on the briefing the footer does not offer enter: %q", f)
			}
			seen := ""
			for range 2 {
				s.typeKeys("j")
				var name string
				txt := s.waitFor("the next failed file selected", func(txt string) bool {
					for _, n := range []string{"noise.bin", "empty.txt"} {
						if n != seen && selectedRowHas(txt, "✗ "+n) {
							name = n
							return true
						}
					}
					return false
				})
				seen = name
				if f := footerLine(s.settle()); strings.Contains(f, "enter") || !strings.HasSuffix(f, "? help · q quit") {
					t.Errorf("on %s, which cannot be opened, the footer is %q:\n%s", name, f, txt)
				}
			}
			s.typeKeys("/xyz")
			txt = s.waitText("Nothing matches")
			if f := footerLine(txt); strings.Contains(f, "q quit") || strings.Contains(f, "P people") || !strings.Contains(f, "esc clear") || !strings.Contains(f, "ctrl+c quit") {
				t.Errorf("while a filter is typed the footer is %q", f)
			}
			s.typeKeys("\r")
			txt = s.waitFor("the filter kept", func(txt string) bool { return strings.Contains(footerLine(txt), "q quit") })
			if f := footerLine(txt); strings.Contains(f, "enter") || !strings.Contains(f, "esc clear filter") {
				t.Errorf("with a filter that matches nothing the footer is %q", f)
			}
		})
	}
}

// TestScreenCtrlZSuspendsOnlyOnTheReadersMachine presses ctrl+z in the
// reader and in the library's filter, run on the reader's machine and as
// the SSH server runs it: locally it asks Bubble Tea to suspend (caught
// here before it stops the test), with the reading state saved first, and
// the reader answers keys again once resumed; served, nothing is asked,
// nothing changes on screen, and the help does not list the key.
func TestScreenCtrlZSuspendsOnlyOnTheReadersMachine(t *testing.T) {
	for _, local := range []bool{true, false} {
		name := map[bool]string{true: "local", false: "served"}[local]
		t.Run(name, func(t *testing.T) {
			suspends := make(chan struct{}, 4)
			catch := tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
				if _, ok := msg.(tea.SuspendMsg); ok {
					suspends <- struct{}{}
					return nil
				}
				return msg
			})
			store := state.NewMemory()
			m := cyberModel(t, store)
			m.opts.Local = local
			entries, _ := m.opts.Library.Snapshot()
			reader, id := m.opts.Reader, entries[0].ID
			s := startScreenOn(t, m, 80, 24, color.Black, catch)
			s.waitText("§ 1/")
			s.typeKeys("}")
			s.waitText("§ 2/")
			before := s.settle()
			s.typeKeys("\x1a")
			if local {
				select {
				case <-suspends:
				case <-time.After(5 * time.Second):
					t.Fatal("ctrl+z did not suspend the reader")
				}
				if r, ok, _ := store.Load(reader, id); !ok || r.Section != 1 {
					t.Errorf("the place was not saved before suspending: %+v", r)
				}
				s.prog.Send(tea.ResumeMsg{})
				s.typeKeys("}")
				s.waitText("§ 3/")
			} else {
				if txt := s.settle(); txt != before {
					t.Errorf("ctrl+z over SSH changed the screen:\n%s", txt)
				}
				select {
				case <-suspends:
					t.Error("ctrl+z over SSH asked to suspend")
				default:
				}
			}
			s.typeKeys("?")
			help := scrollAll(s)
			if strings.Contains(help, "ctrl+z") != local {
				t.Errorf("%s, the help lists ctrl+z: %v\n%s", name, !local, help)
			}
		})
	}
}

// TestScreenFirstPageDownIsAWholePage pages down the cyber briefing from
// its top at sizes where the page ends on the blank line between two
// paragraphs, then pages up and down again: the first page down shows what
// the second does. The first stopped a line short, on the paragraph's last
// line, when the page's text was rendered as it came into view.
func TestScreenFirstPageDownIsAWholePage(t *testing.T) {
	for _, size := range [][2]int{{80, 23}, {80, 24}, {100, 18}, {60, 29}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			down := func() []string {
				s.typeKeys("f")
				s.waitFor("a page down", func(txt string) bool { return !strings.Contains(footerLine(txt), " 0%") })
				return paneBody(s.settle(), w, h)
			}
			first := down()
			s.typeKeys("b")
			s.waitFor("the top again", func(txt string) bool { return strings.Contains(footerLine(txt), " 0%") })
			if again := down(); strings.Join(first, "\n") != strings.Join(again, "\n") {
				t.Errorf("the first page down showed\n%s\nthe next one from the top\n%s", strings.Join(first, "\n"), strings.Join(again, "\n"))
			}
		})
	}
}

// TestScreenPhotoCaptionsStandApart opens a Markdown article with two
// photos and their captions one after the other, at 80x24 and 60x20, and
// the same with a third caption, opened from its folded line with z: a
// blank row stands between one caption's last line and the next one's
// first, as in the printed text. They ran together as one paragraph.
func TestScreenPhotoCaptionsStandApart(t *testing.T) {
	texts := []string{"The first crane arrives", "Workers unload steel piles", "Divers inspect the old pier"}
	for _, n := range []int{2, 3} {
		for _, size := range [][2]int{{80, 24}, {60, 20}} {
			w, h := size[0], size[1]
			t.Run(itoa(n)+"/"+itoa(w)+"x"+itoa(h), func(t *testing.T) {
				b, err := briefing.ReadFile(filepath.Join("testdata", "captions.md"), 0)
				if err != nil {
					t.Fatal(err)
				}
				if len(b.Captions) != 2 {
					t.Fatalf("the fixture has %d captions, want 2", len(b.Captions))
				}
				if n == 3 {
					b.Captions = append(b.Captions, briefing.Caption{Text: texts[2] + " before the piles go in.", Credit: "Ana Reyes"})
				}
				m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
				s := startScreen(t, m, w, h)
				txt := s.waitText("▾ Lead")
				if n == 3 {
					s.waitText("▸ 3 photo captions")
					s.typeKeys("jz") // z on the folded line, at the top
					txt = s.waitText("▾ 3 photo captions", texts[2])
				}
				rows := articleRows(s.settle(), w, h)
				at := func(sub string) int {
					for i, r := range rows {
						if strings.Contains(r, sub) {
							return i
						}
					}
					t.Fatalf("no %q in the article:\n%s", sub, txt)
					return -1
				}
				for i := 1; i < n; i++ {
					first := at(texts[i])
					if first < 1 || strings.TrimSpace(rows[first-1]) != "" {
						t.Errorf("no blank row over caption %d (%q):\n%s", i+1, texts[i], strings.Join(rows, "\n"))
					}
					if first < 2 || strings.TrimSpace(rows[first-2]) == "" {
						t.Errorf("more than one blank row over caption %d:\n%s", i+1, strings.Join(rows, "\n"))
					}
				}
			})
		}
	}
}

// TestScreenPaneFooterKeepsEnter goes to the quotes pane and the facts
// pane at 60x20, 50x16 and 80x24: the footer offers what enter does there
// (show the quote in the text, the fact's next mention), the key the pane
// is for, as long as it has room for help and quit. At 60 columns it
// dropped enter first and kept "y copy quote" and "tab next pane".
func TestScreenPaneFooterKeepsEnter(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {50, 16}, {80, 24}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, w, h)
			article := footerLine(s.waitText("§ 1/"))
			s.typeKeys("\t")
			foot := footerLine(s.waitFor("the quotes' footer", func(txt string) bool { return footerLine(txt) != article }))
			if !strings.Contains(foot, "enter show in text") || !strings.HasSuffix(foot, "? help · q quit") {
				t.Errorf("in the quotes the footer is %q", foot)
			}
			quotes := foot
			s.typeKeys("\t")
			foot = footerLine(s.waitFor("the facts' footer", func(txt string) bool { return footerLine(txt) != quotes }))
			if !strings.Contains(foot, "enter next mention") || !strings.HasSuffix(foot, "? help · q quit") {
				t.Errorf("in the facts the footer is %q", foot)
			}
		})
	}
}

// TestScreenFooterSaysZUnfolds folds the section at the top with z, at
// 80x24 and 120x40: the footer then offers "z unfold section", which is
// what z does, and "z fold section" again once it is unfolded. It said
// "fold section" over a folded section.
func TestScreenFooterSaysZUnfolds(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			if f := footerLine(s.settle()); !strings.Contains(f, "z fold section") {
				t.Fatalf("the footer does not offer z: %q", f)
			}
			s.typeKeys("z")
			s.waitText("▸ Lead")
			if f := footerLine(s.settle()); !strings.Contains(f, "z unfold section") {
				t.Errorf("over the folded section the footer is %q", f)
			}
			s.typeKeys("z")
			s.waitText("▾ Lead")
			if f := footerLine(s.settle()); !strings.Contains(f, "z fold section") {
				t.Errorf("over the unfolded section the footer is %q", f)
			}
		})
	}
}
