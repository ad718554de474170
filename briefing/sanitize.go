package briefing

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// sanitize cleans every string of an imported briefing once more. Clean runs
// on the input bytes, but the Markdown and HTML importers decode entities
// afterwards (`&#27;` is ESC), so a page could still smuggle a control
// sequence into a paragraph, a heading or the metadata. Strings that need
// nothing are left as they are, so this costs one byte scan.
func sanitize(b *Briefing) {
	fix := func(s *string) {
		if needsClean(*s) {
			*s = CleanString(*s)
		}
	}
	for _, s := range []*string{&b.Title, &b.Standfirst, &b.Source, &b.Origin, &b.Dateline} {
		fix(s)
	}
	for i := range b.Authors {
		fix(&b.Authors[i])
	}
	for i := range b.Tags {
		fix(&b.Tags[i])
	}
	for i := range b.Captions {
		fix(&b.Captions[i].Text)
		fix(&b.Captions[i].Credit)
	}
	for i := range b.Links {
		fix(&b.Links[i].Target)
	}
	dirty := paragraphsNeedingClean(b)
	for i := range b.Sections {
		s := &b.Sections[i]
		fix(&s.Heading)
		emptied := false
		for p := range s.Paragraphs {
			if dirty.at(i, p) {
				s.Paragraphs[p] = strings.TrimSpace(CleanString(s.Paragraphs[p]))
				emptied = emptied || s.Paragraphs[p] == ""
				// Styles measured the text before: drop those of this
				// paragraph rather than point into the wrong bytes.
				b.Styles = dropStyles(b.Styles, i, p)
				b.Links = dropLinks(b.Links, i, p)
				if p < len(s.Details) {
					s.Details[p].Cells = nil
				}
			}
		}
		if emptied {
			dropEmptyParagraphs(b, i)
		}
	}
}

// parallelSanitize is the fewest paragraphs worth a goroutine of their own
// when looking for the ones to clean.
const parallelSanitize = 2048

// dirtyParagraphs tells which paragraphs of a briefing need cleaning.
type dirtyParagraphs struct {
	first []int  // first[i]: the index in needs of section i's first paragraph
	needs []bool // one per paragraph, section after section
}

// at reports whether paragraph p of section i needs cleaning.
func (d dirtyParagraphs) at(section, p int) bool { return d.needs[d.first[section]+p] }

// paragraphsNeedingClean finds the paragraphs of b that need cleaning (see
// needsClean), splitting long briefings between the processors.
func paragraphsNeedingClean(b *Briefing) dirtyParagraphs {
	first := make([]int, len(b.Sections)+1)
	for i, s := range b.Sections {
		first[i+1] = first[i] + len(s.Paragraphs)
	}
	needs := make([]bool, first[len(b.Sections)])
	inChunks(len(needs), parallelSanitize, func(lo, hi int) {
		// The section holding paragraph lo: the last one starting at or
		// before it.
		i := sort.SearchInts(first, lo+1) - 1
		for k := lo; k < hi; k++ {
			for k >= first[i+1] {
				i++
			}
			needs[k] = needsClean(b.Sections[i].Paragraphs[k-first[i]])
		}
	})
	return dirtyParagraphs{first: first, needs: needs}
}

// dropEmptyParagraphs removes the paragraphs of section i that cleaning left
// empty, moving the styles of the paragraphs after them along.
func dropEmptyParagraphs(b *Briefing, i int) {
	s := &b.Sections[i]
	newIndex := make([]int, len(s.Paragraphs))
	var paras []string
	var kinds []BlockKind
	var details []Detail
	for p, text := range s.Paragraphs {
		if text == "" {
			newIndex[p] = -1
			continue
		}
		newIndex[p] = len(paras)
		paras = append(paras, text)
		if len(s.Kinds) > 0 {
			kinds = append(kinds, s.Kind(p))
		}
		if len(s.Details) > 0 {
			details = append(details, s.Detail(p))
		}
	}
	s.Paragraphs, s.Kinds, s.Details = paras, kinds, details
	links := b.Links[:0]
	for _, l := range b.Links {
		if l.Section == i {
			if newIndex[l.Paragraph] < 0 {
				continue
			}
			l.Paragraph = newIndex[l.Paragraph]
		}
		links = append(links, l)
	}
	b.Links = links
	out := b.Styles[:0]
	for _, st := range b.Styles {
		if st.Section == i {
			if newIndex[st.Paragraph] < 0 {
				continue
			}
			st.Paragraph = newIndex[st.Paragraph]
		}
		out = append(out, st)
	}
	b.Styles = out
}

// needsClean reports whether s holds anything Clean would remove or change:
// a control character other than newline, a C1 control, a bidirectional
// override, a byte order mark, a no-break space or invalid UTF-8.
func needsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\n':
			return true
		case c == 0x7f:
			return true
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1,
				r >= 0x80 && r <= 0xa0,
				r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
				return true
			}
			i += n - 1
		}
	}
	return false
}

func dropStyles(styles []Style, section, paragraph int) []Style {
	out := styles[:0]
	for _, st := range styles {
		if st.Section != section || st.Paragraph != paragraph {
			out = append(out, st)
		}
	}
	return out
}

func dropLinks(links []Link, section, paragraph int) []Link {
	out := links[:0]
	for _, l := range links {
		if l.Section != section || l.Paragraph != paragraph {
			out = append(out, l)
		}
	}
	return out
}
