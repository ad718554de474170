package briefing

import (
	"strings"
	"testing"
)

// cleanPaste is a tuned readability page whose headline paste reads with
// no junk: the page, the paste's score and the paste imported.
type cleanPaste struct {
	pasteCase
	base pasteScore
	b    *Briefing
}

// cleanTunedPastes returns the tuned readability pages whose headline
// paste reads with no junk: the pages the probes set forms into.
func cleanTunedPastes(t *testing.T) []cleanPaste {
	var out []cleanPaste
	for _, c := range pasteCases(t) {
		if c.heldOut || c.headline == "" {
			continue
		}
		b, err := Import(c.name+".txt", []byte(c.headline))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if base := c.scoreImported(b, c.headline); base.junk == 0 {
			out = append(out, cleanPaste{c, base, b})
		}
	}
	return out
}

// readsAsBase reports whether a paste with a form set into it reads as
// the page's own paste did: no junk, and none of the article lost.
func (p cleanPaste) readsAsBase(s pasteScore) bool {
	return s.junk == 0 && s.kept >= p.base.kept-0.001
}

// formTally counts how the (page, form) pairs of a probe read, and the
// pages each form was misread on.
type formTally struct {
	pages, right, all int
	misread           map[string][]string
}

// add counts one pair: form set into page, read right or not.
func (f *formTally) add(form, page string, right bool) {
	f.all++
	if right {
		f.right++
		return
	}
	if f.misread == nil {
		f.misread = map[string][]string{}
	}
	f.misread[form] = append(f.misread[form], page)
}

// report logs the forms misread and on which pages, in the order of
// forms, and the sum, under what; it fails when fewer than floor pairs
// read right.
func (f *formTally) report(t *testing.T, what string, forms []string, floor int) {
	t.Helper()
	for _, form := range forms {
		if pages := f.misread[form]; len(pages) > 0 {
			t.Logf("%q misread on %d pages: %q", form, len(pages), pages)
		}
	}
	t.Logf("%s: %d pages, %d of %d read right", what, f.pages, f.right, f.all)
	if f.right < floor {
		t.Errorf("%s: %d of %d read right, want %d at least", what, f.right, f.all, floor)
	}
}

// middleGap splits a paste into its blocks and finds the gap to set an
// insert into: the first after the middle block that has a long paragraph
// of one line on either side. It is -1 in a paste of fewer than eight
// blocks, or with no such gap.
func middleGap(paste string) ([]string, int) {
	paras := strings.Split(strings.TrimRight(paste, "\n"), "\n\n")
	if len(paras) < 8 {
		return paras, -1
	}
	for k := len(paras) / 2; k+1 < len(paras); k++ {
		if len(tokens(paras[k])) >= 20 && len(tokens(paras[k+1])) >= 20 && !strings.Contains(paras[k], "\n") && !strings.Contains(paras[k+1], "\n") {
			return paras, k + 1
		}
	}
	return paras, -1
}

// setInGap is the paste of paras with block set apart in the gap before
// paras[at].
func setInGap(paras []string, at int, block string) string {
	return strings.Join(paras[:at], "\n\n") + "\n\n" + block + "\n\n" + strings.Join(paras[at:], "\n\n") + "\n"
}
