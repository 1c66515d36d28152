package reference

import (
	"encoding/json"
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// javascriptString asks the browser where it is. JustPy's script sends the
// answer itself (send_to_server); JustGo's client sends the value of the
// script, so the script is a promise of the position, or of "Error".
const javascriptString = `
new Promise(function (resolve) {
  var options = {
    enableHighAccuracy: true,
    timeout: 5000,
    maximumAge: 0
  };

  function success(pos) {
    var crd = pos.coords;

    console.log('Your current position is:');
    console.log("Latitude : " + crd.latitude);
    console.log("Longitude: " + crd.longitude);
    console.log("More or less " + crd.accuracy + " meters.");
    resolve({latitude: crd.latitude, longitude: crd.longitude, accuracy: crd.accuracy});
  }

  function error(err) {
    console.warn("ERROR(" + err.code + "): " + err.message);
    resolve('Error');
  }

  if (!navigator.geolocation) return error({code: 0, message: "no geolocation"});
  navigator.geolocation.getCurrentPosition(success, error, options);
})
`

// position is the script's answer.
type position struct {
	Longitude, Latitude, Accuracy float64
}

func resultReady(self *jp.WebPage, msg *jp.Msg) {
	if msg.RequestID == "geo_location" {
		var result position
		if json.Unmarshal(msg.Result, &result) != nil {
			return // "Error": the browser would not say
		}
		msg.Page.Add(jp.Div(jp.Text(fmt.Sprintf("longitude: %v Latitude: %v Accuracy: %v", result.Longitude, result.Latitude, result.Accuracy)),
			jp.Classes("m-2 p-2 text-lg border")))
	}
}

func pageReady(self *jp.WebPage, msg *jp.Msg) {
	self.RequestJavaScript("geo_location", javascriptString)
}

func browserLocationTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.On("page_ready", pageReady)
	wp.On("result_ready", resultReady)
	// Some arbitrary content
	d := jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	for i := 1; i < 31; i++ {
		jp.Div(jp.Text(fmt.Sprintf("Div %d", i)), jp.In(d), jp.Classes("border m-2 p-2 text-xs"))
	}
	return wp
}

// BrowserLocationTest is JustPy's browser_location_test (reference:
// WebPage run_javascript): once the page is ready it asks the browser
// where it is, and shows the answer under thirty divs.
var BrowserLocationTest = catalog.Example{Name: "browser_location_test", Doc: "Once the page is ready it asks the browser for its position and shows it", Source: "browser_location_test_.go", App: catalog.Page(browserLocationTest)}
