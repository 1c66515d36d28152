package wire

// Query parameters of PathWS and PathEvent (PathUpload takes QueryPage
// and QueryRejoin).
const (
	QueryPage    = "page"   // the page id the browser attaches to
	QueryVersion = "v"      // the page version the browser shows
	QueryTab     = "tab"    // names one loaded page in one browser tab, across reconnects
	QueryRejoin  = "rejoin" // the page's rejoin token (AttrRejoin), for an instance that does not hold it
)

// Websocket close codes JustGo uses, with the client's reaction. A message
// over the size limit gets the standard 1009 (message too big); a foreign
// Origin or a bad cookie is refused before the upgrade, with an HTTP status.
const (
	CloseUnknownPage  = 4004 // the server no longer has the page: reload it
	CloseForbidden    = 4003 // the page belongs to another session: reload
	CloseBadMessage   = 4400 // a malformed message or tab id: reconnect
	CloseSlowConsumer = 4408 // the browser did not keep up: reconnect and resync
	CloseTooMany      = 4429 // over a cap (messages per second, connections per session, tabs per page): reconnect later
	CloseShutdown     = 4503 // the server is stopping: reconnect with backoff
)
