package main

import "time"

// loadRounds is how many times the page loads of JustGo and of the bare
// handler take turns, so that both see the machine as it is.
const loadRounds = 3

// pageLoadFloor counts page loads of JustGo's page and of the bare handler
// in turns of d/loadRounds each, and returns the mean rate of each.
func pageLoadFloor(base, bare string, clients int, d time.Duration) (justgo, floor float64) {
	round := d / loadRounds
	for range loadRounds {
		justgo += pageLoads(base, clients, round) / loadRounds
		floor += pageLoads(bare, clients, round) / loadRounds
	}
	return justgo, floor
}
