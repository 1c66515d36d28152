package matplotlib

import (
	jp "github.com/justgo/justgo"
)

// plot is what plt.plot(y, marker=…, markersize=…, markeredgecolor=…)
// with plt.title, plt.xlabel and plt.ylabel make: a line of y over 0, 1, 2…
// with a marker at each point, as ECharts options.
func plot(y []float64, marker string, markerSize int, edgeColor, title, xLabel, yLabel string) jp.M {
	x := make([]int, len(y))
	for i := range x {
		x[i] = i
	}
	return jp.M{
		"title": jp.M{"text": title, "left": "center"},
		"xAxis": jp.M{"type": "category", "boundaryGap": false, "data": x, "name": xLabel, "nameLocation": "middle", "nameGap": 30},
		"yAxis": jp.M{"type": "value", "name": yLabel, "nameLocation": "middle", "nameGap": 40},
		"series": []jp.M{{
			"type": "line", "data": y, "symbol": symbols[marker], "symbolSize": markerSize,
			"itemStyle": jp.M{"borderColor": edgeColor, "borderWidth": 2},
		}},
	}
}

// symbols are matplotlib's markers as ECharts draws them.
var symbols = map[string]string{
	"*": "path://M50,0 61,35 98,35 68,57 79,91 50,70 21,91 32,57 2,35 39,35z",               // a star
	"+": "path://M40,0 60,0 60,40 100,40 100,60 60,60 60,100 40,100 40,60 0,60 0,40 40,40z", // a plus
	"o": "circle",
}

// figure adds a chart of matplotlib's figure size, as jp.Matplotlib shows
// a figure.
func figure(options jp.M, opts ...jp.Opt) {
	jp.EChart(options, append([]jp.Opt{jp.Style("width: 640px; height: 480px")}, opts...)...)
}
