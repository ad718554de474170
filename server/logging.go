package server

import (
	"fmt"

	"charm.land/log/v2"

	"brief/printable"
)

// safeLog is the server's log. Every message and value goes through
// printable first: file names, user names and commands come from clients
// and the file system, and a newline or escape in one must not forge a log
// line or reach the terminal of whoever reads the log.
type safeLog struct{ l *log.Logger }

// Info logs an event.
func (s safeLog) Info(msg string, kv ...any) { s.l.Info(printable.String(msg), printableValues(kv)...) }

// Warn logs something that went wrong without stopping anything.
func (s safeLog) Warn(msg string, kv ...any) { s.l.Warn(printable.String(msg), printableValues(kv)...) }

// Error logs a failure.
func (s safeLog) Error(msg string, kv ...any) {
	s.l.Error(printable.String(msg), printableValues(kv)...)
}

// printableValues makes every text value of a key-value list printable.
func printableValues(kv []any) []any {
	out := make([]any, len(kv))
	for i, v := range kv {
		switch x := v.(type) {
		case string:
			out[i] = printable.String(x)
		case error:
			out[i] = printable.String(x.Error())
		case fmt.Stringer:
			out[i] = printable.String(x.String())
		default:
			out[i] = v
		}
	}
	return out
}
