package briefing

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteMarkdown writes each briefing as a clean Markdown document: title,
// metadata, standfirst (in italics), captions, sections, a Quotes list with
// speakers and a Key facts list.
func WriteMarkdown(w io.Writer, bs []*Briefing) error {
	var sb strings.Builder
	for i, b := range bs {
		if i > 0 {
			sb.WriteString("\n---\n\n")
		}
		writeMarkdown(&sb, b)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func writeMarkdown(sb *strings.Builder, b *Briefing) {
	fmt.Fprintf(sb, "# %s\n\n", escapeMarkdown(b.DisplayTitle()))
	for _, m := range b.Meta() {
		fmt.Fprintf(sb, "- **%s:** %s\n", m[0], escapeMarkdown(m[1]))
	}
	if len(b.Meta()) > 0 {
		sb.WriteString("\n")
	}
	if b.Standfirst != "" {
		fmt.Fprintf(sb, "*%s*\n\n", escapeMarkdown(b.Standfirst))
	}
	for _, c := range b.Captions {
		switch {
		case c.Text == "":
			fmt.Fprintf(sb, "*Credit: %s*", escapeMarkdown(c.Credit)) // a credit set alone under the image
		case c.Credit != "":
			fmt.Fprintf(sb, "*%s* (%s)", escapeMarkdown(c.Text), escapeMarkdown(c.Credit))
		default:
			fmt.Fprintf(sb, "*%s*", escapeMarkdown(c.Text))
		}
		sb.WriteString("\n\n")
	}
	for si, s := range b.Sections {
		if s.Heading != "" {
			fmt.Fprintf(sb, "%s %s\n\n", strings.Repeat("#", s.HeadingLevel()), escapeMarkdown(s.Heading))
		}
		for p := range s.Paragraphs {
			writeMarkdownBlock(sb, b, si, p)
		}
	}
	if len(b.Quotes) > 0 {
		sb.WriteString("## Quotes\n\n")
		for _, q := range b.Quotes {
			fmt.Fprintf(sb, "- “%s”", escapeMarkdown(q.Text))
			if a := q.Attribution(); a != "" {
				fmt.Fprintf(sb, " — %s", escapeMarkdown(a))
			}
			if q.Partial {
				sb.WriteString(" *(term)*")
			}
			sb.WriteString("\n")
		}
		sb.WriteString("\n")
	}
	if len(b.Facts) > 0 {
		sb.WriteString("## Key facts\n\n")
		for _, f := range b.Facts {
			fmt.Fprintf(sb, "- **%s** (%s)", escapeMarkdown(f.Text), f.Kind)
			if f.Detail != "" {
				fmt.Fprintf(sb, ": %s", escapeMarkdown(f.Detail))
			}
			sb.WriteString("\n")
		}
		sb.WriteString("\n")
	}
}

// WriteText writes each briefing as plain reading text.
func WriteText(w io.Writer, bs []*Briefing) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for i, b := range bs {
		if i > 0 {
			bw.WriteString("\n\n")
		}
		bw.WriteString(b.DisplayTitle() + "\n")
		bw.WriteString(strings.Repeat("=", min(displayLen(b.DisplayTitle()), 72)) + "\n")
		for _, m := range b.Meta() {
			fmt.Fprintf(bw, "%s: %s\n", m[0], m[1])
		}
		if b.Standfirst != "" {
			bw.WriteString("\n" + b.Standfirst + "\n")
		}
		for si, s := range b.Sections {
			bw.WriteString("\n")
			if s.Heading != "" {
				bw.WriteString(s.Heading + "\n")
				bw.WriteString(strings.Repeat("-", min(displayLen(s.Heading), 72)) + "\n\n")
			}
			for p := range s.Paragraphs {
				if p > 0 && !followsTightly(s, p) {
					bw.WriteString("\n")
				}
				bw.WriteString(textParagraph(b, si, p))
				bw.WriteString("\n")
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing text: %w", err)
	}
	return nil
}

// Meta lists the briefing's metadata as label and value pairs, in the order
// a reader shows them; empty values are left out.
func (b *Briefing) Meta() [][2]string {
	var m [][2]string
	add := func(k, v string) {
		if v != "" {
			m = append(m, [2]string{k, v})
		}
	}
	add("Source", b.Source)
	add("Origin", b.Origin)
	add("Authors", strings.Join(b.Authors, ", "))
	add("Dateline", b.Dateline)
	if !b.Published.IsZero() {
		add("Published", b.Published.Format(time.DateOnly))
	}
	add("Tags", strings.Join(b.Tags, ", "))
	return m
}

// Attribution is who said the quote and in what role: "Name, role".
func (q Quote) Attribution() string {
	switch {
	case q.Speaker != "" && q.Role != "":
		return q.Speaker + ", " + q.Role
	default:
		return q.Speaker
	}
}

var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`, "~", `\~`)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// escapeCell escapes text for a table cell, where "|" ends the cell.
func escapeCell(s string) string { return strings.ReplaceAll(escapeMarkdown(s), "|", `\|`) }

func displayLen(s string) int { return len([]rune(s)) }

// followsTightly reports whether paragraph p of a section goes right under
// the one before it in plain text: the items of a list, the rows of a
// table.
func followsTightly(s Section, p int) bool {
	k := s.Kind(p)
	return (k == ListItem || k == TableRow) && s.Kind(p-1) == k && !s.Detail(p).Header
}

// textParagraph is paragraph p of section si as plain text: a quote marked
// "> ", a list item with its number or a dash (indented by its depth), and
// each link's target in angle brackets after its text.
func textParagraph(b *Briefing, si, p int) string {
	s := b.Sections[si]
	text := s.Paragraphs[p]
	if s.Kind(p) != Code {
		_, links := b.ParagraphSpans(si, p)
		var sb strings.Builder
		pos := 0
		for _, l := range links {
			if l.Start < pos || l.End > len(text) || l.Start >= l.End {
				continue
			}
			sb.WriteString(text[pos:l.End])
			if text[l.Start:l.End] != l.Target {
				sb.WriteString(" <" + l.Target + ">")
			}
			pos = l.End
		}
		sb.WriteString(text[pos:])
		text = sb.String()
	}
	switch d := s.Detail(p); s.Kind(p) {
	case BlockQuote:
		return "> " + text
	case ListItem:
		marker := "- "
		if d.Number > 0 {
			marker = fmt.Sprintf("%d. ", d.Number)
		}
		return strings.Repeat("  ", d.Depth) + marker + text
	}
	return text
}
