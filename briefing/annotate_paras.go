package briefing

import "slices"

// paraLocator finds a paragraph by its section and number in a list of
// the body's paragraphs. Lists made by bodyParas and readParagraphs hold
// every paragraph in reading order, so the place of a paragraph is its
// section's first place plus its number; any other list is searched.
type paraLocator[T any] struct {
	paras []T
	at    func(T) (sec, par int)
	first []int // by section, the place of its first paragraph, or -1
}

// newParaLocator indexes paras, whose section and number at gives.
func newParaLocator[T any](paras []T, at func(T) (sec, par int)) paraLocator[T] {
	pl := paraLocator[T]{paras: paras, at: at}
	for i, p := range paras {
		sec, par := at(p)
		if par != 0 || sec < 0 {
			continue
		}
		for len(pl.first) <= sec {
			pl.first = append(pl.first, -1)
		}
		if pl.first[sec] < 0 {
			pl.first[sec] = i
		}
	}
	return pl
}

// find returns the place of paragraph par of section sec, and whether the
// list holds it.
func (pl paraLocator[T]) find(sec, par int) (int, bool) {
	if sec >= 0 && sec < len(pl.first) && pl.first[sec] >= 0 && par >= 0 {
		if i := pl.first[sec] + par; i < len(pl.paras) {
			if s, p := pl.at(pl.paras[i]); s == sec && p == par {
				return i, true
			}
		}
	}
	i := slices.IndexFunc(pl.paras, func(p T) bool {
		s, n := pl.at(p)
		return s == sec && n == par
	})
	return i, i >= 0
}
