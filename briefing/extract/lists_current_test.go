package extract

import (
	"io/fs"
	"testing"
)

// TestLearnedListsAreCurrent rebuilds the learned lists of names (people's
// surnames, organisations' acronyms, places of one word) from the articles
// learned from and checks that the built-in files are those bytes: a list
// changed by hand, or left behind by a change to how it is learned, fails
// here (run `go generate ./...`).
func TestLearnedListsAreCurrent(t *testing.T) {
	tune, _ := loadCorpus(t)
	exs := examples(tune)
	for _, c := range []struct {
		file string
		want map[string]bool
	}{
		{peopleFile, learnPeople(exs)},
		{acronymsFile, learnAcronyms(exs)},
		{placesFile, learnPlaces(exs)},
	} {
		got, err := fs.ReadFile(modelFiles, "model/"+c.file)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != formatWords(c.want) {
			t.Errorf("model/%s is not what the training data gives (%d lines built in, %d learned): run `go generate ./...`", c.file, len(parseWords(string(got))), len(c.want))
		}
	}
}
