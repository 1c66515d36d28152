package page

// UploadsOnDisk is what the uploads on disk count now, for tests.
func UploadsOnDisk() int64 { return onDisk.Load() }
