package briefing

import (
	"strings"
	"testing"
)

func zzZones(t *testing.T, held bool) (before, inside, after, pages, headsB, headsI, headsA int, pagesBy map[string]int) {
	pagesBy = map[string]int{}
	for _, c := range pasteCasesOf(t, append(append([]string(nil), pastePages...), extraPastePages...)) {
		if c.heldOut != held || c.headline == "" {
			continue
		}
		b, err := Import(c.name+".txt", []byte(c.headline))
		if err != nil {
			continue
		}
		var items []string
		var heads []bool
		for _, sec := range b.Sections {
			if sec.Heading != "" {
				items = append(items, sec.Heading)
				heads = append(heads, true)
			}
			for _, p := range sec.Paragraphs {
				items = append(items, p)
				heads = append(heads, false)
			}
		}
		first, last := -1, -1
		for i, p := range items {
			if c.isArticleText(p) && len(strings.Fields(p)) >= 8 {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		zones := map[string]bool{}
		for i, p := range items {
			if c.isArticleText(p) {
				continue
			}
			switch {
			case i < first:
				before++
				zones["before"] = true
				if heads[i] {
					headsB++
				}
			case i > last:
				after++
				zones["after"] = true
				if heads[i] {
					headsA++
				}
			default:
				inside++
				zones["inside"] = true
				if heads[i] {
					headsI++
				}
			}
		}
		if len(zones) > 0 {
			pages++
			k := ""
			for _, z := range []string{"before", "inside", "after"} {
				if zones[z] {
					k += z + " "
				}
			}
			pagesBy[k]++
		}
	}
	return
}

func TestZZZones(t *testing.T) {
	for _, held := range []bool{false, true} {
		b, i, a, p, hb, hi, ha, by := zzZones(t, held)
		t.Logf("held %v: junk before the article %d (headings %d), inside %d (%d), after %d (%d); pages with junk %d %v", held, b, hb, i, hi, a, ha, p, by)
	}
}

func TestZZBefore(t *testing.T) {
	for _, c := range pasteCasesOf(t, append(append([]string(nil), pastePages...), extraPastePages...)) {
		if c.heldOut || c.headline == "" {
			continue
		}
		b, _ := Import(c.name+".txt", []byte(c.headline))
		var items []string
		for _, sec := range b.Sections {
			if sec.Heading != "" {
				items = append(items, "## "+sec.Heading)
			}
			items = append(items, sec.Paragraphs...)
		}
		for i, p := range items {
			if c.isArticleText(p) && len(strings.Fields(p)) >= 8 {
				break
			}
			if !c.isArticleText(p) {
				t.Logf("%s: %.200q  (standfirst %.60q, captions %d)", c.name, p, b.Standfirst, len(b.Captions))
			}
			_ = i
		}
	}
}
