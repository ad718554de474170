//go:build unix

package library

import (
	"syscall"
	"time"
)

// processCPU is the processor time the test process has used so far, user
// and system, on every thread; 0 when it cannot be read.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
