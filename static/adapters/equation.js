// <jp-equation>: a TeX equation typeset by KaTeX, for JustGo's equation
// package. The server writes the source as the attribute "tex", display
// mode as "display" and KaTeX's other options as JSON in "options"; the
// element typesets itself when it connects and whenever one of them
// changes. KaTeX's HTML is the element's own children, without JustGo's
// ids, so that the client's patches leave it be.
(function () {
  "use strict";
  // A block, as JustPy's equation (a div) is; a class such as Tailwind's
  // "inline" wins over this rule, which has no specificity.
  var css = document.createElement("style");
  css.textContent = ":where(jp-equation){display:block}";
  document.head.appendChild(css);
  function define() {
    class JPEquation extends HTMLElement {
      static get observedAttributes() { return ["tex", "display", "options"]; }
      connectedCallback() { this.typeset(); }
      attributeChangedCallback() { if (this.isConnected) this.typeset(); }
      typeset() {
        var tex = this.getAttribute("tex") || "", opts = {};
        try { opts = JSON.parse(this.getAttribute("options") || "{}") || {}; } catch (err) { console.error("JustGo: equation options", err); }
        opts.displayMode = this.hasAttribute("display");
        opts.throwOnError = false; // a TeX error shows the source in red, as in JustPy
        var key = tex + "\n" + JSON.stringify(opts);
        if (key === this._shown) return; // the same again (a resync): nothing to do
        this._shown = key;
        try { katex.render(tex, this, opts); } catch (err) { this.textContent = tex; console.error("JustGo: KaTeX", err); }
      }
    }
    customElements.define("jp-equation", JPEquation);
  }
  (function ready() { if (window.katex) define(); else setTimeout(ready, 20); })();
})();
