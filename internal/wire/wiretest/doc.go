// Package wiretest holds what the protocol's tests on both sides share: the
// golden scenarios (pages and the changes made to them, whose messages
// internal/wire/testdata pins and e2e replays through the real client), a
// source of random changes for property tests, and the naming of element
// ids by their order of appearance, so that messages compare across
// processes.
//
// # Concurrency
//
// Scenarios, Random and Names change components and must run where the
// page allows it: in its page function, a handler, or WebPage.DoWait. A
// Recorder may be sent to from any goroutine.
package wiretest
