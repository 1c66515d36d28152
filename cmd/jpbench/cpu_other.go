//go:build !linux

package main

import "time"

// processCPU says nothing where there is no /proc.
func processCPU(int) (time.Duration, bool) { return 0, false }

// processRunTime says nothing where there is no /proc.
func processRunTime(int) (time.Duration, bool) { return 0, false }
