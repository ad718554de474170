package ui

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"brief/briefing"
	"brief/library"
)

// entryDate is when a library entry is from: its publication date, or the
// file's time when it has none.
func entryDate(e library.Entry) time.Time {
	if e.Briefing != nil && !e.Briefing.Published.IsZero() {
		return e.Briefing.Published
	}
	return e.ModTime
}

// sortEntries orders entries for the library: newest first by published
// date (then file time), undated ones after, failed ones last; ties by ID.
func sortEntries(entries []library.Entry) {
	rank := func(e library.Entry) int {
		switch {
		case e.Err != nil || e.Briefing == nil:
			return 2
		case entryDate(e).IsZero():
			return 1
		}
		return 0
	}
	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		da, db := entryDate(a), entryDate(b)
		if !da.Equal(db) {
			return da.After(db)
		}
		return a.ID < b.ID
	})
}

// dayLabel names the day group of an entry: "Today", "Yesterday", or the
// date; "Undated" and "Could not be read" for the groups at the end.
func dayLabel(e library.Entry, now time.Time) string {
	if e.Err != nil || e.Briefing == nil {
		return "Could not be read"
	}
	d := entryDate(e)
	if d.IsZero() {
		return "Undated"
	}
	d = d.In(now.Location())
	y1, m1, d1 := d.Date()
	y2, m2, d2 := now.Date()
	today := time.Date(y2, m2, d2, 0, 0, 0, 0, now.Location())
	day := time.Date(y1, m1, d1, 0, 0, 0, 0, now.Location())
	switch {
	case day.Equal(today):
		return "Today"
	case day.Equal(today.AddDate(0, 0, -1)):
		return "Yesterday"
	case y1 == y2:
		return d.Format("Monday 2 January")
	}
	return d.Format("Monday 2 January 2006")
}

// foldText lower-cases s and takes the accents off its letters, so that a
// filter typed as "maori" finds "Māori".
func foldText(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// entrySearchText is what the filter looks in: title, source, authors,
// everyone quoted or named, and the file name, folded.
func entrySearchText(e library.Entry) string {
	parts := []string{e.ID}
	if b := e.Briefing; b != nil {
		parts = append(parts, b.Title, b.Source)
		parts = append(parts, b.Authors...)
		seen := map[string]bool{}
		for _, q := range b.Quotes {
			if q.Speaker != "" && !seen[q.Speaker] {
				seen[q.Speaker] = true
				parts = append(parts, q.Speaker)
			}
		}
		for _, f := range b.Facts {
			if f.Kind == briefing.Person && !seen[f.Text] {
				seen[f.Text] = true
				parts = append(parts, f.Text)
			}
		}
	}
	return foldText(strings.Join(parts, "\x00"))
}
