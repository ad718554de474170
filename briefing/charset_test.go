package briefing

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestPagesInOlderEncodings reads saved pages and text files written in
// ISO-8859-1, Windows-1252 and GB2312 as the letters they hold, not as
// replacement marks.
func TestPagesInOlderEncodings(t *testing.T) {
	latin1 := func(s string) []byte {
		b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	gbk := func(s string) []byte {
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	para := "Die Vorlesungen an der Universität beginnen, aber nicht alle Studierenden haben schon ein Zimmer gefunden. Gesine aus Tübingen läuft die Zeit davon, sagt sie."
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"declared.html", latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Wohnungssuche in Freiburg</title></head><body><article><h1>Wohnungssuche in Freiburg</h1><p>` + para + `</p><p>` + para + `</p></article></body></html>`), "Gesine aus Tübingen läuft"},
		{"undeclared.html", latin1(`<html><head><title>Wohnungssuche</title></head><body><article><h1>Wohnungssuche</h1><p>` + para + `</p><p>` + para + `</p></article></body></html>`), "Gesine aus Tübingen läuft"},
		{"archived.html", append([]byte(`<html><head><meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>x</title></head><body><article><h1>`), gbk("河北农大果树班毕业生</h1><p>一个约定，信守十五年，感人至深；一段真情，延续十五年。全省各地学习的热潮正在深入开展。</p><p>他们的故事在各地演出，引起强烈反响。</p></article></body></html>")...), "一个约定，信守十五年"},
		{"letter.txt", latin1("Wohnungssuche in Freiburg\n\n" + para + "\n\nManchen bleibt nur die Notunterkunft des Studierendenwerks, und die ist schon fast voll, erzählt eine Beraterin.\n"), "Gesine aus Tübingen läuft"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := Import(c.name, c.data)
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			text.WriteString(b.Title + "\n" + b.Standfirst + "\n")
			for _, s := range b.Sections {
				text.WriteString(strings.Join(s.Paragraphs, "\n") + "\n")
			}
			if !strings.Contains(text.String(), c.want) || strings.ContainsRune(text.String(), '\uFFFD') {
				t.Errorf("read %q; want %q and no replacement marks", text.String(), c.want)
			}
		})
	}
	// A UTF-8 page with one stray byte stays UTF-8.
	page := "<html><head><meta charset=\"iso-8859-1\"><title>t</title></head><body><article><h1>Überblick</h1><p>" + para + " \xff</p><p>" + para + "</p></article></body></html>"
	b, err := Import("stray.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Sections[0].Paragraphs[0]; !strings.Contains(got, "Tübingen") {
		t.Errorf("a UTF-8 page with one stray byte read as %q", got)
	}
}
