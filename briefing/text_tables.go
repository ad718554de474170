package briefing

import (
	"strings"
)

// cellGap is what separates the cells of a table row copied from a page:
// a tab, which Clean turns into four spaces.
var cellGap = lazyCompile(` {4,}`)

// tableRows finds the rows of tables pasted from a page: lines with two
// to twenty cells split by a tab (four spaces or more) inside the line,
// none of them a long sentence, with another such line at most
// tableRowReach lines away (a lone line with a wide gap is not a table;
// a line of page furniture between two rows does not end one). It returns
// the cells of each line that is a row (nil for other lines), or nil when
// the text has no table.
func tableRows(lines []string) [][]string {
	var cells [][]string
	for i, l := range lines {
		if c := rowCells(l); c != nil {
			if cells == nil {
				cells = make([][]string, len(lines))
			}
			cells[i] = c
		}
	}
	if cells == nil {
		return nil
	}
	rows := make([][]string, len(lines))
	found := false
	for i, c := range cells {
		if c == nil {
			continue
		}
		for j := max(0, i-tableRowReach); j <= min(len(lines)-1, i+tableRowReach); j++ {
			if j != i && cells[j] != nil {
				rows[i], found = c, true
				break
			}
		}
	}
	if !found {
		return nil
	}
	return rows
}

// tableRowReach is how many lines apart two rows of one table may be.
const tableRowReach = 2

// rowCells splits a line at its cell gaps, or returns nil when it is not a
// table row.
func rowCells(line string) []string {
	if !strings.Contains(line, "    ") || strings.HasPrefix(line, "    ") {
		return nil
	}
	t := strings.TrimSpace(line)
	if !strings.Contains(t, "    ") {
		return nil // no gap inside, or an indented (code) line
	}
	parts := cellGap.Split(t, -1)
	if len(parts) < 2 || len(parts) > 20 {
		return nil
	}
	for i, p := range parts {
		parts[i] = collapseSpace(p)
		if wordCount(parts[i]) > 40 {
			return nil
		}
	}
	return parts
}

// tableRowBlock makes one table row block: the cells joined by " | ",
// their places in its detail.
func tableRowBlock(cells []string) block {
	var sb strings.Builder
	var ranges [][2]int
	for i, c := range cells {
		if i > 0 {
			sb.WriteString(" | ")
		}
		ranges = append(ranges, [2]int{sb.Len(), sb.Len() + len(c)})
		sb.WriteString(c)
	}
	return block{kind: tableRow, text: sb.String(), detail: Detail{Cells: ranges}}
}
