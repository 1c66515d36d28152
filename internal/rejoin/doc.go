// Package rejoin signs what another instance of an app needs to take over
// a page it does not hold: the URL the page was built from, the session it
// belongs to and, when instances can reach one another (INSTANCE_URL), the
// instance that holds it. The page carries the token; its browser sends it
// back with the websocket, event POSTs and uploads.
//
// A token is HMAC-signed with the app's SECRET_KEY (which every instance
// shares) and dated, so that it cannot be made for another URL or session,
// and is refused once older than the session cookie may be.
package rejoin
