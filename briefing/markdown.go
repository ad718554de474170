package briefing

import (
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	xhtml "golang.org/x/net/html"
)

// importMarkdown reads Markdown with optional YAML (or simple TOML) front
// matter. The front matter gives the metadata; goldmark's syntax tree gives
// the body: the first "#" heading is the title when the front matter has
// none, other headings start sections, block quotes, list items and code
// blocks become paragraphs of their kind, and emphasis, strong text and
// inline code become styles. A front matter that does not decode is
// reported as a warning and the body is still read.
func importMarkdown(s string) (*Briefing, error) {
	b := &Briefing{}
	meta, body, err := splitFrontMatter(s)
	if err != nil {
		b.Warnings = append(b.Warnings, tidy(err.Error()))
	}
	applyFrontMatter(b, meta)
	src := []byte(body)
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	doc := md.Parser().Parse(text.NewReader(src))
	w := mdWalker{src: src, b: b, lineParagraphs: !isHardWrapped(strings.Split(body, "\n"))}
	w.blocks(doc, paragraph)
	assemble(b, w.out, false)
	return b, nil
}

// mdWalker collects blocks from a goldmark syntax tree.
type mdWalker struct {
	src []byte
	b   *Briefing
	out []block
	// lineParagraphs makes each line of a paragraph its own paragraph, for
	// text pasted with one paragraph per line (see isHardWrapped).
	lineParagraphs bool
	kind           blockKind // the kind of the block being built
	t              inlineText
}

// blocks walks the block children of n; kind is what their paragraphs
// become (plain, quote, list item).
func (w *mdWalker) blocks(n ast.Node, kind blockKind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch v := c.(type) {
		case *ast.Heading:
			bls := w.inline(v, heading)
			if v.Level == 1 && w.b.Title == "" && len(w.out) == 0 && len(bls) > 0 {
				w.b.Title = bls[0].text
				continue
			}
			w.add(bls...)
		case *ast.Paragraph, *ast.TextBlock:
			w.add(w.inline(v, kind)...)
		case *ast.Blockquote:
			w.blocks(v, quoteBlock)
		case *ast.List:
			if kind == quoteBlock {
				w.blocks(v, quoteBlock)
			} else {
				w.blocks(v, listItem)
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			var lines []string
			segs := v.Lines()
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				lines = append(lines, strings.TrimRight(string(seg.Value(w.src)), "\n"))
			}
			w.add(block{kind: codeBlock, text: codeText(lines)})
		case *east.Table:
			w.table(v, kind)
		case *ast.HTMLBlock:
			w.htmlBlock(v, kind)
		case *ast.ThematicBreak:
			// A rule carries no text.
		default:
			w.blocks(v, kind)
		}
	}
}

// table makes each row of a table one paragraph, its cells joined by " | ".
func (w *mdWalker) table(t *east.Table, kind blockKind) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var it inlineText
		w.kind = heading // cells never split into paragraphs
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if !it.empty() {
				it.write(" | ")
			}
			w.inlines(&it, cell)
		}
		w.add(it.take(kind))
	}
}

// htmlBlock reads the text of raw HTML inside Markdown as the HTML importer
// reads a page's article.
func (w *mdWalker) htmlBlock(n *ast.HTMLBlock, kind blockKind) {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		sb.Write(seg.Value(w.src))
	}
	if n.HasClosure() {
		sb.Write(n.ClosureLine.Value(w.src))
	}
	doc, err := xhtml.Parse(strings.NewReader(sb.String()))
	if err != nil {
		return
	}
	hw := htmlWalker{b: w.b}
	hw.walk(doc, kind)
	hw.flush(kind)
	w.add(hw.out...)
}

// add keeps the blocks that have text.
func (w *mdWalker) add(bls ...block) {
	for _, bl := range bls {
		if strings.TrimSpace(bl.text) != "" {
			w.out = append(w.out, bl)
		}
	}
}

// inline builds blocks from the inline children of n: one, or one per
// line when lines are paragraphs.
func (w *mdWalker) inline(n ast.Node, kind blockKind) []block {
	start := len(w.out)
	w.t, w.kind = inlineText{}, kind
	w.inlines(&w.t, n)
	w.out = append(w.out, w.t.take(kind))
	bls := append([]block(nil), w.out[start:]...)
	w.out = w.out[:start]
	return bls
}

// lineBreak ends a line inside a paragraph: a space, or a new paragraph.
func (w *mdWalker) lineBreak(t *inlineText) {
	if !w.lineParagraphs || w.kind == heading || w.kind == listItem {
		t.space()
		return
	}
	open := t.openKinds()
	w.out = append(w.out, t.take(w.kind))
	t.reopen(open)
}

func (w *mdWalker) inlines(t *inlineText, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch v := c.(type) {
		case *ast.Text:
			t.write(mdUnescape(v.Value(w.src)))
			if v.SoftLineBreak() || v.HardLineBreak() {
				w.lineBreak(t)
			}
		case *ast.String:
			t.write(mdUnescape(v.Value))
		case *ast.CodeSpan:
			t.push(InlineCode)
			w.inlines(t, v)
			t.pop()
		case *ast.Emphasis:
			k := Emphasis
			if v.Level >= 2 {
				k = Strong
			}
			t.push(k)
			w.inlines(t, v)
			t.pop()
		case *ast.AutoLink:
			t.write(string(v.Label(w.src)))
		case *ast.Image, *ast.RawHTML:
			// Images and inline HTML tags are not text.
		default:
			w.inlines(t, v)
		}
	}
}

// mdUnescape turns Markdown escapes and HTML entities into the characters
// they stand for.
func mdUnescape(v []byte) string {
	if strings.IndexByte(string(v), '\\') >= 0 {
		v = util.UnescapePunctuations(v)
	}
	s := string(v)
	if strings.IndexByte(s, '&') >= 0 {
		s = CleanString(html.UnescapeString(s))
	}
	return s
}
