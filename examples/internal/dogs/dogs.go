// Package dogs is what JustPy's programs with dog pictures ask of dog.ceo
// (request_object's dog_pic1 to 3, custom_components' tab_comp_test1),
// and stand-ins for when there is no internet: with the environment
// variable DOG_CEO=off (the demo browser's browser test runs so) the
// programs draw pictures of their own, so that no request leaves the
// machine. JustGo's NO_INTERNET does not say so: it is on by default, and
// only chooses where pages load their libraries from.
package dogs

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"sync/atomic"
	"time"
)

// API is dog.ceo's API: API+"/breed/papillon/images/random" answers
// {"message": URL of a picture, "status": "success"}.
const API = "https://dog.ceo/api"

// Images is where dog.ceo keeps its pictures: Images+"/papillon/n02086910_5037.jpg".
const Images = "https://images.dog.ceo/breeds"

// Off is whether the environment says to draw pictures rather than ask
// dog.ceo (DOG_CEO=off).
func Off() bool { return os.Getenv("DOG_CEO") == "off" }

// Ask is how a program asks the API: Get, or Offline when Off.
func Ask(ctx context.Context, url string) (map[string]any, error) {
	if Off() {
		return Offline(ctx, url)
	}
	return Get(ctx, url)
}

// Image is the address of one of dog.ceo's pictures, by breed and file
// (Images+"/papillon/n02086910_5037.jpg"), or a Picture of it when Off.
func Image(breed, file string) string {
	if Off() {
		return Picture(breed, file)
	}
	return Images + "/" + breed + "/" + file
}

// client bounds a fetch: a page function waits for it.
var client = &http.Client{Timeout: 10 * time.Second}

// Get is JustPy's jp.get: the JSON at url, decoded, for as long as ctx
// lasts.
func Get(ctx context.Context, url string) (map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	var v map[string]any
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&v); err != nil {
		return nil, fmt.Errorf("GET %s: %w", url, err)
	}
	return v, nil
}

// randomPath is the path of the API's random picture of a breed.
var randomPath = regexp.MustCompile(`/breed/([^/]+)/images/random$`)

// Offline answers as Get does for the API's random picture of a breed,
// without the internet: the message is a Picture of the breed, numbered by
// the count of pictures given, so that each differs from the last.
func Offline(ctx context.Context, rawURL string) (map[string]any, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	m := randomPath.FindStringSubmatch(u.Path)
	if m == nil {
		return nil, fmt.Errorf("GET %s: not found", rawURL)
	}
	return map[string]any{"message": Picture(m[1], fmt.Sprint(given.Add(1))), "status": "success"}, nil
}

// given counts the pictures Offline gave.
var given atomic.Int64

// Handler is dog.ceo's API as Offline answers it, for a test's httptest
// server: GET /breed/{breed}/images/random.
func Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, err := Offline(r.Context(), r.URL.String())
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(v)
	})
}

// Picture is a stand-in picture of a dog of breed, labelled with its
// breed and name: a data: URL of an SVG, which a page shows without
// asking any server.
func Picture(breed, name string) string {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200" width="300" height="200">` +
		`<rect width="300" height="200" fill="#fef3c7"/>` +
		`<ellipse cx="150" cy="120" rx="70" ry="50" fill="#92400e"/>` +
		`<circle cx="150" cy="70" r="35" fill="#b45309"/>` +
		`<ellipse cx="118" cy="50" rx="14" ry="24" fill="#78350f"/><ellipse cx="182" cy="50" rx="14" ry="24" fill="#78350f"/>` +
		`<circle cx="138" cy="66" r="4"/><circle cx="162" cy="66" r="4"/><circle cx="150" cy="82" r="5"/>` +
		`<text x="150" y="190" font-family="sans-serif" font-size="16" text-anchor="middle">` + html.EscapeString(breed+" "+name) + `</text></svg>`
	return "data:image/svg+xml," + url.PathEscape(svg)
}
