package page

// Settle waits until the page has done everything queued so far.
func (wp *WebPage) Settle() { wp.call(func() {}) }
