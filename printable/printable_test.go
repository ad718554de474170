package printable

import "testing"

func TestString(t *testing.T) {
	cases := []struct{ in, want string }{
		{"report.txt", "report.txt"},
		{"Zürich – 東京.md", "Zürich – 東京.md"},
		{"a\x1b]52;c;aGk=\abc", `a\x1b]52;c;aGk=\x07bc`},
		{"a\x1b]2;title\a.txt", `a\x1b]2;title\x07.txt`},
		{"one\ntwo\rthree\tfour", `one\ntwo\rthree\tfour`},
		{"c1\u009b2J del\x7f", `c1\u009b2J del\x7f`},
		{"left\u202etxt.exe\u2066x\u2069", `left\u202etxt.exe\u2066x\u2069`},
		{"bad\xffutf8", `bad\xffutf8`},
		{`back\slash`, `back\slash`},
	}
	for _, c := range cases {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestText(t *testing.T) {
	in := "line one\n\tindented\x1b[2J\r\n"
	want := "line one\n\tindented\\x1b[2J\\r\n"
	if got := Text(in); got != want {
		t.Errorf("Text(%q) = %q, want %q", in, got, want)
	}
}

func TestNoControlLeft(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		s := String("x" + string(r) + "y")
		for _, c := range s {
			if unsafe(c, false) {
				t.Fatalf("String(%q) kept %U", string(r), c)
			}
		}
	}
}
