package briefing

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"go.yaml.in/yaml/v3"
)

// frontMatterEnd finds the closing line of a front-matter block.
var frontMatterEnd = map[string]*lazyRegexp{
	"---": lazyCompile(`(?m)^(?:---|\.\.\.)[ \t]*$`),
	"+++": lazyCompile(`(?m)^\+\+\+[ \t]*$`),
}

// splitFrontMatter separates a leading YAML (---) or TOML (+++) front-matter
// block from the Markdown body and decodes it into a map. Text without a
// closed block is all body. A block that does not decode is reported as an
// error, with the body still separated.
func splitFrontMatter(s string) (meta map[string]any, body string, err error) {
	delim := ""
	switch {
	case strings.HasPrefix(s, "---"):
		delim = "---"
	case strings.HasPrefix(s, "+++"):
		delim = "+++"
	default:
		return nil, s, nil
	}
	nl := strings.IndexByte(s, '\n')
	if nl < 0 || strings.TrimSpace(s[len(delim):nl]) != "" {
		return nil, s, nil
	}
	rest := s[nl+1:]
	loc := frontMatterEnd[delim].FindStringIndex(rest)
	if loc == nil {
		return nil, s, nil
	}
	block := rest[:loc[0]]
	body = rest[loc[1]:]
	if delim == "+++" {
		return parseSimpleTOML(block), body, nil
	}
	meta = map[string]any{}
	if err := yaml.Unmarshal([]byte(block), &meta); err != nil {
		return nil, body, fmt.Errorf("reading the front matter: %w", err)
	}
	return meta, body, nil
}

// tomlLine is one "key = value" line of TOML front matter.
var tomlLine = lazyCompile(`^([A-Za-z0-9_.-]+)\s*=\s*(.+)$`)

// parseSimpleTOML reads the flat part of TOML front matter: strings,
// string arrays, dates and numbers, with [table] names as key prefixes.
func parseSimpleTOML(block string) map[string]any {
	meta := map[string]any{}
	table := ""
	for _, l := range strings.Split(block, "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") && !strings.Contains(l, "=") {
			table = strings.Trim(l, "[] ") + "."
			continue
		}
		m := tomlLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		key, v := table+m[1], strings.TrimSpace(m[2])
		if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
			var list []any
			for _, item := range strings.Split(strings.Trim(v, "[]"), ",") {
				if item = tomlString(item); item != "" {
					list = append(list, item)
				}
			}
			meta[key] = list
			continue
		}
		meta[key] = tomlString(v)
	}
	return meta
}

// tomlString unquotes a TOML scalar.
func tomlString(v string) string {
	v = strings.TrimSpace(v)
	if u, err := strconv.Unquote(v); err == nil && strings.HasPrefix(v, `"`) {
		return u
	}
	return strings.Trim(v, `'" `)
}

// metaLookup returns the first of keys found in meta, a dotted key
// ("params.source") reading a nested map or a flat TOML key.
func metaLookup(meta map[string]any, keys ...string) any {
	for _, k := range keys {
		if v, ok := meta[k]; ok && v != nil {
			return v
		}
		if parent, child, ok := strings.Cut(k, "."); ok {
			if m, ok := meta[parent].(map[string]any); ok {
				if v, ok := m[child]; ok && v != nil {
					return v
				}
			}
		}
	}
	return nil
}

// metaString reads a metadata value as one tidy string: a string, a
// number, the first item of a list, or the "name" of an object.
func metaString(v any) string {
	switch x := v.(type) {
	case string:
		return tidy(x)
	case []any:
		if len(x) > 0 {
			return metaString(x[0])
		}
	case map[string]any:
		return metaString(x["name"])
	case int, int64, float64:
		return fmt.Sprint(x)
	}
	return ""
}

// metaStrings reads a metadata value as a list: a list of strings or of
// objects with a name, or one string split on commas (or on spaces when
// split is true and there is no comma).
func metaStrings(v any, spaces bool) []string {
	var out []string
	switch x := v.(type) {
	case []any:
		for _, item := range x {
			if s := metaString(item); s != "" {
				out = append(out, s)
			}
		}
	case string:
		s := tidy(x)
		if s == "" {
			return nil
		}
		if !strings.Contains(s, ",") && spaces {
			return strings.Fields(s)
		}
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	case map[string]any:
		if s := metaString(x); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// metaTime reads a published date: a YAML timestamp, or a string in RFC
// 3339, YYYY-MM-DD, "2013/7/13 20:46:25" or another common form (read in UTC
// when it names no zone).
func metaTime(v any) time.Time {
	switch x := v.(type) {
	case time.Time:
		return x
	case string:
		return parseDate(x)
	}
	return time.Time{}
}

// parseDate reads a date string in any common form; the zero time when it
// is not a date.
func parseDate(s string) time.Time {
	s = tidy(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02", "2006/1/2 15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			return t
		}
	}
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil {
		return time.Time{}
	}
	return t
}

// applyFrontMatter fills the briefing's metadata from front matter: title,
// standfirst, published date, authors, source and tags (see the keys in
// each lookup).
func applyFrontMatter(b *Briefing, meta map[string]any) {
	if meta == nil {
		return
	}
	b.Title = metaString(metaLookup(meta, "title"))
	b.Standfirst = collapseSpace(metaString(metaLookup(meta, "standfirst", "dek", "subtitle", "description", "summary", "params.subtitle", "params.description")))
	for _, k := range []string{"date", "publishDate", "publishdate", "pubdate", "published", "lastmod", "modified", "updated"} {
		if t := metaTime(meta[k]); !t.IsZero() {
			b.Published = t
			break
		}
	}
	for _, a := range metaStrings(metaLookup(meta, "authors", "author", "params.authors", "params.author"), false) {
		if names := authorsFromByline(a); len(names) > 0 {
			b.Authors = append(b.Authors, names...)
		} else {
			b.Authors = append(b.Authors, a)
		}
	}
	b.Source = metaString(metaLookup(meta, "source", "publisher", "site", "site_name", "siteName", "params.source", "params.publisher"))
	b.Tags = metaStrings(metaLookup(meta, "tags", "categories", "keywords"), true)
}
