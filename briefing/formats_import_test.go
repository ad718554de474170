package briefing

import (
	"fmt"
	"html"
	"reflect"
	"strings"
	"testing"
)

// agreeArticle is a plain-text article: title line, then one paragraph per
// line, as the quote scorer hands articles over.
const agreeArticle = `Council Delays Vote on Market Hall.
The city council postponed its vote on the future of the old market hall on Thursday, after two members asked for more time to study a rival plan from local traders.
“We are not against renovation. We are against a plan that leaves the traders outside in the rain,” said Amira Castell, who speaks for the traders’ association.
The council’s planning chief, Oliver Brandt, said the delay would cost the city about two months but that he would rather get the decision right.
A new vote is expected in September, officials said.`

// asMarkdown and asPage wrap a plain-text article the way
// eval/score_quotes.py does: Markdown with front matter, and a news page
// with navigation, share links, related stories and a footer.
func asMarkdown(text string) string {
	title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return fmt.Sprintf("---\ntitle: %q\nsource: \"Example News\"\n---\n\n%s\n", strings.TrimSuffix(strings.TrimSpace(title), "."), strings.TrimSpace(body))
}

func asPage(text string) string {
	title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
	title = html.EscapeString(strings.TrimSuffix(strings.TrimSpace(title), "."))
	var paras strings.Builder
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + ` | Example News</title>` +
		`<meta property="og:site_name" content="Example News"></head><body>` +
		`<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>` +
		`<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>` +
		`<article><h1>` + title + `</h1>` + paras.String() + `</article>` +
		`<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Markets rally after vote</a></li>` +
		`<li><a href="/b">Five things to know today</a></li></ul></aside>` +
		`<footer>&copy; Example News. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`
}

// TestFormatsAgree imports one article as plain text, as Markdown with
// front matter and as a news page: all three must give the same sections,
// and the page's furniture must stay out.
func TestFormatsAgree(t *testing.T) {
	forms := map[string]string{"a.txt": agreeArticle, "a.md": asMarkdown(agreeArticle), "a.html": asPage(agreeArticle)}
	var want []Section
	for _, name := range []string{"a.txt", "a.md", "a.html"} {
		b, err := Import(name, []byte(forms[name]))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.HasPrefix(b.Title, "Council Delays Vote on Market Hall") {
			t.Errorf("%s: title %q", name, b.Title)
		}
		if name == "a.txt" {
			want = b.Sections
			if len(want) != 1 || len(want[0].Paragraphs) != 4 {
				t.Fatalf("plain text gave %d sections: %+v", len(want), want)
			}
			continue
		}
		if b.Source != "Example News" {
			t.Errorf("%s: source %q", name, b.Source)
		}
		if !reflect.DeepEqual(b.Sections, want) {
			t.Errorf("%s: sections differ from plain text:\n%+v\nwant\n%+v", name, b.Sections, want)
		}
	}
}
