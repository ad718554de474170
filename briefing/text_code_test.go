package briefing

import (
	"strings"
	"testing"
)

// codePaste is the paste of a programming blog's post as a browser copies
// it: the code blocks come line by line with their indentation, a query's
// output table under its query, and a blank line inside a block.
const codePaste = `Counting errors with plain SQL

Most teams reach for a metrics service before they have looked at the log they already keep. A query can tell you a great deal before that.

Start with the mean number of errors a minute over the last hour:

SELECT avg(n)
FROM unnest(array[2, 3, 5, 12]) AS n;

       avg
────────────────────
5.5000000000000000

The mean is 5.5, and one minute stands well above it.

The same check in the service's own code reads like this:

function errorsAbove(series, limit) {
  const mean = series.reduce((a, b) => a + b, 0) / series.length;

  return series.filter(n => n > mean * limit);
}

With that in place, an alert needs nothing more than a schedule and a threshold agreed with the people who answer the pager.
`

// TestPastedCodeStaysCode imports a pasted post with code and checks that
// each code block is one block of code, its lines and indentation as
// pasted, and that the prose around stays paragraphs.
func TestPastedCodeStaysCode(t *testing.T) {
	b, err := Import("post.txt", []byte(codePaste))
	if err != nil {
		t.Fatal(err)
	}
	var code, prose []string
	for _, sec := range b.Sections {
		for i, p := range sec.Paragraphs {
			if sec.Kind(i) == Code {
				code = append(code, p)
			} else {
				prose = append(prose, p)
			}
		}
	}
	want := []string{
		"SELECT avg(n)\nFROM unnest(array[2, 3, 5, 12]) AS n;\n\n       avg\n────────────────────\n5.5000000000000000",
		"function errorsAbove(series, limit) {\n  const mean = series.reduce((a, b) => a + b, 0) / series.length;\n\n  return series.filter(n => n > mean * limit);\n}",
	}
	if len(code) != len(want) {
		t.Fatalf("code blocks %q, want %q", code, want)
	}
	for i := range want {
		if code[i] != want[i] {
			t.Errorf("code block %d:\n%s\nwant:\n%s", i, code[i], want[i])
		}
	}
	if len(prose) != 5 || !strings.HasPrefix(prose[2], "The mean is 5.5") || !strings.HasPrefix(prose[4], "With that in place") {
		t.Errorf("paragraphs %q", prose)
	}
}

// TestPastedTextWithoutCode checks lines that have some of code's signs
// but are not code: a list of clauses ended by semicolons, headings in
// capitals, a menu with an arrow, a sum in a sentence.
func TestPastedTextWithoutCode(t *testing.T) {
	for _, lines := range [][]string{
		{"The bill would:", "raise the levy on imported steel;", "cut the duty on fertiliser;", "and end the rebate for exporters."},
		{"FROM THE ARCHIVES", "WITH VIDEO", "WHERE TO EAT NOW"},
		{"Settings -> Privacy", "Account -> Sign out"},
		{"Officials said the total = 40 million euros, up from 32 million.", "They expect more next year."},
		// a poem's lines, ended by semicolons, with apostrophes
		{"The night's long watch is done;", "the children's voices fade;", "and all the world's asleep."},
		// a bylaw's clauses, lettered in brackets
		{"(a) a person who holds no permit;", "(b) a person convicted of fraud (within five years);", "(c) any company that owes the council money."},
		// fines in dollars
		{"The fines are:", "a fine of $500 for a first offence;", "a fine of $1,000 for a second offence;", "and the loss of the licence after that."},
		// prose wrapped at a width, its lines opening with words code opens with
		{"The minister said the government would raise", "public sector pay by 3% and cut", "class sizes in primary schools."},
	} {
		if c := codeLines(lines); c != nil {
			t.Errorf("%q read as code: %v", lines, c)
		}
	}
}

// TestCodeShapes checks single lines against codeShaped.
func TestCodeShapes(t *testing.T) {
	for line, want := range map[string]bool{
		"  return this.name;":                true,
		"}":                                  true,
		"// cow.js":                          true,
		`<div id="mocha"></div>`:             true,
		`<script src="vendor/blanket.js"`:    true,
		"x = compute(y)":                     true,
		"avg(n) - stddev(n) AS lower_bound,": true,
		"GROUP BY":                           true,
		"───┼────────────": true,
		"FROM THE ARCHIVES":                                    false,
		"raise the levy on imported steel;":                    false,
		"Share this article":                                   false,
		"The mean is 5.5.":                                     false,
		"Photo: Jane Doe (Reuters)":                            false,
		"(b) a person convicted of fraud (within five years);": false,
		"a fine of $500 for a first offence;":                  false,
		"the children's voices fade;":                          false,
		"public sector pay by 3% and cut":                      false,
		"under section 12(1) of the act;":                      false,
		"console.log('done');":                                 true,
		"import numpy as np":                                   true,
		"echo $HOME;":                                          true,
	} {
		if got := codeShaped(line); got != want {
			t.Errorf("codeShaped(%q) = %v, want %v", line, got, want)
		}
	}
}

// scienceStory sets a formula and what its letter stands for on lines of
// their own over a paragraph.
const scienceStory = `Why the sun shines

Einstein's formula explains why the sun gives off so much energy from so little fuel each second.

E = mc2
m = mass

The equation says that a small amount of mass holds a huge amount of energy, scientists explained.
`

// TestShortCodeIsNoHeading imports scienceStory: the two lines in code's
// shape over a paragraph stay as pasted, a block of code, not a
// subheading of two lines.
func TestShortCodeIsNoHeading(t *testing.T) {
	b, err := Import("sun.txt", []byte(scienceStory))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range b.Sections {
		if strings.Contains(s.Heading, "=") {
			t.Errorf("subheading %q", s.Heading)
		}
	}
	body := bodyBlocks(b)
	checkBodyOpens(t, body, []string{"Einstein's formula", "E = mc2\nm = mass", "The equation says"})
}

// TestPastedQueryOverItsOutput checks a query at a prompt, a blank line,
// and its output table with a sentence on the line right under it, as a
// browser copies a code block followed by a paragraph: the prompt's line
// belongs to the code block, and the sentence is a paragraph.
func TestPastedQueryOverItsOutput(t *testing.T) {
	paste := "Counting a log\n\nThe table keeps one row a minute for every status code, and it is easy to read at a glance.\n\n" +
		"db=# SELECT * FROM log_summary ORDER BY period DESC LIMIT 2;\n\n" +
		"        period         │ status │ entries\n───────────────────────┼────────┼────────\n" +
		"2020-08-01 18:00:00+00 │    200 │    4084\n2020-08-01 18:00:00+00 │    404 │       0\n" +
		"Note that the table has a row for every minute, even when nothing was logged in it.\n\n" +
		"That is what the next query relies on when it looks for gaps in the traffic.\n"
	b, err := Import("log.txt", []byte(paste))
	if err != nil {
		t.Fatal(err)
	}
	var code []string
	for _, s := range b.Sections {
		for i, p := range s.Paragraphs {
			if s.Kind(i) == Code {
				code = append(code, p)
			}
		}
	}
	if len(code) != 1 || !strings.HasPrefix(code[0], "db=# SELECT") || !strings.HasSuffix(code[0], "│       0") {
		t.Errorf("code blocks %q, want one from the prompt to the table's last row", code)
	}
	for _, c := range b.Captions {
		if strings.Contains(c.Text, "SELECT") {
			t.Errorf("the query became a caption: %q", c.Text)
		}
	}
}
