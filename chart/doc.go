// Package chart draws Apache ECharts charts from Go: New takes the chart's
// options as Go values (maps and slices, as ECharts' own JSON), and after
// the first paint only what changed travels — the top-level keys whose
// value changed (ECharts merges them, matching series by id), or, for
// Append, just the new points. A zoom or legend state the person set
// survives updates; the chart resizes with its element and follows the
// page's dark mode; its events reach Go handlers with the point, series
// and state in msg.Detail.
//
// The chart is the custom element <jp-echart>, defined by a small adapter
// (static/adapters/echart.js) over ECharts' own script; pages that have no
// chart load neither. It is the pattern for wrapping any library: a custom
// element whose whole state is set as properties when the browser builds
// it (Props.BuildProps), kept up to date by method calls
// (Element.CallUpdate), and whose events are custom events with detail.
//
// JavaScript, such as a label formatter, goes only as a JS value, which
// the adapter turns into a function; strings from data never run.
package chart
