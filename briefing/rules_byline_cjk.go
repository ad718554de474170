package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The bylines of Chinese pages name the author after a label and a colon,
// among the article's other labels on the line under the headline:
// "2017-03-10 09:58 来源：某报 作者：王明 责任编辑：李华".

// cjkAuthorLabels are the labels before an author's name, surest first:
// the author, the reporter, then the editor when the page names no one
// else.
var cjkAuthorLabels = []string{"作者", "记者", "责任编辑", "编辑"}

// cjkLineLabels are the labels that may follow a name on such a line
// without a space: the name ends where one starts.
var cjkLineLabels = []string{"来源", "作者", "记者", "责任编辑", "编辑", "发布", "时间", "日期", "出处", "摄影", "图片"}

// Limits of a Chinese byline.
const (
	maxCJKBylineRunes = 80 // a line of labels, not a paragraph
	minCJKNameRunes   = 2
	maxCJKNameRunes   = 4
)

// cjkByline reads the author's name from a Chinese line of labels
// ("作者：王明", "责任编辑：李华"): two to four Chinese characters after the
// first label of cjkAuthorLabels that has a name after it.
func cjkByline(s string) ([]string, bool) {
	if len(s) > utf8.UTFMax*maxCJKBylineRunes || !strings.ContainsAny(s, "：:") || utf8.RuneCountInString(s) > maxCJKBylineRunes || cjkRunes(s) == 0 || !labelsLine(s) {
		return nil, false
	}
	for _, label := range cjkAuthorLabels {
		for rest := s; ; {
			at := strings.Index(rest, label)
			if at < 0 {
				break
			}
			rest = rest[at+len(label):]
			if label == "编辑" && strings.HasSuffix(s[:len(s)-len(rest)-len(label)], "责任") {
				continue // "责任编辑" is read under its own label
			}
			if name, ok := cjkNameAfterColon(rest); ok {
				return []string{name}, true
			}
		}
	}
	return nil, false
}

// cjkNameAfterColon reads a name of two to four Chinese characters right
// after a colon, up to a space, a mark, the end of the line or the next
// label.
func cjkNameAfterColon(s string) (string, bool) {
	s = strings.TrimLeft(s, " \u3000")
	if strings.HasPrefix(s, "：") {
		s = s[len("："):]
	} else if strings.HasPrefix(s, ":") {
		s = s[1:]
	} else {
		return "", false
	}
	s = strings.TrimLeft(s, " \u3000")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) && r != '·' })
	if end < 0 {
		end = len(s)
	}
	name := s[:end]
	cut := false
	for _, l := range cjkLineLabels {
		if at := strings.Index(name, l); at >= 0 {
			name, cut = name[:at], true
		}
	}
	if r, _ := utf8.DecodeRuneInString(s[end:]); !cut && end < len(s) && !unicode.IsSpace(r) && !strings.ContainsRune("（(【[|/", r) {
		return "", false // a speaker's words after the colon: "记者：为什么？"
	}
	if n := utf8.RuneCountInString(name); n < minCJKNameRunes || n > maxCJKNameRunes {
		return "", false
	}
	return name, true
}

// labelsLine reports whether a line is a line of labels under a headline:
// it holds a date or time (a digit) or at least two labels.
func labelsLine(s string) bool {
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return true
	}
	n := 0
	for _, l := range cjkLineLabels {
		if strings.Contains(s, l+"：") || strings.Contains(s, l+":") {
			n++
		}
	}
	return n >= 2
}

// koreanReporter is a Korean byline: a name of two to four Hangul
// syllables and the reporter's title after it, perhaps with an email
// ("김민지 기자", "박준호 선임기자 jh@example.kr", "이서연 특파원").
var koreanReporter = lazyCompile(`^([가-힣]{2,4})\s*(?:선임|수석|객원|전문)?(?:기자|특파원)(?:\s+\S+@\S+)?$`)

// japaneseReporter is a Japanese byline: a writer's name of two to five
// Han characters (or kana) and the writer's title after it ("山田花子 記者",
// "佐藤一郎編集委員", "鈴木健 特派員"), or the writer's label and a colon
// before it ("文：山田花子", "取材・文／山田花子", "執筆者: 鈴木健").
var japaneseReporter = lazyCompile(`^(?:([\p{Han}\p{Katakana}\p{Hiragana}ー]{2,5})[ \x{3000}]?(?:記者|編集委員|論説委員|特派員|支局長)|(?:文|取材・文|執筆|執筆者|筆者|著者|ライター)[ \x{3000}]?[：:／/・][ \x{3000}]?([\p{Han}\p{Katakana}\p{Hiragana}ー]{2,5}))$`)

// chineseReporter is a Chinese byline that names the reporter after the
// title and a space, perhaps under the paper's or agency's name ("记者 王明",
// "本报记者 李华", "新华社记者 张伟"), or after "文" and a slash ("文/王明").
var chineseReporter = lazyCompile(`^(?:(?:\p{Han}{1,4})?记者[ \x{3000}]+(\p{Han}{2,4})|文[ \x{3000}]?[／/][ \x{3000}]?(\p{Han}{2,4}))$`)

// hanReporterByline reads the writer's name of a Japanese byline (see
// japaneseReporter) or a Chinese one (see chineseReporter).
func hanReporterByline(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	m := japaneseReporter.FindStringSubmatch(s)
	if m == nil {
		m = chineseReporter.FindStringSubmatch(s)
	}
	if m == nil {
		return nil, false
	}
	name := m[1] + m[2]
	if strings.HasSuffix(name, "部") || strings.HasSuffix(name, "局") || strings.HasSuffix(name, "社") {
		return nil, false // a desk, not a writer: "政治部記者", "本社記者"
	}
	return []string{name}, true
}

// koreanByline reads the name of a Korean byline (see koreanReporter).
func koreanByline(s string) ([]string, bool) {
	if !strings.Contains(s, "기자") && !strings.Contains(s, "특파원") {
		return nil, false
	}
	m := koreanReporter.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil, false
	}
	return []string{m[1]}, true
}

// Bounds of a Japanese or Chinese writer's name alone on its line.
const (
	minHanNameRunes = 3
	maxHanNameRunes = 4
)

// maxHanDateLineRunes is the longest line under a name that
// hanNameOverDate reads as its date line: a date and a time, a label, not
// a paragraph that opens with a date.
const maxHanDateLineRunes = 64

// hanNameOverDate reads a Japanese or Chinese byline that is the writer's
// name alone, three or four Han characters ("宮本彩香"), over the date of
// the article on the next line. (A section's label over the date is most
// often of two characters: "社会".)
func hanNameOverDate(s, next string) ([]string, bool) {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n < minHanNameRunes || n > maxHanNameRunes || lineDate(next).IsZero() || utf8.RuneCountInString(next) > maxHanDateLineRunes {
		return nil, false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return nil, false
		}
	}
	return []string{s}, true
}
