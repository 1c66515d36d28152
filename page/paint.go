package page

import (
	"bytes"
	"hash/maphash"
	"strings"
)

// A page's first paint, before any browser has had it, is written without
// a diff: its snapshots wait until something needs them (its first
// browser, an event, a flush), so that a page loaded and never connected —
// a crawler's, a prefetch, a closed tab — keeps none, and its load is
// spared the compare. What was painted is kept as a sum, to tell whether
// the page changed before its snapshots were made.

// unseen reports whether no browser has had the page yet: it has no
// snapshots, or only its paint, as a browser that joins makes them.
func (wp *WebPage) unseen() bool { return wp.unsnapped || len(wp.sent) == 0 }

// paintUnseen writes the page's HTML to b after its first start bytes as
// its first paint, bringing its components up to date as a flush would; a
// paint that differs from the last is a version of its own.
func (wp *WebPage) paintUnseen(b *bytes.Buffer, start int) {
	wp.painting = true
	wp.writeComps(b)
	wp.painting = false
	if len(wp.radiosOn) > 0 && wp.uncheckGroups() { // as the browser would: paint what it shows
		b.Truncate(start)
		wp.writeComps(b)
	}
	wp.radiosOn = wp.radiosOn[:0]
	wp.reportPrepare()
	sum := wp.sum(b.Bytes()[start:])
	if !wp.unsnapped || sum != wp.paintSum {
		wp.version++
		wp.typedAlone = nil
	}
	wp.unsnapped, wp.paintSum = true, sum
}

// snapshotPaint makes the snapshots of a page painted unseen, reporting
// whether it did. What the page shows now is compared with what was
// painted (a Do may have changed it since, a component brought itself up
// to date differently): a change makes a new version, and a browser that
// has the painted one is sent the page whole when it joins.
func (wp *WebPage) snapshotPaint() bool {
	if !wp.unsnapped {
		return false
	}
	wp.unsnapped = false
	wp.diff() // every element new: nobody to send it to, as nobody has joined
	wp.reportPrepare()
	var b bytes.Buffer
	wp.writeComps(&b) // as the diff left them, prepared
	if wp.sum(b.Bytes()) != wp.paintSum {
		wp.version++
		wp.typedAlone = nil
	}
	return true
}

// paintSeed seeds the sums of first paints; they never leave the process.
var paintSeed = maphash.MakeSeed()

// sum is the sum of a paint: the components' HTML and the document
// settings the page's HTML shows beside them.
func (wp *WebPage) sum(body []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(paintSeed)
	h.Write(body)
	h.WriteByte(0)
	for _, s := range []string{wp.Title, wp.DisplayURL, wp.BodyClasses, wp.BodyStyle, strings.Join(wp.events, " ")} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	if wp.Dark {
		h.WriteByte(1)
	}
	return h.Sum64()
}
