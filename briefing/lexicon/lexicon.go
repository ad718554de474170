// Package lexicon holds the word lists brief reads text with, and the one
// loader for them.
//
// Every list is a text file in this folder in one format: one entry a line,
// lower case unless case matters, blank lines and lines starting with "#"
// ignored, leading spaces dropped. A trailing space is part of the entry (a
// prefix that must end a word: "most read "). A line may hold several words
// ("according to"); it may carry a tag or a kind where the list's header
// says so ("he person", "word: university"). Each list lives in one file,
// and each file is read once.
package lexicon

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed *.txt
var files embed.FS

// lists caches every list by name after its first read.
var lists sync.Map // name → []string

// Lines returns the entries of the list in file name+".txt", in file order,
// trimmed, without blank and comment lines. It panics if the list does not
// exist: the lists are part of the program, so a missing one is a bug.
func Lines(name string) []string {
	if v, ok := lists.Load(name); ok {
		return v.([]string)
	}
	data, err := files.ReadFile(name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("lexicon: no list %q: %v", name, err))
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimLeft(strings.TrimRight(l, "\r"), " \t")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	v, _ := lists.LoadOrStore(name, out)
	return v.([]string)
}

// Set returns the entries of a list as a set. The set is made anew at each
// call; keep it rather than calling Set on a hot path.
func Set(name string) map[string]bool {
	ls := Lines(name)
	m := make(map[string]bool, len(ls))
	for _, l := range ls {
		m[strings.TrimSpace(l)] = true
	}
	return m
}

// Tagged returns a list whose lines are "entry tag" (the tag is the last
// field) as a map from entry to tag.
func Tagged(name string) map[string]string {
	ls := Lines(name)
	m := make(map[string]string, len(ls))
	for _, l := range ls {
		l = strings.TrimSpace(l)
		i := strings.LastIndexAny(l, " \t")
		if i < 0 {
			m[l] = ""
			continue
		}
		m[strings.TrimSpace(l[:i])] = l[i+1:]
	}
	return m
}

// Kinds returns a list whose lines are "kind: entry" as the entries of
// each kind, in file order ("month: May" is an entry "May" of kind
// "month"). Lines without a kind are left out.
func Kinds(name string) map[string][]string {
	m := map[string][]string{}
	for _, l := range Lines(name) {
		if k, v, ok := strings.Cut(l, ":"); ok {
			k = strings.TrimSpace(k)
			m[k] = append(m[k], strings.TrimSpace(v))
		}
	}
	return m
}
