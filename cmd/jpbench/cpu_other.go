//go:build !linux

package main

import "time"

// processRunTime says nothing where there is no /proc.
func processRunTime(int) (time.Duration, bool) { return 0, false }
