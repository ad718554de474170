package briefing

import "testing"

// TestMarkdownImageCaptions checks that emphasis set alone under an image,
// in the next paragraph or on the image's next line, is the image's
// caption with its credit, and that emphasis elsewhere stays in the body.
func TestMarkdownImageCaptions(t *testing.T) {
	para := "The ferry board voted on Tuesday to raise fares by a fifth from April, the first rise in six years.\n\n"
	tests := []struct {
		name, md string
		want     []Caption
		paras    int
	}{
		{"next paragraph", "# Fares rise\n\n" + para + "![A ferry](ferry.jpg)\n\n*A ferry leaves the quay at dawn. Photo: Sam Lee*\n\n" + para,
			[]Caption{{Text: "A ferry leaves the quay at dawn", Credit: "Sam Lee"}}, 2},
		{"next line", "# Fares rise\n\n" + para + "![A ferry](ferry.jpg)\n*A ferry leaves the quay at dawn.*\n\n" + para,
			[]Caption{{Text: "A ferry leaves the quay at dawn."}}, 2},
		{"no image", "# Fares rise\n\n" + para + "*The board will meet again in June.*\n\n" + para, nil, 3},
	}
	for _, tt := range tests {
		b, err := Import(tt.name+".md", []byte(tt.md))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range b.Sections {
			n += len(s.Paragraphs)
		}
		if len(b.Captions) != len(tt.want) || len(tt.want) > 0 && b.Captions[0] != tt.want[0] || n != tt.paras {
			t.Errorf("%s: captions %+v and %d paragraphs, want %+v and %d", tt.name, b.Captions, n, tt.want, tt.paras)
		}
	}
}
