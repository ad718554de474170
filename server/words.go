package server

import (
	"errors"
	"strings"
)

// MaxCommand is the longest command line (`ssh host CMD ...`) the server
// reads; longer ones are refused before they are parsed.
const MaxCommand = 4 << 10

// splitCommand splits a command line into words as a POSIX shell would
// without expanding anything: blanks separate words, 'single quotes' keep
// everything, "double quotes" keep everything but \" \\ \$ and \`, and a
// backslash outside quotes keeps the next character. It reads each byte
// once.
func splitCommand(line string) ([]string, error) {
	var (
		words []string
		word  strings.Builder
		in    bool // inside a word
	)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if in {
				words = append(words, word.String())
				word.Reset()
				in = false
			}
			continue
		case c == '\\':
			if i+1 < len(line) {
				i++
				if line[i] != '\n' {
					word.WriteByte(line[i])
				}
			}
		case c == '\'':
			end := strings.IndexByte(line[i+1:], '\'')
			if end < 0 {
				return nil, errors.New("unterminated single quote")
			}
			word.WriteString(line[i+1 : i+1+end])
			i += 1 + end
		case c == '"':
			closed := false
			for i++; i < len(line); i++ {
				d := line[i]
				if d == '"' {
					closed = true
					break
				}
				if d == '\\' && i+1 < len(line) && strings.IndexByte("\"\\$`\n", line[i+1]) >= 0 {
					i++
					d = line[i]
					if d == '\n' {
						continue
					}
				}
				word.WriteByte(d)
			}
			if !closed {
				return nil, errors.New("unterminated double quote")
			}
		default:
			word.WriteByte(c)
		}
		in = true
	}
	if in {
		words = append(words, word.String())
	}
	return words, nil
}
