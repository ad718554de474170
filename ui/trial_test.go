package ui

import (
	"strings"
	"testing"

	"brief/briefing"
	"brief/content"
	"brief/library"
)

// strongSpans lists the spans the article paints in the strong highlight.
func strongSpans(m *model) []briefing.Span {
	var got []briefing.Span
	for k, hs := range m.article.strong {
		for _, h := range hs {
			got = append(got, briefing.Span{Section: k.sec, Paragraph: k.para, Start: h.start, End: h.end})
		}
	}
	return got
}

// TestScreenNarrowEnterStepsThroughMentions presses enter on a fact under
// 80 columns, where the jump shows the Article tab, and then enter again,
// as the facts pane offers ("again for the next"): the text goes on to the
// fact's second mention and the footer says so. Enter used to fold the
// section at the top of the text instead, hiding the mention.
func TestScreenNarrowEnterStepsThroughMentions(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {40, 12}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			first := m.b.Facts[m.facts.order[0]]
			n := len(first.Mentions)
			if n < 3 {
				t.Fatalf("the first fact, %s, has %d mentions; the test needs 3", first.Text, n)
			}
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("\t\t") // the Quotes tab, then Facts, its first fact selected
			s.waitText("Key facts", "1/")
			s.typeKeys("\r")
			s.waitFor("the text at the first mention", func(txt string) bool {
				return !strings.Contains(txt, "Key facts") && strings.Contains(footerLine(txt), "mention 1/"+itoa(n))
			})
			s.typeKeys("\r")
			// At 40 columns the count is all the footer has room for.
			foot := footerLine(s.waitText("mention 2/" + itoa(n)))
			if w >= 60 && !strings.Contains(foot, "enter next mention") {
				t.Errorf("the footer does not offer the next mention: %q", foot)
			}
			s.typeKeys("\r")
			s.waitText("mention 3/" + itoa(n))
			s.typeKeys("\t") // the Quotes tab: enter there is the quote's again
			s.waitFor("the quotes tab", func(txt string) bool { return !strings.Contains(footerLine(txt), "mention") })
			s.typeKeys("\t\r") // Facts, enter: the fourth mention, or the first again
			want := 4
			if n == 3 {
				want = 1
			}
			s.waitText("mention " + itoa(want) + "/" + itoa(n))
			s.settle()
			final := s.quit()
			for sec, f := range final.article.folded {
				if f {
					t.Errorf("section %d folded: enter folded the text instead of going on", sec)
				}
			}
			if got := strongSpans(final); len(got) != 1 || got[0] != first.Mentions[want-1] {
				t.Errorf("strong highlight %v, want mention %d of %s %v", got, want, first.Text, first.Mentions[want-1])
			}
		})
	}
}

// addressBriefing has web addresses written out in its text, one too long
// for any line and one short, a link whose target, shown after it, holds
// brackets, with punctuation right after each, and an address in inline
// code.
func addressBriefing() *briefing.Briefing {
	long := "http://www.example.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html"
	b := &briefing.Briefing{
		Name: "addresses.txt", Title: "Addresses in the text",
		Sections: []briefing.Section{{Paragraphs: []string{
			"Gunmen stormed the Bardo National Museum <" + long + "> on Wednesday afternoon, seizing tourists before the police arrived, officials said.",
			"A shorter address, https://example.com/news/a-b-c-d-e-f-g-h, sits in this sentence, which runs on past it for a while.",
			"The Arduino project grew out of course work using Processing, Wiring, and pre-existing microcontroller hardware.",
			"Fetch it with curl https://example.com/a-b-c/d-e from a shell.",
		}}},
	}
	p := b.Sections[0].Paragraphs[2]
	at := strings.Index(p, "Processing")
	b.Links = []briefing.Link{{Span: briefing.Span{Section: 0, Paragraph: 2, Start: at, End: at + len("Processing")},
		Target: "https://en.wikipedia.org/wiki/Processing_(programming_language)"}}
	code := "curl https://example.com/a-b-c/d-e"
	at = strings.Index(b.Sections[0].Paragraphs[3], code)
	b.Styles = []briefing.Style{{Span: briefing.Span{Section: 0, Paragraph: 3, Start: at, End: at + len(code)}, Kind: briefing.InlineCode}}
	return b
}

// TestScreenWebAddressesStayOnOneLine opens a text with web addresses
// written out in it at 80x24 and 60x20: each address is on one line, the
// long one cut with an ellipsis and its closing bracket after it, no line
// starts with the punctuation that follows an address or a link's target,
// a search for a word after the cut address paints that word, and the
// address in inline code is shown as written (its hyphens its own). The
// long address was broken over four lines, at its hyphens and inside its
// words ("middle_ea", "st/…"), and a comma after a link's target started
// a line of its own.
func TestScreenWebAddressesStayOnOneLine(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{addressBriefing()})}).(*model)
			pal := m.c.pal
			s := startScreen(t, m, w, h)
			txt := s.waitText("▾ Lead", "pre-existing")
			rows := articleRows(strings.ReplaceAll(txt, "\u2011", "-"), w, h)
			longRow := -1
			for i, r := range rows {
				body := strings.TrimLeft(r, " ")
				if strings.Contains(r, "http://www.example.com/world/gunmen") {
					longRow = i
					if !strings.HasSuffix(strings.TrimRight(r, " "), "…>") {
						t.Errorf("the long address is not cut with an ellipsis before its bracket: %q", r)
					}
				}
				if strings.Contains(r, "_story.html") || strings.Contains(r, "4f473416e759") {
					t.Errorf("the long address runs on to another line: %q\n%s", r, txt)
				}
				if body != "" && strings.ContainsRune(",.;:)>", rune(body[0])) {
					t.Errorf("a line starts with the punctuation after an address: %q\n%s", r, txt)
				}
			}
			if longRow < 0 {
				t.Fatalf("the long address is not on screen:\n%s", txt)
			}
			if !strings.Contains(strings.Join(rows, "\n"), "https://example.com/news/a-b-c-d-e-f-g-h,") {
				t.Errorf("the short address is not whole on one line:\n%s", txt)
			}
			s.typeKeys("G")
			for _, r := range strings.Split(s.waitText("curl https://example.com/a-b"), "\n") {
				if strings.Contains(r, "curl") && strings.Contains(r, "\u2011") {
					t.Errorf("an address in inline code is not shown as written: %q", r)
				}
			}
			s.typeKeys("g/wednesday\r")
			s.waitText("1/1 match")
			s.waitFor("Wednesday painted as the current match", func(string) bool {
				at := s.findAll("Wednesday")
				return len(at) == 1 && sameColor(s.bg(at[0][0], at[0][1]), pal.Selected) &&
					sameColor(s.bg(at[0][0]+len("Wednesday")-1, at[0][1]), pal.Selected) &&
					!sameColor(s.bg(at[0][0]+len("Wednesday")+1, at[0][1]), pal.Selected)
			})
		})
	}
}

// TestPrintKeepsOptionsAndCodeLinesWhole prints, as to a pipe at 40
// columns, a text naming command-line options and a code block with lines
// longer than that: no line breaks inside an option ("--" / "region"),
// and every line of code comes out whole, as it was written. The option
// was broken after its dashes, and the code's long lines were wrapped to
// the left margin, so that the file held code that no longer ran.
func TestPrintKeepsOptionsAndCodeLinesWhole(t *testing.T) {
	code := "def forecast(load, storage):\n    \"\"\"Return the hours of peak demand storage can cover.\"\"\"\n    return min(load.peak_hours, storage.capacity / load.peak)"
	md := "# Grid model\n\nThe council's forecast is open source, and anyone can run it on their own machine:\n\n```python\n" + code +
		"\n```\n\nRun it with python forecast.py --region north, or with --region south --verbose for the other grid, every morning.\n"
	b, err := briefing.Import("model.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for _, width := range []int{40, 60} {
		var out strings.Builder
		if err := Print(&out, b, width, ""); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(out.String(), "\n")
		for _, l := range lines {
			if strings.HasSuffix(l, "-") || strings.HasPrefix(strings.TrimLeft(l, " "), "region") {
				t.Errorf("width %d: a line breaks inside an option: %q\n%s", width, l, out.String())
			}
		}
		for _, want := range strings.Split(code, "\n") {
			found := false
			for _, l := range lines {
				if strings.HasSuffix(l, want) && strings.TrimSpace(l) == strings.TrimSpace(want) {
					found = true
				}
			}
			if !found {
				t.Errorf("width %d: the code line %q is not whole on a line of its own:\n%s", width, want, out.String())
			}
		}
	}
}

// TestScreenPeopleIndexFollowsAResizeOverTheLibrary opens the people index
// from the library, then a person's quotes, at 80x24, and narrows the
// window to 50x16: the quotes are laid out again at the new width, every
// word of the first on screen. The index kept its old width over the
// library (only over a briefing did it follow), so the lines were cut at
// the window's edge, words lost mid-quote ("…meant to threaten author").
func TestScreenPeopleIndexFollowsAResizeOverTheLibrary(t *testing.T) {
	bs, err := content.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	lib := library.FromBriefings(bs)
	entries, _ := lib.Snapshot()
	first := peopleIndex(entries)[0]
	pq := first.quotes[0]
	quote := pq.b.Quotes[pq.quote].Text
	m := New(Options{Library: lib}).(*model)
	s := startScreen(t, m, 80, 24)
	s.waitText("Library")
	s.typeKeys("P")
	s.waitText("People", first.name)
	s.typeKeys("\r")
	s.waitText(first.name, "1/"+itoa(len(first.quotes))+" quotes")
	s.resize(50, 16)
	s.waitFor("every word of the first quote on screen at 50 columns", func(txt string) bool {
		words := map[string]bool{}
		for _, w := range strings.Fields(txt) {
			words[strings.Trim(w, "“”‘’\"'.,;:!?…▌")] = true
		}
		for _, w := range strings.Fields(quote) {
			if !words[strings.Trim(w, "“”‘’\"'.,;:!?…▌")] {
				return false
			}
		}
		return true
	})
}

// TestScreenFactCountsKeepClearOfTheArticle opens a briefing at 120x40 and
// 200x50, where the key facts stand left of the text: the last column of
// the facts pane is blank on every row, the counts end where the title
// bar's does, and a heading beside a count keeps a gap ("3  ▾ The
// numbers"). The counts were drawn in the pane's last column, right
// against the text ("3 ▾ The numbers").
func TestScreenFactCountsKeepClearOfTheArticle(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {200, 50}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, w, h)
			s.typeKeys("\t\t") // the facts focused, their first fact selected
			s.waitText("▾ Lead", "Key facts", "1/")
			txt := s.settle()
			l := computeLayout(w, h, 80)
			rows := strings.Split(txt, "\n")
			counts := 0
			for y := l.bodyY; y < l.bodyY+l.bodyH && y < len(rows); y++ {
				r := []rune(rows[y])
				if len(r) < l.factsW {
					continue
				}
				if r[l.factsW-1] != ' ' {
					t.Errorf("row %d: the facts pane's last column is %q, against the text: %q", y, r[l.factsW-1], string(r[:min(len(r), l.factsW+6)]))
				}
				if r[l.factsW-2] >= '0' && r[l.factsW-2] <= '9' {
					counts++
				}
			}
			if counts < 5 {
				t.Errorf("only %d counts end one column before the text:\n%s", counts, txt)
			}
		})
	}
}

// TestScreenWrappedCodeStaysInItsBlock opens Markdown with a code block
// whose lines are wider than the text at 80x24 and 60x20: each line too
// long for the pane goes on under itself, further in than it starts and
// never left of the block's indent, and all of the code is on screen.
// Glamour wrapped the lines back to the paragraphs' margin, where
// 'storage can cover."""' read as code of its own, left of its function.
func TestScreenWrappedCodeStaysInItsBlock(t *testing.T) {
	code := "def forecast(load, storage):\n    \"\"\"Return the hours of peak demand storage can cover, region by region.\"\"\"\n    return min(load.peak_hours, storage.capacity / load.peak, storage.reserve_hours)"
	md := "# Grid model\n\nThe forecast is open source:\n\n```python\n" + code + "\n```\n\nRun it every morning.\n"
	b, err := briefing.Import("model.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			txt := s.waitText("def forecast", "every morning")
			rows := articleRows(txt, w, h)
			first, last := -1, -1
			for i, r := range rows {
				if strings.Contains(r, "def forecast") {
					first = i
				}
				if strings.Contains(r, "Run it every") {
					last = i
				}
			}
			if first < 0 || last < first {
				t.Fatalf("the code block is not on screen:\n%s", txt)
			}
			var got []string
			indent := func(r string) int { return len(r) - len(strings.TrimLeft(r, " ")) }
			start := indent(rows[first])
			prev := start
			for _, r := range rows[first:last] {
				if strings.TrimSpace(r) == "" {
					continue
				}
				got = append(got, strings.TrimSpace(r))
				in := indent(r)
				if in < start {
					t.Errorf("a line of code starts left of the block's indent (%d < %d): %q\n%s", in, start, r, txt)
				}
				// A line of the source starts a row; any other row goes on
				// from the one above, further in.
				ownLine := false
				for _, l := range strings.Split(code, "\n") {
					if strings.HasPrefix(strings.TrimSpace(r), strings.TrimSpace(l)[:min(12, len(strings.TrimSpace(l)))]) {
						ownLine = true
					}
				}
				if !ownLine && in <= prev {
					t.Errorf("a wrapped line of code is not further in than the line it goes on from: %q\n%s", r, txt)
				}
				if ownLine {
					prev = in
				}
			}
			if squash(strings.Join(got, " ")) != squash(code) {
				t.Errorf("the code on screen is not all of the code:\n got %q\nwant %q", squash(strings.Join(got, " ")), squash(code))
			}
		})
	}
}

// TestScreenHeadingOverSubsectionsGivesNoReadingTime opens a briefing
// whose heading stands over subsections with no paragraph of its own, at
// 80x24 and 50x16: its line is the heading alone. It read "▾ More ways to
// customize · 0 paragraphs · 1 min", a minute to read nothing.
func TestScreenHeadingOverSubsectionsGivesNoReadingTime(t *testing.T) {
	b := &briefing.Briefing{Name: "firefox.md", Title: "Firefox, made your own",
		Sections: []briefing.Section{
			{Paragraphs: []string{"It is easier than ever to make the browser work the way you do."}},
			{Heading: "More ways to customize", Level: 2},
			{Heading: "Themes", Level: 3, Paragraphs: []string{"Make it match your style with thousands of themes."}},
		}}
	for _, size := range [][2]int{{80, 24}, {50, 16}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			txt := s.waitText("▾ Themes", "More ways to customize")
			for _, r := range articleRows(txt, w, h) {
				if strings.Contains(r, "More ways to customize") && strings.TrimSpace(r) != "▾ More ways to customize" {
					t.Errorf("the heading over subsections says more than itself: %q", r)
				}
			}
		})
	}
}

// TestScreenWideTableWrapsInsideItsColumns opens Markdown with a table
// wider than the text at 100x30 and 80x24: it is still drawn as a table,
// the header's rule under it, its widest column narrowed and its long cell
// wrapped inside the column, every word on screen inside the article, and
// a search for a cell after a wrapped one paints it. Such a table was
// drawn as text, a row a line with " | " between the cells, its header
// like any row.
func TestScreenWideTableWrapsInsideItsColumns(t *testing.T) {
	md := "# Grid batteries\n\n| Region | Storage (GW) | Peakers (GW) | Change |\n|:-------|-------------:|-------------:|:------:|\n" +
		"| North | 12.4 | 9.1 | +36% |\n| South | 8.2 | 10.5 | −22% |\n| Coastal interconnect zone with a long name | 4.0 | 3.9 | +2% |\n\nWhat changed, in order.\n"
	b, err := briefing.Import("grid.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{100, 30}, {80, 24}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			pal := m.c.pal
			s := startScreen(t, m, w, h)
			txt := s.waitText("Region", "What changed")
			rows := articleRows(txt, w, h)
			l := computeLayout(w, h, 80)
			var table []string
			for _, r := range rows {
				if strings.Contains(r, "│") || strings.Contains(r, "┼") {
					table = append(table, r)
				}
				if strings.Contains(r, " | ") {
					t.Errorf("a row is drawn as text: %q\n%s", r, txt)
				}
			}
			if len(table) < 6 || !strings.Contains(strings.Join(table, "\n"), "─┼─") {
				t.Fatalf("no table with a rule under its header:\n%s", txt)
			}
			words := strings.Fields(strings.NewReplacer("│", " ", "─", " ", "┼", " ").Replace(strings.Join(table, " ")))
			want := strings.Fields("Region Storage (GW) Peakers (GW) Change North 12.4 9.1 +36% South 8.2 10.5 −22% Coastal interconnect zone with a long name 4.0 3.9 +2%")
			shown := map[string]int{}
			for _, w := range words {
				shown[w]++
			}
			for _, w := range want {
				if shown[w]--; shown[w] < 0 {
					t.Errorf("%q is not in the table on screen:\n%s", w, txt)
				}
			}
			for _, r := range table {
				if len([]rune(strings.TrimRight(r, " "))) > l.articleW-1 {
					t.Errorf("a row runs past the article: %q", r)
				}
			}
			s.typeKeys("/−22\r")
			s.waitText("1/1 match")
			s.waitFor("−22% painted as the current match", func(string) bool {
				at := s.findAll("−22")
				return len(at) == 1 && sameColor(s.bg(at[0][0], at[0][1]), pal.Selected)
			})
		})
	}
}

// TestScreenNestedListItemsFitTheText opens Markdown with list items
// nested two and three deep at 40 to 60 columns: every word of every item
// is on screen, none cut at the pane's edge. A nested item was wrapped at
// the full width and then moved in by its indent, so its lines ran past
// the pane by up to four cells and lost their last words (mercurial-1's
// "Example 4: Bob implements and publishes a").
func TestScreenNestedListItemsFitTheText(t *testing.T) {
	items := []string{
		"Changeset evolution keeps a record of the rewriting of history",
		"Example four: Bob implements and publishes a change that Alice amends",
		"Example five: Alice integrates and publishes the work of two others at once",
	}
	md := "# Evolution\n\nThe cases:\n\n- " + items[0] + "\n  - " + items[1] + "\n    - " + items[2] + "\n\nThat is all.\n"
	b, err := briefing.Import("evolve.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{40, 47, 53, 60} {
		t.Run(itoa(w), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, 24)
			txt := s.waitText("The cases", "That is all")
			shown := map[string]bool{}
			for _, f := range strings.Fields(txt) {
				shown[f] = true
			}
			for _, it := range items {
				for _, word := range strings.Fields(it) {
					if !shown[word] {
						t.Errorf("%q is not on screen:\n%s", word, txt)
					}
				}
			}
		})
	}
}

// TestScreenLinksListTheAddressesInTheText opens the links (L) of a text
// whose web addresses are written out in it, at 80x24 and 50x16: the list
// holds them, in the order of the text, with the link of the briefing
// between them, but not the address inside inline code. It said "This
// article has no links" of a pasted article whose addresses the text
// shows as links.
func TestScreenLinksListTheAddressesInTheText(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {50, 16}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{addressBriefing()})}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("L")
			txt := s.waitText("Links", "1/3")
			var order []int
			for _, want := range []string{"→ http://www.example.com/world/gunmen", "→ https://example.com/news/a-b-c", "→ https://en.wikipedia.org/wiki/Processing"} {
				_, y := s.find(want)
				if y < 0 {
					t.Fatalf("%q is not listed:\n%s", want, txt)
				}
				order = append(order, y)
			}
			if !(order[0] < order[1] && order[1] < order[2]) {
				t.Errorf("the links are not in the order of the text (rows %v):\n%s", order, txt)
			}
			if strings.Contains(txt, "a-b-c/d-e") {
				t.Errorf("the address in inline code is listed:\n%s", txt)
			}
		})
	}
}

// TestScreenSearchStartsAtTheTopLine scrolls into a long paragraph at
// 80x24 and 60x20, past its first "lighthouse", and searches for the word:
// the search goes to the one below the top of the screen, the second,
// and the text does not scroll back up. It went to the first match of
// the paragraph at the top, above the screen.
func TestScreenSearchStartsAtTheTopLine(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("The old lighthouse keeper wrote down every ship that passed. ")
	for i := range 24 {
		sb.WriteString("Night " + itoa(i+1) + " brought wind from the west and rain over the harbour wall. ")
	}
	sb.WriteString("On the last night the lighthouse went dark.")
	b := &briefing.Briefing{Name: "keeper.txt", Title: "The keeper's notebook",
		Sections: []briefing.Section{{Paragraphs: []string{sb.String(), "The notebook is in the museum now."}}}}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead", "old lighthouse keeper")
			s.typeKeys("jjjj") // the first lighthouse scrolls off the top
			s.waitFor("the first lighthouse off the screen", func(txt string) bool {
				return !strings.Contains(txt, "old lighthouse keeper")
			})
			s.settle()
			s.typeKeys("/lighthouse\r")
			txt := s.waitText("matches")
			if !strings.Contains(footerLine(txt), "2/2 matches") {
				t.Errorf("the search went to a match above the screen: %q\n%s", footerLine(txt), txt)
			}
			if strings.Contains(txt, "old lighthouse keeper") {
				t.Errorf("the text scrolled back up to the first match:\n%s", txt)
			}
		})
	}
}

// TestScreenNextQuoteStartsAtTheTopLine scrolls into a long paragraph at
// 80x24 and 60x20, past its first quote, and presses ] with no quote
// selected: it goes to the quote below the top of the screen, the second,
// not back up to the first, which was above the screen.
func TestScreenNextQuoteStartsAtTheTopLine(t *testing.T) {
	first := "“The light has to burn every night,”"
	var sb strings.Builder
	sb.WriteString(first + " said Ada Lind, the keeper. ")
	for i := range 24 {
		sb.WriteString("Night " + itoa(i+1) + " brought wind from the west and rain over the harbour wall. ")
	}
	second := "“Nobody came to take it from me,”"
	sb.WriteString(second + " said Ada Lind.")
	text := sb.String()
	q := func(t string) briefing.Quote {
		at := strings.Index(text, t)
		return briefing.Quote{Text: strings.Trim(t, "“”,"), Speaker: "Ada Lind", Role: "keeper", Cue: "said",
			Section: 0, Paragraph: 0, Start: at, End: at + len(t)}
	}
	b := &briefing.Briefing{Name: "keeper.txt", Title: "The keeper's notebook",
		Sections: []briefing.Section{{Paragraphs: []string{text, "The notebook is in the museum now."}}},
		Quotes:   []briefing.Quote{q(first), q(second)}}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead", "light has to burn")
			s.typeKeys("jjjj")
			s.waitFor("the first quote off the screen", func(txt string) bool {
				return !strings.Contains(articleText(txt, w, h), "light has to burn")
			})
			s.settle()
			s.typeKeys("]")
			s.settle()
			final := s.quit()
			if got := final.quotes.Selected(); got != 1 {
				t.Errorf("] selected quote %d, want the second, below the top of the screen", got)
			}
		})
	}
}

// articleText is the article pane's column of a screen.
func articleText(txt string, w, h int) string { return strings.Join(articleRows(txt, w, h), "\n") }
