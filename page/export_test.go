package page

// UploadsOnDisk is what the uploads on disk count now, for tests.
func UploadsOnDisk() int64 { return onDisk.Load() }

// Settle waits until the page has done everything queued so far.
func (wp *WebPage) Settle() { wp.call(func() {}) }
