package main

import (
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/gorilla/securecookie"
	jp "github.com/justgo/justgo"
)

// The floors of the server process: what a page load costs with nothing
// of JustGo in it, measured in the same run as JustGo's.

// renderOnce loads the App's page at / once, for the bare handlers to serve
// the same bytes.
func renderOnce(app *jp.App) ([]byte, error) {
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering / for the bare handlers: %d %.200s", rec.Code, rec.Body.Bytes())
	}
	return rec.Body.Bytes(), nil
}

// bareLoad does the least a page load must: a new session id (a uuid4 from
// crypto/rand, as JustGo's), signed into a cookie of the name and age
// JustGo gives its session cookie, and the page's HTML.
func bareLoad(cfg jp.Config, html []byte) http.Handler {
	key := sha256.Sum256([]byte("justgo session cookie\x00" + cfg.SecretKey))
	codec := securecookie.New(key[:], nil).
		MaxAge(int(cfg.CookieMaxAge / time.Second)).
		SetSerializer(securecookie.NopEncoder{})
	length := strconv.Itoa(len(html))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		value, err := codec.Encode(cfg.SessionCookieName, []byte(uuid.NewString()))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		http.SetCookie(w, &http.Cookie{
			Name:     cfg.SessionCookieName,
			Value:    value,
			Path:     "/",
			MaxAge:   int(cfg.CookieMaxAge / time.Second),
			HttpOnly: true,
			SameSite: http.SameSiteLaxMode,
		})
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Length", length)
		w.Write(html)
	})
}
