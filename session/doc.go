// Package session gives every browser a session id, as JustPy does: a uuid4
// kept in a signed, HttpOnly cookie that holds nothing but the signed id.
//
// A request without the cookie (or with an expired one) gets a new id and a
// Set-Cookie. A cookie whose signature does not verify, because it was
// tampered with or signed with another SECRET_KEY, gets status 400 with the
// body "Bad Cookie" and nothing else runs. The websocket handshake verifies
// the same cookie, so a handler's msg.SessionID always comes from it.
//
// Over HTTPS (here, or at a proxy that sends X-Forwarded-Proto: https) the
// cookie is Secure and named with the __Host- prefix (__Host-jp_token), so
// that no other host of the domain can set it. Several cookies of the name
// (another app's among them) are not a bad cookie: the first that verifies
// is used, and when none does a new session starts.
//
// # Concurrency
//
// A Manager is safe for concurrent use.
package session
