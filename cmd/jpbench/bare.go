package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
)

// The floors of the server process: what a page load and a click cost with
// nothing of JustGo in them, measured in the same run as JustGo's.

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

// barePageHTML is the session page's button alone, with a script that sends
// each click over a websocket and shows the text the answer carries. Its
// head is the JustGo page's (the same stylesheets), without JustGo's client.
var barePageHTML = template.Must(template.New("bare").Parse(`<!DOCTYPE html>
<html lang="en">
<head>{{.Head}}</head>
<body>
<button class="{{.Classes}}">Number of Click Events: 0</button>
<script>
var button = document.querySelector("button");
var ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/_bench/barews");
ws.onopen = function () { document.body.setAttribute("data-bench-state", "live"); };
ws.onmessage = function (e) { button.textContent = JSON.parse(e.data).text; };
button.addEventListener("click", function () { ws.send(JSON.stringify({ t: "ev", id: "3", ev: "click" })); });
</script>
</body>
</html>
`))

// barePage serves the bare click page; html is the JustGo page's, for its
// head.
func barePage(html []byte) http.Handler {
	var head []byte
	if _, rest, ok := bytes.Cut(html, []byte("<head>")); ok {
		head, _, _ = bytes.Cut(rest, []byte("</head>"))
	}
	var page bytes.Buffer
	err := barePageHTML.Execute(&page, struct {
		Head    template.HTML
		Classes string
	}{template.HTML(head), jp.Styles.ButtonPill()})
	if err != nil {
		panic(err) // the template and its data are fixed
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page.Bytes())
	})
}

// bareClicks is the bare page's websocket: it decodes each message, counts
// the clicks of its connection and answers the button's new text in JSON,
// the least a server showing the count can do.
func bareClicks(w http.ResponseWriter, r *http.Request) {
	var up websocket.Upgrader
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer ws.Close()
	count := 0
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var ev struct {
			T  string `json:"t"`
			ID string `json:"id"`
			Ev string `json:"ev"`
		}
		if json.Unmarshal(msg, &ev) != nil || ev.Ev != "click" {
			return
		}
		count++
		reply, _ := json.Marshal(struct {
			Text string `json:"text"`
		}{fmt.Sprintf("Number of Click Events: %d", count)})
		if ws.WriteMessage(websocket.TextMessage, reply) != nil {
			return
		}
	}
}
