package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// processRunTime is the time process pid's threads have run on a CPU, to
// the nanosecond (the scheduler's own count; /proc's stat counts in ticks
// of 10 ms, too coarse for a batch of clicks), or false where /proc does
// not say.
func processRunTime(pid int) (time.Duration, bool) {
	dir := "/proc/" + strconv.Itoa(pid) + "/task"
	tasks, err := os.ReadDir(dir)
	if err != nil {
		return 0, false
	}
	var sum int64
	for _, t := range tasks {
		b, err := os.ReadFile(dir + "/" + t.Name() + "/schedstat")
		if err != nil {
			continue // a thread that ended meanwhile
		}
		f := strings.Fields(string(b))
		if len(f) == 0 {
			continue
		}
		ns, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0, false
		}
		sum += ns
	}
	return time.Duration(sum), true
}
