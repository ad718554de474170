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

// The held-out set (testdata/heldout/quotes.jsonl) is a dozen short news
// articles written for this project and annotated by hand; quote extraction
// was never tuned on them. TestHeldoutQuoteScores measures extraction on them
// the way the shared scoring script does and fails when a figure drops below
// its floor, so a regression on unseen text shows.

// heldoutArticle is one line of testdata/heldout/quotes.jsonl.
type heldoutArticle struct {
	ID     string         `json:"id"`
	Title  string         `json:"title"`
	Text   string         `json:"text"`
	Quotes []heldoutQuote `json:"quotes"`
}

// heldoutQuote is one annotated quotation: its text (without the marks),
// UTF-8 byte offsets into the article, the speaker as the text gives it and,
// for pronoun speakers, the person the pronoun refers to.
type heldoutQuote struct {
	Text        string `json:"text"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Speaker     string `json:"speaker"`
	SpeakerKind string `json:"speaker_kind"`
	Referent    string `json:"referent"`
	Closed      *bool  `json:"closed"`
}

// heldoutFloors are the lowest acceptable figures, a little under those
// measured (when the set was written: recall 1.000, precision 0.982, speaker
// 0.855, role 1.000, resolved 1.000, referent 0.846, nominal 0.846; after the
// attribution rules for described names, bracketed party tags, colon
// lead-ins and titles of works: precision 0.991, speaker 0.974).
var heldoutFloors = heldoutScores{
	Recall: 0.97, Precision: 0.97, Speaker: 0.95, Role: 0.92, Resolved: 0.95, Referent: 0.80, Nominal: 0.76,
}

// heldoutScores are the figures of the shared scoring script, plus two it
// does not compute. Referent: among covered pronoun quotes, the share whose
// predicted speaker names the person the pronoun refers to (the script's
// Resolved only asks for a name). Nominal: among covered quotes whose speaker
// is a description ("the aide", "the filing"), the share whose predicted
// speaker shares a word of it other than an article.
type heldoutScores struct {
	Recall, Precision, Speaker, Role, Resolved, Referent, Nominal float64
}

var (
	heldoutWord = regexp.MustCompile(`[\p{L}\p{N}_’']+`)
	// heldoutTitles are the words the scoring script ignores when it compares
	// names and roles.
	heldoutTitles = heldoutSet("mr mrs ms dr sen senator rep gov governor president the a an of " +
		"former secretary minister prime vice gen general lt col state house speaker chairman chief " +
		"director professor prof rev judge justice mayor republican democrat democratic his her their " +
		"who which said says told new u.s us campaign spokesman spokeswoman party national committee " +
		"office department university")
	heldoutPronouns = heldoutSet("he she they it we i you who which that him her")
	// heldoutFunctionWords are left out when nominal speakers are compared.
	heldoutFunctionWords = heldoutSet("a an the one of for who which that")
)

func heldoutSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// heldoutWords is the script's words(): curly quotes made straight, the
// words lower-cased.
func heldoutWords(s string) []string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'").Replace(s)
	found := heldoutWord.FindAllString(s, -1)
	for i, w := range found {
		found[i] = strings.ToLower(w)
	}
	return found
}

// heldoutNameWords is the script's name_words(): the capitalised words of a
// speaker that can name someone (no titles, pronouns or possessives).
func heldoutNameWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range heldoutWord.FindAllString(strings.ReplaceAll(s, "’", "'"), -1) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		lw := strings.Trim(strings.ToLower(w), "'")
		if utf8.RuneCountInString(lw) < 2 || heldoutTitles[lw] || heldoutPronouns[lw] {
			continue
		}
		out[lw] = true
	}
	return out
}

// heldoutCoverage is the share of inner's words found anywhere in outer.
func heldoutCoverage(inner, outer []string) float64 {
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

// heldoutSharesName reports whether speaker contains one of the name words.
func heldoutSharesName(names map[string]bool, speaker string) bool {
	for _, w := range heldoutWord.FindAllString(strings.ReplaceAll(speaker, "’", "'"), -1) {
		if names[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// heldoutRoleOK reports whether the predicted role carries at least half
// of the words of the annotated appositive role (titles ignored), and
// whether that role is long enough (two words or more) to be scored.
func heldoutRoleOK(goldSpeaker, gotRole string) (ok, scored bool) {
	_, goldRole, _ := strings.Cut(goldSpeaker, ",")
	var rw []string
	for _, w := range heldoutWords(goldRole) {
		if !heldoutTitles[w] {
			rw = append(rw, w)
		}
	}
	if len(rw) < 2 {
		return false, false
	}
	got := map[string]bool{}
	for _, w := range heldoutWords(gotRole) {
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

// heldoutNominalOK reports whether a predicted speaker shares a word, other
// than an article or a relative pronoun, with an annotated description.
func heldoutNominalOK(gold, got string) bool {
	have := map[string]bool{}
	for _, w := range heldoutWords(got) {
		have[w] = true
	}
	for _, w := range heldoutWords(gold) {
		if !heldoutFunctionWords[w] && have[w] {
			return true
		}
	}
	return false
}

// heldoutTally counts what the scores are made of.
type heldoutTally struct {
	gold, found, pred, predOK, spk, spkOK, role, roleOK, pro, proOK, ref, refOK, nom, nomOK int
}

func heldoutRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c heldoutTally) scores() heldoutScores {
	return heldoutScores{
		Recall: heldoutRatio(c.found, c.gold), Precision: heldoutRatio(c.predOK, c.pred),
		Speaker: heldoutRatio(c.spkOK, c.spk), Role: heldoutRatio(c.roleOK, c.role),
		Resolved: heldoutRatio(c.proOK, c.pro), Referent: heldoutRatio(c.refOK, c.ref),
		Nominal: heldoutRatio(c.nomOK, c.nom),
	}
}

// score adds one article's predicted quotes to the tally and returns a line
// for every miss, wrong speaker, wrong role, wrong referent and extra quote.
func (c *heldoutTally) score(a heldoutArticle, preds []Quote) []string {
	var notes []string
	pw := make([][]string, len(preds))
	for j, q := range preds {
		pw[j] = heldoutWords(q.Text)
	}
	var allGold []string
	for _, g := range a.Quotes {
		allGold = append(allGold, heldoutWords(g.Text)...)
	}
	for _, g := range a.Quotes {
		c.gold++
		gw := heldoutWords(g.Text)
		best, bi := 0.0, -1
		for j, w := range pw {
			if cv := heldoutCoverage(gw, w); cv > best {
				best, bi = cv, j
			}
		}
		if best < 0.8 {
			notes = append(notes, "missed "+a.ID+": "+heldoutClip(g.Text))
			continue
		}
		c.found++
		p := preds[bi]
		gn := heldoutNameWords(g.Speaker)
		if g.SpeakerKind == "pronoun" {
			c.pro++
			if len(heldoutNameWords(p.Speaker)) > 0 {
				c.proOK++
			}
			if g.Referent != "" {
				c.ref++
				if heldoutSharesName(heldoutNameWords(g.Referent), p.Speaker) {
					c.refOK++
				} else {
					notes = append(notes, "referent "+a.ID+": "+heldoutClip(g.Text)+" is "+g.Referent+", got "+strconv.Quote(p.Speaker))
				}
			}
			continue
		}
		if g.SpeakerKind == "nominal" {
			c.nom++
			if heldoutNominalOK(g.Speaker, p.Speaker) {
				c.nomOK++
			} else {
				notes = append(notes, "nominal "+a.ID+": "+heldoutClip(g.Text)+" is "+g.Speaker+", got "+strconv.Quote(p.Speaker))
			}
			// Like the script, a description with a capitalised name in it
			// ("a spokesperson for Northvale Water") also counts as named.
		}
		if len(gn) == 0 {
			continue
		}
		c.spk++
		if !heldoutSharesName(gn, p.Speaker) {
			notes = append(notes, "speaker "+a.ID+": "+heldoutClip(g.Text)+" is "+g.Speaker+", got "+strconv.Quote(p.Speaker))
			continue
		}
		c.spkOK++
		if ok, scored := heldoutRoleOK(g.Speaker, p.Role); scored {
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
		if heldoutCoverage(pw[j], allGold) >= 0.8 {
			c.predOK++
		} else {
			notes = append(notes, "extra "+a.ID+": "+heldoutClip(q.Text)+" ("+q.Speaker+")")
		}
	}
	return notes
}

func heldoutClip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return strconv.Quote(string(r[:60]) + "...")
	}
	return strconv.Quote(s)
}

// loadHeldout reads the held-out articles.
func loadHeldout(t *testing.T) []heldoutArticle {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "heldout", "quotes.jsonl"))
	if err != nil {
		t.Fatalf("opening the held-out set: %v", err)
	}
	defer f.Close()
	var arts []heldoutArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var a heldoutArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("reading held-out article %d: %v", len(arts)+1, err)
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading the held-out set: %v", err)
	}
	if len(arts) < 12 {
		t.Fatalf("held-out set has %d articles, want at least 12", len(arts))
	}
	return arts
}

// TestHeldoutAnnotations checks the annotations themselves: offsets that
// cut out exactly the quote, a quote mark just before it, known speaker
// kinds, and a referent for every pronoun speaker.
func TestHeldoutAnnotations(t *testing.T) {
	kinds := map[string]bool{"named": true, "pronoun": true, "nominal": true, "none": true}
	for _, a := range loadHeldout(t) {
		if !strings.HasPrefix(a.Text, a.Title) {
			t.Errorf("%s: text does not start with its title %q", a.ID, a.Title)
		}
		if len(a.Quotes) == 0 {
			t.Errorf("%s: no quotes annotated", a.ID)
		}
		for _, q := range a.Quotes {
			if q.Start < 2 || q.End > len(a.Text) || q.Start >= q.End || a.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: offsets %d:%d do not cut out %s", a.ID, q.Start, q.End, heldoutClip(q.Text))
				continue
			}
			before := a.Text[:q.Start]
			if !strings.HasSuffix(before, `"`) && !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, "''") {
				t.Errorf("%s: no opening quote mark before %s", a.ID, heldoutClip(q.Text))
			}
			if !kinds[q.SpeakerKind] {
				t.Errorf("%s: speaker kind %q for %s", a.ID, q.SpeakerKind, heldoutClip(q.Text))
			}
			if q.SpeakerKind == "pronoun" && q.Referent == "" {
				t.Errorf("%s: pronoun speaker %q without its referent", a.ID, q.Speaker)
			}
		}
	}
}

// TestHeldoutQuoteScores imports every held-out article as plain text,
// scores its quotes against the annotations and fails when a figure falls
// below its floor. Run with -v to see the figures and every failure.
func TestHeldoutQuoteScores(t *testing.T) {
	var tally heldoutTally
	for _, a := range loadHeldout(t) {
		b, err := Import(a.ID+".txt", []byte(a.Text))
		if err != nil {
			t.Fatalf("importing %s: %v", a.ID, err)
		}
		for _, n := range tally.score(a, b.Quotes) {
			t.Log(n)
		}
	}
	got := tally.scores()
	t.Logf("held-out quotes: recall %.3f precision %.3f speaker %.3f role %.3f resolved %.3f referent %.3f nominal %.3f "+
		"(gold %d, shown as speech %d, named speakers %d, roles %d, pronouns %d, nominal speakers %d)",
		got.Recall, got.Precision, got.Speaker, got.Role, got.Resolved, got.Referent, got.Nominal,
		tally.gold, tally.pred, tally.spk, tally.role, tally.pro, tally.nom)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"recall", got.Recall, heldoutFloors.Recall},
		{"precision", got.Precision, heldoutFloors.Precision},
		{"speaker", got.Speaker, heldoutFloors.Speaker},
		{"role", got.Role, heldoutFloors.Role},
		{"resolved", got.Resolved, heldoutFloors.Resolved},
		{"referent", got.Referent, heldoutFloors.Referent},
		{"nominal", got.Nominal, heldoutFloors.Nominal},
	} {
		if c.got < c.want {
			t.Errorf("held-out %s %.3f is below its floor %.3f", c.name, c.got, c.want)
		}
	}
}

// TestHeldoutScoringRules checks the ported scoring rules one by one, so a
// figure above means what the shared script means.
func TestHeldoutScoringRules(t *testing.T) {
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
			if got := heldoutCoverage(heldoutWords(c.inner), heldoutWords(c.outer)); got != c.want {
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
			for w := range heldoutNameWords(c.speaker) {
				got = append(got, w)
			}
			sort.Strings(got)
			if g := strings.Join(got, " "); g != c.want {
				t.Errorf("name words of %q = %q, want %q", c.speaker, g, c.want)
			}
		}
	})
	t.Run("tally", func(t *testing.T) {
		arts := loadHeldout(t)
		var none, perfect heldoutTally
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
		if got := none.scores(); got.Recall != 0 || got.Recall >= heldoutFloors.Recall {
			t.Errorf("no quotes found scores recall %.3f, want 0 and below the floor", got.Recall)
		}
		want := heldoutScores{1, 1, 1, 1, 1, 1, 1}
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
			if got := heldoutNominalOK(c.gold, c.got); got != c.want {
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
			ok, scored := heldoutRoleOK(c.gold, c.got)
			if ok != c.ok || scored != c.scored {
				t.Errorf("role %q against %q = %v, %v; want %v, %v", c.got, c.gold, ok, scored, c.ok, c.scored)
			}
		}
	})
}
