//go:build race

package page_test

const raceExtra = 1
