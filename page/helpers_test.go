package page_test

import "time"

const time10m = 10 * time.Minute
