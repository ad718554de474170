//go:build unix

package briefing

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user and system) the process has used,
// so that benchmarks can report throughput per CPU second, which the load
// of a shared machine does not change as much as the wall clock.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
