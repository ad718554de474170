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
	dropRepeatedStandfirst(b)
	return b, nil
}

// dropRepeatedStandfirst forgets a standfirst that the article's first
// paragraph says again (a front matter's description or summary is often
// the first paragraph cut short), so that the reader does not show it
// twice.
func dropRepeatedStandfirst(b *Briefing) {
	if b.Standfirst == "" {
		return
	}
	if saysStandfirst(firstParagraph(b), b.Standfirst) {
		b.Standfirst = ""
	}
}

// firstParagraph returns the briefing's first paragraph, or "".
func firstParagraph(b *Briefing) string {
	for _, s := range b.Sections {
		if len(s.Paragraphs) > 0 {
			return s.Paragraphs[0]
		}
	}
	return ""
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
	depth          int       // how many lists the walk is inside
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
			for i := range bls {
				bls[i].level = v.Level
			}
			w.add(bls...)
		case *ast.Paragraph, *ast.TextBlock:
			prev := c.PreviousSibling()
			if cap, ok := w.imageCaption(v, prev != nil && prev.Kind() == ast.KindParagraph && imageAlone(prev)); ok && kind == paragraph {
				w.b.Captions = appendCaption(w.b.Captions, cap)
				continue
			}
			w.add(w.inline(v, kind)...)
		case *ast.Blockquote:
			w.blocks(v, quoteBlock)
		case *ast.List:
			if kind == quoteBlock {
				w.blocks(v, quoteBlock)
			} else {
				w.list(v)
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			var lines []string
			segs := v.Lines()
			for i := 0; i < segs.Len(); i++ {
				seg := segs.At(i)
				lines = append(lines, strings.TrimRight(string(seg.Value(w.src)), "\n"))
			}
			bl := block{kind: codeBlock, text: codeText(lines)}
			if f, ok := v.(*ast.FencedCodeBlock); ok {
				bl.detail.Lang = CleanString(string(f.Language(w.src)))
			}
			w.add(bl)
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

// list reads a list's items as list paragraphs: the first paragraph of an
// item carries its number (in an ordered list) and every one its depth.
func (w *mdWalker) list(l *ast.List) {
	number := 0
	if l.IsOrdered() {
		number = l.Start
	}
	start := len(w.out)
	w.depth++
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		first := len(w.out)
		w.blocks(item, listItem)
		// Depth counts from 1 while the walk is inside the list, so that 0
		// marks the paragraphs no nested list has claimed yet.
		for i := first; i < len(w.out); i++ {
			if d := &w.out[i].detail; w.out[i].kind == listItem && d.Depth == 0 {
				d.Depth = w.depth
				if i == first {
					d.Number = number
				}
			}
		}
		if number > 0 {
			number++
		}
	}
	w.depth--
	if w.depth == 0 {
		for i := start; i < len(w.out); i++ {
			if w.out[i].kind == listItem && w.out[i].detail.Depth > 0 {
				w.out[i].detail.Depth--
			}
		}
	}
}

// table makes each row of a table one paragraph, its cells joined by " | ",
// with the cells' places, the header row and the alignment in its detail.
func (w *mdWalker) table(t *east.Table, kind blockKind) {
	align := make([]string, len(t.Alignments))
	for i, a := range t.Alignments {
		switch a {
		case east.AlignLeft:
			align[i] = "left"
		case east.AlignCenter:
			align[i] = "center"
		case east.AlignRight:
			align[i] = "right"
		}
	}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var it inlineText
		var cells [][2]int
		w.kind = heading // cells never split into paragraphs
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if cells != nil {
				if strings.HasSuffix(it.b.String(), " ") {
					it.b.WriteString("| ")
				} else {
					it.b.WriteString(" | ")
				}
				it.pending = false
			}
			start := it.b.Len()
			w.inlines(&it, cell)
			cells = append(cells, [2]int{start, it.b.Len()})
		}
		bl := it.take(tableRow)
		if kind == quoteBlock {
			bl.kind = quoteBlock
		} else {
			_, header := row.(*east.TableHeader)
			bl.detail = Detail{Cells: cells, Header: header, Align: align}
		}
		if hasWordChar(bl.text) {
			w.out = append(w.out, bl)
		}
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
			label := string(v.Label(w.src))
			target := label
			if v.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(label, "mailto:") {
				target = "mailto:" + label
			}
			t.pushLink(CleanString(target))
			t.write(label)
			t.popLink()
		case *ast.Link:
			t.pushLink(CleanString(string(v.Destination)))
			w.inlines(t, v)
			t.popLink()
		case *east.Strikethrough:
			t.push(Strike)
			w.inlines(t, v)
			t.pop()
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
