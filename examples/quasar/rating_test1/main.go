// Command rating_test1 is JustPy's rating_test1 (Quasar tutorial: QRating),
// ported to JustGo's Web Awesome widgets: eight rows of stars, small to
// large, in different colours, two stars lit in each; choosing a rating in
// any row lights as many in every row (the last row has four stars, not
// five).
//
// JustPy binds all eight QRatings to one value of the page's data with
// model=[wp, 'rating']. jp.Model binds native inputs only, so here the
// change handler stores the value in wp.State and sets it on every rating.
// A wa-rating is a numeric control: msg.Number is the rating, msg.Value the
// same as text. Quasar's icons per rating (thumbs, hearts, pets, faces) are
// a function property in Web Awesome (getSymbol), which the server cannot
// send, so every row has stars, in the row's size and colour.
package main

import (
	"strconv"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

func ratingTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"rating": 2.0}
	d := jp.Div(jp.Classes("p-4"), jp.In(wp))
	ratingDiv := jp.Div(jp.Classes("flex flex-col items-start gap-4"), jp.In(d)) // a rating reads clicks across its width

	var ratings []*jp.Element
	rating := func(label, size, color string, opts ...jp.Opt) {
		opts = append(opts, wa.Label(label), jp.Style("font-size: "+size+"; --symbol-color-active: "+color), jp.In(ratingDiv))
		ratings = append(ratings, wa.Rating(opts...))
	}
	rating("Thumbs", "1.5em", "var(--wa-color-brand-fill-loud)")
	rating("Hearts", "2em", "var(--wa-color-red-50)")
	rating("Pens", "2.5em", "var(--wa-color-purple-70)")
	rating("Pets", "3em", "var(--wa-color-orange-40)")
	rating("Stars", "4.5em", "var(--wa-color-green-60)")
	rating("Light green stars", "5em", "var(--wa-color-green-80)")
	rating("Green stars", "5em", "var(--wa-color-green-60)")
	rating("Faces", "3.5em", "var(--wa-color-red-60)", wa.Max("4"))

	show := func() {
		v := strconv.FormatFloat(wp.State["rating"].(float64), 'f', -1, 64)
		for _, el := range ratings {
			el.Value = v
		}
	}
	for _, el := range ratings {
		el.On("change", func(self *jp.Element, msg *jp.Msg) error {
			wp.State["rating"] = msg.Number
			show()
			return nil
		})
	}
	show()
	return wp
}

func main() { jp.JustPy(ratingTest1) }
