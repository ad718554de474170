package briefing

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sitePasteAnswer is the answer to one paste of testdata/sitepastes: what
// the importer should make of the text a reader selects on an article page
// laid out as one news or blog site lays its pages out. The articles are
// made up; only the layout and the site's furniture follow the site. Every
// non-empty line of the paste is exactly one of the title, a paragraph, a
// heading, the standfirst, a byline line or a junk line.
type sitePasteAnswer struct {
	Title       string   `json:"title"`
	Authors     []string `json:"authors"`
	Standfirst  string   `json:"standfirst"`
	Paragraphs  []string `json:"paragraphs"`
	Headings    []string `json:"headings"`
	BylineLines []string `json:"byline_lines"`
	Junk        []string `json:"junk"`
}

// knownMisses holds what the importer gets wrong on the site pastes today,
// by file: the test fails on a miss that is not listed here and on a listed
// miss that no longer happens, so the list can only shrink as the rules
// improve. BRIEF_SITEPASTES_MAP=1 prints the map the current rules give.
var knownMisses = map[string][]string{
	"businessinsider.txt": {
		"junk: \"Ada Brennan left a job in insurance to buy a small campground in Vermont.\"",
		"junk: \"The first season brought in less than half of what she had planned for.\"",
		"junk: \"She says she would do it again, but would have kept more savings in reserve.\"",
	},
	"foxnews.txt": {
		"junk: \"Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.\"",
	},
	"huffpost.txt": {
		"junk: \"Election Workers Are Quitting In Record Numbers. Here's Who Is Replacing Them.\"",
		"junk: \"Support HuffPost\"",
		"junk: \"At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions. That is why we are committed to providing deeply reported, carefully fact-checked news that is freely accessible to everyone.\"",
	},
	"nature.txt": {
		"junk: \"References\"",
		"junk: \"Mamani, L. et al. Nature 615, 112–118 (2023).\"",
	},
	"ndtv.txt": {
		"junk: \"Kamalam Pillai studied for the exam for two years.\"",
	},
	"newsweek.txt": {
		"junk: \"Uncommon Knowledge\"",
		"junk: \"Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.\"",
	},
	"pcworld.txt": {
		"junk: \"Author: Harriet Osei, Senior Editor, PCWorld\"",
	},
	"wordpress.txt": {
		"junk: \"The old brushes next to the new ones. You can see how little was left.\"",
	},
}

// sitePasteFiles lists the pastes of testdata/dir, failing the test when
// there are none.
func sitePasteFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no pastes in testdata/%s", dir)
	}
	return files
}

// loadSitePaste reads one paste and its answer, and checks that the answer
// accounts for every line of the paste, once.
func loadSitePaste(t *testing.T, txt string) (page []byte, ans sitePasteAnswer) {
	t.Helper()
	page, err := os.ReadFile(txt)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(strings.TrimSuffix(txt, ".txt") + ".json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ans); err != nil {
		t.Fatalf("%s: answer: %v", filepath.Base(txt), err)
	}
	kinds := map[string][]string{}
	add := func(kind string, lines ...string) {
		for _, l := range lines {
			kinds[l] = append(kinds[l], kind)
		}
	}
	add("title", ans.Title)
	add("standfirst", ans.Standfirst)
	add("paragraph", ans.Paragraphs...)
	add("heading", ans.Headings...)
	add("byline", ans.BylineLines...)
	add("junk", ans.Junk...)
	delete(kinds, "")
	name := filepath.Base(txt)
	for l, k := range kinds {
		if len(k) > 1 {
			t.Errorf("%s: answer lists %q as %s", name, l, strings.Join(k, " and "))
		}
	}
	seen := map[string]bool{}
	for _, l := range strings.Split(string(page), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		seen[l] = true
		if _, ok := kinds[l]; !ok {
			t.Errorf("%s: the answer does not account for the line %q", name, l)
		}
	}
	for l, k := range kinds {
		if !seen[l] {
			t.Errorf("%s: the answer's %s %q is no line of the paste", name, k[0], l)
		}
	}
	return page, ans
}

// sitePasteMisses imports a paste and lists what the importer got wrong
// against its answer.
func sitePasteMisses(t *testing.T, name string, page []byte, ans sitePasteAnswer) []string {
	t.Helper()
	b, err := Import(name, page)
	if err != nil {
		return []string{"import: " + err.Error()}
	}
	var misses []string
	if collapseSpace(b.Title) != collapseSpace(ans.Title) { // (a Japanese headline's wide space is a space)
		misses = append(misses, fmt.Sprintf("title: got %q", b.Title))
	}
	got := append([]string(nil), b.Authors...)
	want := append([]string(nil), ans.Authors...)
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		misses = append(misses, fmt.Sprintf("authors: got %q", b.Authors))
	}
	paras, heads := map[string]bool{}, map[string]bool{}
	var bodyParas []string
	for _, s := range b.Sections {
		if h := strings.TrimSpace(s.Heading); h != "" {
			heads[h] = true
		}
		for _, p := range s.Paragraphs {
			p = strings.TrimSpace(p)
			paras[p] = true
			bodyParas = append(bodyParas, p)
		}
	}
	// kept tells whether a paragraph of the answer is in the body, whole
	// or with the dateline that opened it moved to b.Dateline.
	kept := func(want string) bool {
		if paras[want] {
			return true
		}
		if b.Dateline == "" {
			return false
		}
		for _, p := range bodyParas {
			if len(p) > len(want)/2 && strings.HasSuffix(want, p) {
				return true
			}
		}
		return false
	}
	for _, p := range ans.Paragraphs {
		if !kept(p) {
			misses = append(misses, "lost paragraph: "+clip(p, 60))
		}
	}
	for _, h := range ans.Headings {
		if m := dashedHeading.FindStringSubmatch(h); m != nil {
			h = m[1] // an agency's subheading is shown without its dashes
		}
		if !heads[h] {
			misses = append(misses, fmt.Sprintf("lost heading: %q", h))
		}
	}
	for _, j := range ans.Junk {
		if paras[j] || heads[j] {
			misses = append(misses, fmt.Sprintf("junk: %q", j))
		}
	}
	for _, l := range ans.BylineLines {
		if paras[l] || heads[l] {
			misses = append(misses, fmt.Sprintf("byline in body: %q", l))
		}
	}
	if s := ans.Standfirst; s != "" {
		if paras[s] || heads[s] {
			misses = append(misses, "standfirst in body")
		}
		if strings.TrimSpace(b.Standfirst) != s {
			misses = append(misses, fmt.Sprintf("standfirst: got %q", clip(b.Standfirst, 60)))
		}
	}
	return misses
}

// missKinds says which kinds of miss a paste has (see sitePasteMisses).
type missKinds struct {
	title, authors, paragraph, heading, furniture, standfirst bool
}

// kindsOfMisses sorts a paste's misses into their kinds. A standfirst left
// in the body is furniture in the body and a wrong standfirst both.
func kindsOfMisses(misses []string) missKinds {
	var k missKinds
	for _, m := range misses {
		switch {
		case strings.HasPrefix(m, "title:"):
			k.title = true
		case strings.HasPrefix(m, "authors:"):
			k.authors = true
		case strings.HasPrefix(m, "lost paragraph:"):
			k.paragraph = true
		case strings.HasPrefix(m, "lost heading:"):
			k.heading = true
		case strings.HasPrefix(m, "junk:"), strings.HasPrefix(m, "byline in body:"):
			k.furniture = true
		case m == "standfirst in body":
			k.furniture, k.standfirst = true, true
		case strings.HasPrefix(m, "standfirst:"):
			k.standfirst = true
		}
	}
	return k
}

// clip shortens s to n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// TestSitePastes imports the site-shaped pastes of testdata/sitepastes
// and compares each with its answer: the title, the authors, every
// paragraph and heading kept, no furniture in the body, the standfirst
// taken out of it. It logs a summary and every miss, and fails on a miss
// that knownMisses does not hold or on one it holds that no longer happens.
func TestSitePastes(t *testing.T) {
	files := sitePasteFiles(t, "sitepastes")
	var titles, authors, allParas, noJunk int
	found := map[string][]string{}
	for _, f := range files {
		name := filepath.Base(f)
		page, ans := loadSitePaste(t, f)
		misses := sitePasteMisses(t, name, page, ans)
		k := kindsOfMisses(misses)
		for _, m := range misses {
			t.Logf("%s: %s", name, m)
		}
		for n, ok := range map[*int]bool{&titles: !k.title, &authors: !k.authors, &allParas: !k.paragraph, &noJunk: !k.furniture} {
			if ok {
				*n++
			}
		}
		if len(misses) > 0 {
			found[name] = misses
		}
	}
	t.Logf("site pastes: %d sites, %d titles right, %d authors right, %d with all paragraphs kept, %d with no furniture in the body",
		len(files), titles, authors, allParas, noJunk)
	if os.Getenv("BRIEF_SITEPASTES_MAP") != "" {
		t.Log("knownMisses for the current rules:\n" + missesLiteral(found))
	}
	for name, misses := range found {
		known := map[string]bool{}
		for _, m := range knownMisses[name] {
			known[m] = true
		}
		for _, m := range misses {
			if !known[m] {
				t.Errorf("%s: new miss: %s", name, m)
			}
		}
	}
	for name, ms := range knownMisses {
		now := map[string]bool{}
		for _, m := range found[name] {
			now[m] = true
		}
		for _, m := range ms {
			if !now[m] {
				t.Errorf("%s: %s no longer misses: take it out of knownMisses", name, m)
			}
		}
	}
}

// missesLiteral writes the misses as the Go literal of knownMisses.
func missesLiteral(found map[string][]string) string {
	names := make([]string, 0, len(found))
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	var sb strings.Builder
	sb.WriteString("var knownMisses = map[string][]string{\n")
	for _, n := range names {
		fmt.Fprintf(&sb, "\t%q: {\n", n)
		for _, m := range found[n] {
			fmt.Fprintf(&sb, "\t\t%q,\n", m)
		}
		sb.WriteString("\t},\n")
	}
	sb.WriteString("}\n")
	return sb.String()
}
