package page

// Settle waits until the page has done everything queued so far.
func (wp *WebPage) Settle() { wp.call(func() {}) }

// Snapshots is how many snapshots the page keeps.
func (wp *WebPage) Snapshots() (n int) {
	wp.call(func() { n = len(wp.sent) })
	return n
}
