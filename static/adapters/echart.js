// <jp-echart>: Apache ECharts as a custom element, for JustGo's chart
// package. The server sets the whole options as the property "options"
// when the browser builds the element, then keeps it up to date with
// jpSetOption (the top-level keys that changed) and jpAppend (new points
// of one series). Functions are revived only where the server marked
// them ("fn": the paths of its JS values), never from data.
(function () {
  "use strict";
  function revive(o) {
    var v = o.v;
    (o.fn || []).forEach(function (path) {
      var at = v;
      for (var i = 0; i < path.length - 1 && at; i++) at = at[path[i]];
      var k = path[path.length - 1];
      if (at && typeof at[k] === "string") at[k] = new Function("return (" + at[k] + ")")();
    });
    return v;
  }
  function dark() { return document.documentElement.classList.contains("dark"); }
  // What a chart event tells the server: the point, the series, the state.
  function detail(p) {
    var d = {};
    ["componentType", "seriesType", "seriesId", "seriesName", "seriesIndex", "name", "dataIndex", "value",
      "selected", "start", "end", "batch", "type"].forEach(function (k) {
      if (p[k] !== undefined && typeof p[k] !== "function") d[k] = p[k];
    });
    return d;
  }
  var events = ["click", "dblclick", "legendselectchanged", "datazoom", "selectchanged"];
  function define() {
    class JPEChart extends HTMLElement {
      set options(o) {
        var json = JSON.stringify(o);
        if (json === this._json) return; // a resync of what it shows: keep the person's zoom and legend
        this._json = json;
        this._options = o;
        if (this.chart) this.chart.setOption(revive(JSON.parse(json)), { notMerge: true });
      }
      get options() { return this._options; }
      connectedCallback() {
        if (this.chart) return;
        if (!this.style.display) this.style.display = "block";
        this.mount();
        var self = this;
        this._resize = new ResizeObserver(function () { if (self.chart) self.chart.resize(); });
        this._resize.observe(this);
        this._theme = new MutationObserver(function () { if (self.chart && self._dark !== dark()) self.remount(); });
        this._theme.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
      }
      disconnectedCallback() {
        var self = this;
        // moved, not removed, when it is back at once
        setTimeout(function () {
          if (self.isConnected || !self.chart) return;
          self._resize.disconnect();
          self._theme.disconnect();
          self.chart.dispose();
          self.chart = null;
        });
      }
      mount() {
        this._dark = dark();
        this.chart = echarts.init(this, this._dark ? "dark" : null);
        if (this._options) this.chart.setOption(revive(JSON.parse(this._json)));
        var self = this;
        events.forEach(function (name) {
          self.chart.on(name, function (p) { self.dispatchEvent(new CustomEvent("chart:" + name, { detail: detail(p) })); });
        });
      }
      // remount follows the page's dark mode, keeping what the chart shows.
      remount() {
        var now = this.chart.getOption();
        this.chart.dispose();
        this.mount();
        this.chart.setOption(now);
      }
      jpSetOption(part) {
        var o = revive(part), opts = {};
        if (o.series && this.chart) {
          var had = (this.chart.getOption().series || []).length;
          if (o.series.length < had) opts.replaceMerge = ["series"]; // a series went: drop it
        }
        this.chart.setOption(o, opts);
      }
      jpAppend(id, points, window) {
        var series = this.chart.getOption().series || [];
        for (var i = 0; i < series.length; i++) {
          if (series[i].id !== id) continue;
          var data = (series[i].data || []).concat(points);
          if (window > 0 && data.length > window) data = data.slice(data.length - window);
          this.chart.setOption({ series: [{ id: id, data: data }] });
          return;
        }
      }
    }
    customElements.define("jp-echart", JPEChart);
  }
  (function ready() { if (window.echarts) define(); else setTimeout(ready, 20); })();
})();
