package dogs

import (
	"context"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// Get reads the API as Handler serves it; each picture differs from the
// last and names its breed.
func TestGetFromTheStandIn(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	a, err := Get(context.Background(), srv.URL+"/breed/papillon/images/random")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Get(context.Background(), srv.URL+"/breed/papillon/images/random")
	pa, _ := a["message"].(string)
	if a["status"] != "success" || !strings.HasPrefix(pa, "data:image/svg+xml,") || pa == b["message"] {
		t.Fatalf("%v, then %v", a, b)
	}
	svg, err := url.PathUnescape(strings.TrimPrefix(pa, "data:image/svg+xml,"))
	if err != nil || !strings.Contains(svg, ">papillon ") {
		t.Errorf("the picture: %v %.300s", err, svg)
	}
	if _, err := Get(context.Background(), srv.URL+"/breeds/list"); err == nil {
		t.Error("another path of the API answered")
	}
}

// A breed cannot break out of the picture's text.
func TestPictureEscapesItsLabel(t *testing.T) {
	svg, _ := url.PathUnescape(strings.TrimPrefix(Picture("<script>", "1"), "data:image/svg+xml,"))
	if strings.Contains(svg, "<script>") {
		t.Errorf("%s", svg)
	}
}

// DOG_CEO=off draws the pictures, and the API's answers too.
func TestOff(t *testing.T) {
	t.Setenv("DOG_CEO", "")
	if Image("papillon", "a.jpg") != Images+"/papillon/a.jpg" {
		t.Error(Image("papillon", "a.jpg"))
	}
	t.Setenv("DOG_CEO", "off")
	if !strings.HasPrefix(Image("papillon", "a.jpg"), "data:") {
		t.Error(Image("papillon", "a.jpg"))
	}
	v, err := Ask(context.Background(), API+"/breed/pug/images/random")
	if m, _ := v["message"].(string); err != nil || !strings.HasPrefix(m, "data:") {
		t.Errorf("%v %v", v, err)
	}
}
