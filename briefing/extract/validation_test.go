package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// trainingData is the annotated articles, in the shared folder beside the
// repository; tests that need them skip without it.
const trainingData = "../../../shared/testdata/quotes/polnear-train.jsonl"

func loadCorpus(t testing.TB) (tune, validation []*Article) {
	f, err := os.Open(trainingData)
	if err != nil {
		t.Skipf("the training data is not here (%v): run in a checkout with ../shared beside it", err)
	}
	defer f.Close()
	all, err := ReadCorpus(f)
	if err != nil {
		t.Fatal(err)
	}
	return Split(all)
}

// TestLearnedFilesAreCurrent fails when the learned files built into the
// program were not made from the training data and code as they are now:
// run `go generate ./...` and commit model/.
func TestLearnedFilesAreCurrent(t *testing.T) {
	if _, err := os.Stat(trainingData); err != nil {
		t.Skipf("the training data is not here (%v)", err)
	}
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := Sources(dir, trainingData)
	if err != nil {
		t.Fatal(err)
	}
	if got := builtinSources(); got != want {
		t.Fatalf("model/ is stale: run `go generate ./...` and commit it.\nbuilt in:\n%s\nnow:\n%s", got, want)
	}
}

// TestSplitKeepsValidationApart checks the validation part is the articles
// of August and September 2016 and that nothing of it is learned from.
func TestSplitKeepsValidationApart(t *testing.T) {
	tune, val := loadCorpus(t)
	if len(val) != 97 || len(tune) != 743 {
		t.Fatalf("split %d to learn from and %d to validate, want 743 and 97", len(tune), len(val))
	}
	for _, a := range tune {
		if strings.HasPrefix(a.Date, "2016-08") || strings.HasPrefix(a.Date, "2016-09") {
			t.Fatalf("%s (%s) is learned from", a.ID, a.Date)
		}
	}
}

// TestValidationScores measures the built-in models on the validation
// part, which nothing was tuned on, and fails below the floors.
func TestValidationScores(t *testing.T) {
	tune, val := loadCorpus(t)
	s := Evaluate(builtin(), val)
	t.Logf("validation: %v", s)
	if testing.Verbose() {
		t.Logf("learned from: %v", Evaluate(builtin(), tune))
	}
	floors := map[string][2]float64{
		"quote recall":    {ratio(s.Found, s.Gold), 0.98},
		"quote precision": {ratio(s.ShownRight, s.Shown), 0.94},
		"speaker":         {ratio(s.NamedRight, s.Named), 0.85},
		"role":            {ratio(s.RolesRight, s.Roles), 0.70},
	}
	for name, f := range floors {
		if f[0] < f[1] {
			t.Errorf("validation %s %.3f is below its floor %.2f", name, f[0], f[1])
		}
	}
	right, total := EvaluatePronouns(builtin(), val)
	t.Logf("validation pronouns: %d of %d resolved to their person (%.3f)", right, total, ratio(right, total))
	if ratio(right, total) < 0.68 {
		t.Errorf("validation pronoun resolution %.3f is below its floor 0.68", ratio(right, total))
	}
	var exs []*example
	for _, a := range val {
		exs = append(exs, newExample(a))
	}
	for _, k := range []EntityKind{PersonName, OrgName, PlaceName} {
		ns := scoreNames(builtin().Names, exs, k, false)
		t.Logf("validation %s names (exact spans against the silver ones): precision %.3f recall %.3f of %d", k, ns.precision(), ns.recall(), ns.gold)
		ms := scoreNames(builtin().Names, exs, k, true)
		t.Logf("validation %s names, mended (mendSpans): precision %.3f recall %.3f of %d", k, ms.precision(), ms.recall(), ms.gold)
	}
	ps := EvaluatePeople(builtin(), val)
	t.Logf("validation people: %v", ps)
	if testing.Verbose() {
		t.Logf("learned from: people %v", EvaluatePeople(builtin(), tune))
	}
	if ps.recall() < 0.80 || ps.precision() < 0.80 {
		t.Errorf("validation people recall %.3f, precision %.3f: below 0.80", ps.recall(), ps.precision())
	}
}

// TestFactsAgainstSilver scores the organisations and places of the key
// facts on the validation part against the silver names.
func TestFactsAgainstSilver(t *testing.T) {
	tune, val := loadCorpus(t)
	orgs, places := EvaluateFacts(builtin(), val)
	t.Logf("validation organisations: %v", orgs)
	t.Logf("validation places: %v", places)
	if testing.Verbose() {
		o, p := EvaluateFacts(builtin(), tune)
		t.Logf("learned from: organisations %v; places %v", o, p)
	}
	if orgs.recall() < 0.65 || orgs.precision() < 0.60 || places.recall() < 0.70 || places.precision() < 0.80 {
		t.Errorf("organisations %v, places %v: below the floors (0.65/0.60, 0.70/0.80)", orgs, places)
	}
}
