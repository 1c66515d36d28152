// Package upload takes the files a browser uploads before the form submit
// that names them: it streams each file to a temporary file, never holding
// it whole in memory, within limits (a file, a submit, and a Quota of bytes
// on disk in all and per session), and keeps the files of one page until
// their submit claims them, their lifetime ends or the page goes.
//
// It knows nothing of pages: package page holds a Waiting list per page and
// hands the claimed Files to handlers.
//
// # Concurrency
//
// A Quota and a Waiting list are safe for concurrent use; a File belongs to
// the handler it was given to.
package upload
