package briefing

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The quote fixtures (testdata/quote-fixtures/quotes.jsonl) are a dozen
// short news articles written for this project and annotated by hand. They
// are fixtures, not a held-out set: earlier rules and word lists were
// written against their sentences, so their figures say nothing about
// articles brief has never seen (the validation part of the training data
// does; see briefing/extract). TestFixtureQuoteScores measures extraction
// on them the way the shared scoring script does and fails when a figure
// drops below its floor, so a regression on these patterns shows.

// fixtureArticle is one line of testdata/quote-fixtures/quotes.jsonl.
type fixtureArticle struct {
	ID     string         `json:"id"`
	Title  string         `json:"title"`
	Text   string         `json:"text"`
	Quotes []fixtureQuote `json:"quotes"`
}

// fixtureQuote is one annotated quotation: its text (without the marks),
// UTF-8 byte offsets into the article, the speaker as the text gives it and,
// for pronoun speakers, the person the pronoun refers to.
type fixtureQuote struct {
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Speaker     string `json:"speaker"`
	SpeakerKind string `json:"speaker_kind"`
	Referent    string `json:"referent"`
	Closed      *bool  `json:"closed"`
}

// fixtureFloors are the lowest acceptable figures, a little under those the
// learned analysis measures (recall 1.000, precision 0.957, speaker 0.934,
// role 0.933, resolved 0.962, referent 0.923, nominal 0.769). The rules
// it replaced scored higher here (precision 0.991, speaker 0.974) because
// they were written against these sentences, and lower on articles they
// had never seen.
var fixtureFloors = fixtureScores{
	Recall: 0.97, Precision: 0.94, Speaker: 0.92, Role: 0.90, Resolved: 0.95, Referent: 0.90, Nominal: 0.75,
}

// fixtureScores are the figures of the shared scoring script, plus two it
// does not compute. Referent: among covered pronoun quotes, the share whose
// predicted speaker names the person the pronoun refers to (the script's
// Resolved only asks for a name). Nominal: among covered quotes whose speaker
// is a description ("the aide", "the filing"), the share whose predicted
// speaker shares a word of it other than an article.
type fixtureScores struct {
	Recall, Precision, Speaker, Role, Resolved, Referent, Nominal float64
}

var (
	fixtureWord = regexp.MustCompile(`[\p{L}\p{N}_’']+`)
	// fixtureTitles are the words the scoring script ignores when it compares
	// names and roles.
	fixtureTitles = fixtureSet("mr mrs ms dr sen senator rep gov governor president the a an of " +
		"former secretary minister prime vice gen general lt col state house speaker chairman chief " +
		"director professor prof rev judge justice mayor republican democrat democratic his her their " +
		"who which said says told new u.s us campaign spokesman spokeswoman party national committee " +
		"office department university")
	fixturePronouns = fixtureSet("he she they it we i you who which that him her")
	// fixtureFunctionWords are left out when nominal speakers are compared.
	fixtureFunctionWords = fixtureSet("a an the one of for who which that")
)

func fixtureSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// fixtureWords is the script's words(): curly quotes made straight, the
// words lower-cased.
func fixtureWords(s string) []string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'").Replace(s)
	found := fixtureWord.FindAllString(s, -1)
	for i, w := range found {
		found[i] = strings.ToLower(w)
	}
	return found
}

// fixtureNameWords is the script's name_words(): the capitalised words of a
// speaker that can name someone (no titles, pronouns or possessives).
func fixtureNameWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range fixtureWord.FindAllString(strings.ReplaceAll(s, "’", "'"), -1) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		lw := strings.Trim(strings.ToLower(w), "'")
		if utf8.RuneCountInString(lw) < 2 || fixtureTitles[lw] || fixturePronouns[lw] {
			continue
		}
		out[lw] = true
	}
	return out
}

// fixtureCoverage is the share of inner's words found anywhere in outer.
func fixtureCoverage(inner, outer []string) float64 {
	if len(inner) == 0 {
		return 0
	}
	bag := map[string]bool{}
	for _, w := range outer {
		bag[w] = true
	}
	n := 0
	for _, w := range inner {
		if bag[w] {
			n++
		}
	}
	return float64(n) / float64(len(inner))
}

// fixtureSharesName reports whether speaker contains one of the name words.
func fixtureSharesName(names map[string]bool, speaker string) bool {
	for _, w := range fixtureWord.FindAllString(strings.ReplaceAll(speaker, "’", "'"), -1) {
		if names[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// fixtureRoleOK reports whether the predicted role carries at least half
// of the words of the annotated appositive role (titles ignored), and
// whether that role is long enough (two words or more) to be scored.
func fixtureRoleOK(goldSpeaker, gotRole string) (ok, scored bool) {
	_, goldRole, _ := strings.Cut(goldSpeaker, ",")
	var rw []string
	for _, w := range fixtureWords(goldRole) {
		if !fixtureTitles[w] {
			rw = append(rw, w)
		}
	}
	if len(rw) < 2 {
		return false, false
	}
	got := map[string]bool{}
	for _, w := range fixtureWords(gotRole) {
		got[w] = true
	}
	n := 0
	for _, w := range rw {
		if got[w] {
			n++
		}
	}
	return float64(n) >= float64(len(rw))/2, true
}

// fixtureNominalOK reports whether a predicted speaker shares a word, other
// than an article or a relative pronoun, with an annotated description.
func fixtureNominalOK(gold, got string) bool {
	have := map[string]bool{}
	for _, w := range fixtureWords(got) {
		have[w] = true
	}
	for _, w := range fixtureWords(gold) {
		if !fixtureFunctionWords[w] && have[w] {
			return true
		}
	}
	return false
}

// fixtureTally counts what the scores are made of.
type fixtureTally struct {
	gold, found, pred, predOK, spk, spkOK, role, roleOK, pro, proOK, ref, refOK, nom, nomOK int
}

func fixtureRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c fixtureTally) scores() fixtureScores {
	return fixtureScores{
		Recall: fixtureRatio(c.found, c.gold), Precision: fixtureRatio(c.predOK, c.pred),
		Speaker: fixtureRatio(c.spkOK, c.spk), Role: fixtureRatio(c.roleOK, c.role),
		Resolved: fixtureRatio(c.proOK, c.pro), Referent: fixtureRatio(c.refOK, c.ref),
		Nominal: fixtureRatio(c.nomOK, c.nom),
	}
}

// score adds one article's predicted quotes to the tally and returns a line
// for every miss, wrong speaker, wrong role, wrong referent and extra quote.
func (c *fixtureTally) score(a fixtureArticle, preds []Quote) []string {
	var notes []string
	pw := make([][]string, len(preds))
	for j, q := range preds {
		pw[j] = fixtureWords(q.Text)
	}
	var allGold []string
	for _, g := range a.Quotes {
		allGold = append(allGold, fixtureWords(g.Text)...)
	}
	for _, g := range a.Quotes {
		c.gold++
		gw := fixtureWords(g.Text)
		best, bi := 0.0, -1
		for j, w := range pw {
			if cv := fixtureCoverage(gw, w); cv > best {
				best, bi = cv, j
			}
		}
		if best < 0.8 {
			notes = append(notes, "missed "+a.ID+": "+fixtureClip(g.Text))
			continue
		}
		c.found++
		p := preds[bi]
		gn := fixtureNameWords(g.Speaker)
		if g.SpeakerKind == "pronoun" {
			c.pro++
			if len(fixtureNameWords(p.Speaker)) > 0 {
				c.proOK++
			}
			if g.Referent != "" {
				c.ref++
				if fixtureSharesName(fixtureNameWords(g.Referent), p.Speaker) {
					c.refOK++
				} else {
					notes = append(notes, "referent "+a.ID+": "+fixtureClip(g.Text)+" is "+g.Referent+", got "+strconv.Quote(p.Speaker))
				}
			}
			continue
		}
		if g.SpeakerKind == "nominal" {
			c.nom++
			if fixtureNominalOK(g.Speaker, p.Speaker) {
				c.nomOK++
			} else {
				notes = append(notes, "nominal "+a.ID+": "+fixtureClip(g.Text)+" is "+g.Speaker+", got "+strconv.Quote(p.Speaker))
			}
			// Like the script, a description with a capitalised name in it
			// ("a spokesperson for Northvale Water") also counts as named.
		}
		if len(gn) == 0 {
			continue
		}
		c.spk++
		if !fixtureSharesName(gn, p.Speaker) {
			notes = append(notes, "speaker "+a.ID+": "+fixtureClip(g.Text)+" is "+g.Speaker+", got "+strconv.Quote(p.Speaker))
			continue
		}
		c.spkOK++
		if ok, scored := fixtureRoleOK(g.Speaker, p.Role); scored {
			c.role++
			if ok {
				c.roleOK++
			} else {
				notes = append(notes, "role "+a.ID+": "+g.Speaker+", got "+strconv.Quote(p.Role))
			}
		}
	}
	for j, q := range preds {
		if q.Partial && strings.TrimSpace(q.Speaker) == "" {
			continue
		}
		c.pred++
		if fixtureCoverage(pw[j], allGold) >= 0.8 {
			c.predOK++
		} else {
			notes = append(notes, "extra "+a.ID+": "+fixtureClip(q.Text)+" ("+q.Speaker+")")
		}
	}
	return notes
}

func fixtureClip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return strconv.Quote(string(r[:60]) + "...")
	}
	return strconv.Quote(s)
}

// loadFixture reads the fixture articles.
func loadFixture(t *testing.T) []fixtureArticle {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "quote-fixtures", "quotes.jsonl"))
	if err != nil {
		t.Fatalf("opening the fixture set: %v", err)
	}
	defer f.Close()
	var arts []fixtureArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var a fixtureArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("reading fixture article %d: %v", len(arts)+1, err)
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading the fixture set: %v", err)
	}
	if len(arts) < 12 {
		t.Fatalf("fixture set has %d articles, want at least 12", len(arts))
	}
	return arts
}

// TestFixtureAnnotations checks the annotations themselves: offsets that
// cut out exactly the quote, a quote mark just before it, known speaker
// kinds, and a referent for every pronoun speaker.
func TestFixtureAnnotations(t *testing.T) {
	kinds := map[string]bool{"named": true, "pronoun": true, "nominal": true, "none": true}
	for _, a := range loadFixture(t) {
		if !strings.HasPrefix(a.Text, a.Title) {
			t.Errorf("%s: text does not start with its title %q", a.ID, a.Title)
		}
		if len(a.Quotes) == 0 {
			t.Errorf("%s: no quotes annotated", a.ID)
		}
		for _, q := range a.Quotes {
			if q.Start < 2 || q.End > len(a.Text) || q.Start >= q.End || a.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: offsets %d:%d do not cut out %s", a.ID, q.Start, q.End, fixtureClip(q.Text))
				continue
			}
			before := a.Text[:q.Start]
			if !strings.HasSuffix(before, `"`) && !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, "''") {
				t.Errorf("%s: no opening quote mark before %s", a.ID, fixtureClip(q.Text))
			}
			if !kinds[q.SpeakerKind] {
				t.Errorf("%s: speaker kind %q for %s", a.ID, q.SpeakerKind, fixtureClip(q.Text))
			}
			if q.SpeakerKind == "pronoun" && q.Referent == "" {
				t.Errorf("%s: pronoun speaker %q without its referent", a.ID, q.Speaker)
			}
		}
	}
}

// TestFixtureQuoteScores imports every fixture article as plain text,
// scores its quotes against the annotations and fails when a figure falls
// below its floor. Run with -v to see the figures and every failure.
func TestFixtureQuoteScores(t *testing.T) {
	var tally fixtureTally
	for _, a := range loadFixture(t) {
		b, err := Import(a.ID+".txt", []byte(a.Text))
		if err != nil {
			t.Fatalf("importing %s: %v", a.ID, err)
		}
		for _, n := range tally.score(a, b.Quotes) {
			t.Log(n)
		}
	}
	got := tally.scores()
	t.Logf("fixture quotes: recall %.3f precision %.3f speaker %.3f role %.3f resolved %.3f referent %.3f nominal %.3f "+
		"(gold %d, shown as speech %d, named speakers %d, roles %d, pronouns %d, nominal speakers %d)",
		got.Recall, got.Precision, got.Speaker, got.Role, got.Resolved, got.Referent, got.Nominal,
		tally.gold, tally.pred, tally.spk, tally.role, tally.pro, tally.nom)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"recall", got.Recall, fixtureFloors.Recall},
		{"precision", got.Precision, fixtureFloors.Precision},
		{"speaker", got.Speaker, fixtureFloors.Speaker},
		{"role", got.Role, fixtureFloors.Role},
		{"resolved", got.Resolved, fixtureFloors.Resolved},
		{"referent", got.Referent, fixtureFloors.Referent},
		{"nominal", got.Nominal, fixtureFloors.Nominal},
	} {
		if c.got < c.want {
			t.Errorf("fixture %s %.3f is below its floor %.3f", c.name, c.got, c.want)
		}
	}
}

// TestFixtureScoringRules checks the ported scoring rules one by one, so a
// figure above means what the shared script means.
func TestFixtureScoringRules(t *testing.T) {
	t.Run("coverage", func(t *testing.T) {
		for _, c := range []struct {
			inner, outer string
			want         float64
		}{
			{"we are close", "we are close, he said", 1},
			{"we are close", "we are far", 2.0 / 3},
			{"", "anything", 0},
			{"I’ve lived here", "I've lived here", 1},
		} {
			if got := fixtureCoverage(fixtureWords(c.inner), fixtureWords(c.outer)); got != c.want {
				t.Errorf("coverage(%q, %q) = %v, want %v", c.inner, c.outer, got, c.want)
			}
		}
	})
	t.Run("name words", func(t *testing.T) {
		for _, c := range []struct{ speaker, want string }{
			{"Sen. Karen Whitfield (D-Mont.)", "karen mont whitfield"},
			{"Dana Whitcomb, the union's local president", "dana whitcomb"},
			{"Mr. Hale", "hale"},
			{"she", ""},
			{"the spokesman", ""},
			{"Harbor City’s coach", "harbor"},
		} {
			var got []string
			for w := range fixtureNameWords(c.speaker) {
				got = append(got, w)
			}
			sort.Strings(got)
			if g := strings.Join(got, " "); g != c.want {
				t.Errorf("name words of %q = %q, want %q", c.speaker, g, c.want)
			}
		}
	})
	t.Run("tally", func(t *testing.T) {
		arts := loadFixture(t)
		var none, perfect fixtureTally
		for _, a := range arts {
			none.score(a, nil)
			var echo []Quote
			for _, g := range a.Quotes {
				who, role, _ := strings.Cut(g.Speaker, ",")
				if g.Referent != "" {
					who = g.Referent
				}
				echo = append(echo, Quote{Text: g.Text, Speaker: who, Role: role})
			}
			perfect.score(a, echo)
		}
		if got := none.scores(); got.Recall != 0 || got.Recall >= fixtureFloors.Recall {
			t.Errorf("no quotes found scores recall %.3f, want 0 and below the floor", got.Recall)
		}
		want := fixtureScores{1, 1, 1, 1, 1, 1, 1}
		if got := perfect.scores(); got != want {
			t.Errorf("the annotations read back score %+v, want all 1", got)
		}
	})
	t.Run("nominal", func(t *testing.T) {
		for _, c := range []struct {
			gold, got string
			want      bool
		}{
			{"the aide", "the aide", true},
			{"the update", "the", false},
			{"one volunteer", "", false},
			{"A spokesperson for Northvale Water", "Northvale Water", true},
			{"one mother who supports the challenge", "one mother", true},
		} {
			if got := fixtureNominalOK(c.gold, c.got); got != c.want {
				t.Errorf("nominal %q against %q = %v, want %v", c.got, c.gold, got, c.want)
			}
		}
	})
	t.Run("role", func(t *testing.T) {
		for _, c := range []struct {
			gold, got  string
			ok, scored bool
		}{
			{"Marcus Feld, an analyst at Nordbank Securities", "an analyst at Nordbank Securities", true, true},
			{"Marcus Feld, an analyst at Nordbank Securities", "analyst", false, true},
			{"Marcus Feld, an analyst at Nordbank Securities", "Nordbank analyst", true, true},
			{"Mark Benning, the lawyer", "", false, false},
			{"Penney", "owner", false, false},
		} {
			ok, scored := fixtureRoleOK(c.gold, c.got)
			if ok != c.ok || scored != c.scored {
				t.Errorf("role %q against %q = %v, %v; want %v, %v", c.got, c.gold, ok, scored, c.ok, c.scored)
			}
		}
	})
}
