package requestobject

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/examples/internal/dogs"
)

func TestDemoFunction(t *testing.T) {
	srv := catalogtest.Serve(t, DemoFunction)
	p := srv.Open("/?number=5&name=Smith&name=Jones")
	ps := p.All("p")
	if len(ps) != 2 || ps[0].Text != "number: 5" || ps[1].Text != "name: Smith" {
		t.Errorf("the lines: %v", ps)
	}
	srv.Open("/").ShouldSee("No URL paramaters present")
}

// fakeDogs puts a server of dogs' stand-in API in dog.ceo's place for the
// length of the test.
func fakeDogs(t *testing.T) {
	srv := httptest.NewServer(dogs.Handler())
	t.Cleanup(srv.Close)
	old := dogAPI
	dogAPI = srv.URL
	t.Cleanup(func() { dogAPI = old })
}

// breedOf reads the breed a stand-in picture is labelled with, and its
// number.
func breedOf(t *testing.T, src string) string {
	t.Helper()
	svg, err := url.PathUnescape(strings.TrimPrefix(src, "data:image/svg+xml,"))
	if err != nil || !strings.HasPrefix(src, "data:image/svg+xml,") {
		t.Fatalf("not a stand-in picture: %.80s", src)
	}
	i := strings.LastIndex(svg, `middle">`)
	return strings.TrimSuffix(svg[i+len(`middle">`):], "</text></svg>")
}

func TestDogPic1(t *testing.T) {
	fakeDogs(t)
	srv := catalogtest.Serve(t, DogPic1)
	img := srv.Open("/").All("img")[0]
	if b := breedOf(t, img.Attr("src")); !strings.HasPrefix(b, "papillon ") || img.Class != "m-2 p-2" {
		t.Errorf("the picture: %q %q", b, img.Class)
	}
	if b := breedOf(t, srv.Open("/?breed=pug").All("img")[0].Attr("src")); !strings.HasPrefix(b, "pug ") {
		t.Errorf("?breed=pug shows %q", b)
	}
}

func TestDogPic2(t *testing.T) {
	fakeDogs(t)
	p := catalogtest.Serve(t, DogPic2).Open("/?breed=hound")
	img := p.All("img")[0]
	first := breedOf(t, img.Attr("src"))
	p.Click(img)
	second := breedOf(t, img.Attr("src"))
	if !strings.HasPrefix(first, "hound ") || !strings.HasPrefix(second, "hound ") || first == second {
		t.Errorf("a click turned %q into %q", first, second)
	}
}

func TestDogPic3(t *testing.T) {
	fakeDogs(t)
	srv := catalogtest.Serve(t, DogPic3)
	p := srv.Open("/breed/pug")
	img := p.All("img")[0]
	first := breedOf(t, img.Attr("src"))
	p.Click(img)
	if second := breedOf(t, img.Attr("src")); !strings.HasPrefix(first, "pug ") || !strings.HasPrefix(second, "pug ") || first == second {
		t.Errorf("a click turned %q into %q", first, second)
	}
	if b := breedOf(t, srv.Open("/").All("img")[0].Attr("src")); !strings.HasPrefix(b, "papillon ") {
		t.Errorf("/ shows %q", b)
	}
}

// dog.ceo unreachable: the page fails, as JustPy's does, rather than
// showing a picture of nothing.
func TestDogPicWithoutTheAPI(t *testing.T) {
	srv := httptest.NewServer(dogs.Handler())
	old := dogAPI
	dogAPI = srv.URL
	srv.Close()
	t.Cleanup(func() { dogAPI = old })
	status, body := catalogtest.Serve(t, DogPic1).NewUser().Get("/")
	if status != 500 {
		t.Errorf("status %d: %.2000s", status, body)
	}
}
