// <jp-aggrid>: AG Grid Community as a custom element, for JustGo's grid
// package. The server sets "options" ({grid, columnDefs, rowData, rowId})
// when the browser builds the element; then row transactions
// (jpTransaction) and changed grid options (jpSetOption) keep it up to
// date, so the person's scroll, sort, filter and selection stay. The
// grid's events are custom events "grid:<name>" with what they concern.
(function () {
  "use strict";
  function dark() { return document.documentElement.classList.contains("dark"); }
  function theme() {
    var t = agGrid.themeQuartz;
    return dark() && agGrid.colorSchemeDark ? t.withPart(agGrid.colorSchemeDark) : t;
  }
  function define() {
    if (agGrid.ModuleRegistry && agGrid.AllCommunityModule) agGrid.ModuleRegistry.registerModules([agGrid.AllCommunityModule]);
    class JPAgGrid extends HTMLElement {
      set options(o) {
        var json = JSON.stringify(o);
        if (json === this._json) return;
        var old = this._options;
        this._json = json;
        this._options = o;
        if (!this.api) { if (this.isConnected) this.mount(); return; }
        // A resync: what changed, as the grid takes it, keeping its state.
        var self = this;
        Object.keys(o.grid || {}).forEach(function (k) {
          if (!old || JSON.stringify((old.grid || {})[k]) !== JSON.stringify(o.grid[k])) self.api.setGridOption(k, o.grid[k]);
        });
        this.api.setGridOption("columnDefs", o.columnDefs);
        this.api.setGridOption("rowData", o.rowData);
      }
      get options() { return this._options; }
      connectedCallback() { if (!this.api && this._options) this.mount(); }
      mount() {
        if (!this.style.display) this.style.display = "block";
        var self = this, o = this._options;
        var fire = function (name, detail) { self.dispatchEvent(new CustomEvent("grid:" + name, { detail: detail })); };
        var ids = function () { return self.api.getSelectedNodes().map(function (n) { return n.id; }); };
        this.api = agGrid.createGrid(this, Object.assign({}, o.grid, {
          columnDefs: o.columnDefs,
          rowData: o.rowData,
          theme: theme(),
          getRowId: function (p) { return String(p.data[self._options.rowId]); },
          onCellClicked: function (e) { fire("cellClicked", { rowId: e.node.id, column: e.colDef.field, value: e.value }); },
          onRowSelected: function (e) { fire("rowSelected", { rowId: e.node.id, selected: !!e.node.isSelected() }); },
          onSelectionChanged: function () { fire("selectionChanged", { selected: ids() }); },
          onCellValueChanged: function (e) {
            fire("cellValueChanged", { rowId: e.node.id, column: e.colDef.field, oldValue: e.oldValue, newValue: e.newValue });
          },
          onSortChanged: function () {
            fire("sortChanged", { sort: self.api.getColumnState().filter(function (c) { return c.sort; }).map(function (c) { return { colId: c.colId, sort: c.sort }; }) });
          },
          onFilterChanged: function () { fire("filterChanged", { filter: self.api.getFilterModel() }); }
        }));
        this._theme = new MutationObserver(function () { if (self.api) self.api.setGridOption("theme", theme()); });
        this._theme.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
      }
      disconnectedCallback() {
        var self = this;
        setTimeout(function () {
          if (self.isConnected || !self.api) return;
          self._theme.disconnect();
          self.api.destroy();
          self.api = null;
        });
      }
      jpRunAPI(method, args) {
        if (!this.api || typeof this.api[method] !== "function") throw new Error(method + " is not a method of AG Grid's API");
        return this.api[method].apply(this.api, args || []);
      }
      jpTransaction(tx) { if (this.api) this.api.applyTransaction(tx); }
      jpSetOption(key, value) { if (this.api) this.api.setGridOption(key, value); }
      // For tests and people: the rows in the order the grid shows them.
      jpShownIds() {
        var out = [];
        if (this.api) this.api.forEachNodeAfterFilterAndSort(function (n) { out.push(n.id); });
        return out;
      }
    }
    customElements.define("jp-aggrid", JPAgGrid);
  }
  (function ready() { if (window.agGrid) define(); else setTimeout(ready, 20); })();
})();
