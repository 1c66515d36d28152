// Command entity_test is JustPy's entity_test (tutorial: Reference), ported
// to JustGo: hTML entities (accents, ∃, ©) shown as the characters they stand
// for.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/reference"
)

func main() { jp.Run(reference.EntityTest.App) }
