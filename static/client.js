// JustGo's browser client: it attaches to its page over a websocket, sends
// the events the server listens for and the values people type, and applies
// the server's patches to the DOM in place. The message vocabulary is
// internal/wire/wire.go; transport/doc.go describes it.
(function () {
  "use strict";
  var root = document.getElementById("jp-root");
  if (!root) return;
  var SVG = "http://www.w3.org/2000/svg";
  var pageID = root.getAttribute("data-jp-page");
  var base = root.getAttribute("data-jp-base") || "/";
  var version = root.getAttribute("data-jp-v") || "0";
  var nodes = new Map([["", root]]); // element id -> DOM element
  // For each input: the value the server was last told or sent, and the
  // number of the last message that carried a value the person typed.
  var known = new Map(); // element id -> {v, c, n}
  var queue = []; // messages waiting for the socket
  var unacked = []; // sent on the socket, not yet acknowledged: sent again after a reconnect
  // tab names this page load across reconnects, so that the server handles
  // a message sent again only once.
  var tab = Math.random().toString(36).slice(2) + Date.now().toString(36);
  var overHTTP = root.getAttribute("data-jp-http") === "1"; // events by POST, no websocket
  var seq = 0, ack = 0, ws = null, live = false, retries = 0, leaving = false, status = null, posting = false, ready = false;

  function isControl(el) {
    return el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT";
  }
  function hasChecked(el) {
    return el.tagName === "INPUT" && (el.type === "checkbox" || el.type === "radio");
  }

  // ---- sending ----
  function send(m) {
    m.n = ++seq;
    queue.push(m);
    flush();
    return m.n;
  }
  function flush() {
    if (overHTTP) return post();
    while (live && queue.length) {
      var m = queue.shift();
      unacked.push(m);
      ws.send(JSON.stringify(m));
      // values draw no answer; a sync now and then lets the list shrink
      if (unacked.length % 32 === 0 && m.t !== "sync") queue.push({ t: "sync", n: ++seq });
    }
  }
  function acked(n) {
    ack = n;
    while (unacked.length && unacked[0].n <= n) unacked.shift();
  }
  // post sends what is queued in one request and applies the answer; one
  // request at a time keeps the order.
  function post() {
    if (posting || leaving || !queue.length) return;
    posting = true;
    var batch = queue.splice(0, queue.length);
    fetch(base + "_jp/event?page=" + encodeURIComponent(pageID) + "&tab=" + tab + "&v=" + version, {
      method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" }, body: JSON.stringify(batch)
    }).then(function (r) {
      if (r.status === 404 || r.status === 403) { leaving = true; location.reload(); return; }
      if (!r.ok) throw new Error("HTTP " + r.status);
      setStatus(false);
      return readLines(r.body.getReader(), new TextDecoder(), "");
    }).then(function () {
      posting = false;
      retries = 0;
      post();
    }).catch(function () {
      posting = false;
      if (leaving) return; // a redirect cut the answer short: the events were handled
      queue = batch.concat(queue);
      setStatus(true);
      setTimeout(post, backoff());
    });
  }
  function withValue(m, el) {
    m.value = el.value;
    if (hasChecked(el)) m.checked = el.checked;
    if (el.multiple && el.tagName === "SELECT") m.values = chosen(el);
    if (el.validity && !el.validity.valid) m.invalid = el.validationMessage || "invalid";
    return m;
  }
  function chosen(sel) {
    return Array.prototype.filter.call(sel.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
  }
  // fileInfo describes the files chosen in a file input, as JustPy's msg.files.
  function fileInfo(el) {
    return Array.prototype.map.call(el.files || [], function (f) {
      return { name: f.name, size: f.size, type: f.type, lastModified: f.lastModified };
    });
  }
  function remember(id, el, n) {
    var k = known.get(id);
    known.set(id, { v: state(el), c: el.checked, n: n === undefined ? (k ? k.n : 0) : n });
  }
  function state(el) { return el.multiple && el.tagName === "SELECT" ? chosen(el).join("\n") : el.value; }
  function edited(id) {
    var k = known.get(id);
    return k ? k.n : 0;
  }
  // A value travels as soon as it changes, so the server has it before any
  // later event of the page: the socket keeps messages in order. A value the
  // server already has is not sent again (a "change" after "input" events
  // would otherwise undo what a handler set meanwhile).
  function sendValue(el) {
    var id = el.getAttribute("data-jp"), k = known.get(id);
    if (k && k.v === state(el) && k.c === el.checked) return;
    remember(id, el, send(withValue({ t: "val", id: id }, el)));
  }
  function onInput(e) {
    var el = e.target, mods = el.__jpMods || {};
    if (!isControl(el) || !el.hasAttribute("data-jp") || el.type === "file") return;
    if (e.type === "input" && mods.change && mods.change.lazy) return; // InputChangeOnly: the change brings it
    // The value goes at once, unless the event itself carries it at once
    // (a debounced or throttled handler must not hold the value back).
    var plain = el.__jpOn && el.__jpOn.indexOf(e.type) >= 0 && !timed(mods[e.type]);
    if (!plain) sendValue(el);
    if (el.type === "radio" && el.name) {
      // the browser unchecks the group's other buttons without an event
      var group = (el.form || document).querySelectorAll('input[type="radio"][data-jp]');
      group.forEach(function (r) { if (r !== el && r.name === el.name) sendValue(r); });
    }
  }
  function timed(mods) { return mods && (mods.debounce || mods.throttle); }
  function onEvent(e) {
    var el = e.currentTarget, mods = (el.__jpMods || {})[e.type];
    if (e.type === "submit") {
      e.preventDefault(); // the page stays; the handler decides
      if (el.elements && hasFiles(el)) return upload(el, e);
    }
    var message = function () { return eventMessage(el, e); }; // built when sent: the latest value
    if (!timed(mods)) return dispatch(el, message());
    var timers = el.__jpTimers || (el.__jpTimers = {});
    var d = timers[e.type] || (timers[e.type] = {});
    d.latest = message;
    if (mods.debounce) {
      var lead = mods.immediate && !d.timer;
      if (lead) dispatch(el, message());
      d.pending = !lead;
      clearTimeout(d.timer);
      d.timer = setTimeout(function () {
        d.timer = null;
        if (d.pending) { d.pending = false; dispatch(el, d.latest()); }
      }, mods.debounce);
    } else if (mods.throttle) {
      if (d.timer) { d.pending = true; return; }
      dispatch(el, message());
      var tick = function () {
        if (!d.pending) { d.timer = null; return; }
        d.pending = false;
        dispatch(el, d.latest());
        d.timer = setTimeout(tick, mods.throttle);
      };
      d.timer = setTimeout(tick, mods.throttle);
    }
  }
  function eventMessage(el, e, files) {
    var m = { t: "ev", id: el.getAttribute("data-jp"), ev: e.type };
    if (e.type === "submit" && el.elements) m.form = formData(el, files);
    if (isControl(el)) withValue(m, el);
    if (el.type === "file") m.files = fileInfo(el);
    if (typeof KeyboardEvent !== "undefined" && e instanceof KeyboardEvent) {
      m.key = { key: e.key, code: e.code, alt: e.altKey, ctrl: e.ctrlKey, shift: e.shiftKey, meta: e.metaKey, repeat: e.repeat };
    }
    return m;
  }
  function dispatch(el, m) {
    var n = send(m);
    if (isControl(el)) remember(m.id, el, n);
  }
  // formData lists a form's fields in document order, as they are now;
  // files maps a file input to what its upload returned.
  function formData(form, files) {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!isControl(f) && f.tagName !== "BUTTON") return;
      var field = { tag: f.tagName.toLowerCase(), value: f.value };
      if (f.getAttribute("data-jp")) field.id = f.getAttribute("data-jp");
      if (f.type) field.type = f.type;
      if (f.name) field.name = f.name;
      if (f.placeholder) field.placeholder = f.placeholder;
      if (hasChecked(f)) field.checked = f.checked;
      if (f.multiple && f.tagName === "SELECT") field.values = chosen(f);
      if (f.type === "file") field.files = (files && files.get(f)) || fileInfo(f);
      fields.push(field);
    });
    return fields;
  }

  // ---- uploads ----
  // A form with chosen files is submitted in two steps: the files go by
  // POST, streamed, then the submit event names what arrived. A file over
  // a limit stays behind, and the person is told.
  var limits = (root.getAttribute("data-jp-upload") || "").split(",").map(Number);
  function hasFiles(form) {
    return Array.prototype.some.call(form.elements, function (f) { return f.type === "file" && f.files && f.files.length; });
  }
  function upload(form, e) {
    var body = new FormData(), sent = [], files = new Map(), total = 0, problems = [];
    Array.prototype.forEach.call(form.elements, function (f) {
      if (f.type !== "file") return;
      files.set(f, Array.prototype.map.call(f.files, function (file) {
        var info = { name: file.name, size: file.size, type: file.type, lastModified: file.lastModified };
        if (limits[0] && file.size > limits[0]) info.error = file.name + " is larger than the " + size(limits[0]) + " limit for one file";
        else if (limits[1] && total + file.size > limits[1]) info.error = file.name + " would take the upload over its " + size(limits[1]) + " limit";
        else { total += file.size; body.append("file", file, file.name); sent.push(info); }
        if (info.error) problems.push(info.error);
        return info;
      }));
    });
    var submit = function () {
      if (problems.length) showError(problems.join("\n"));
      dispatch(form, eventMessage(form, e, files));
    };
    if (!sent.length) return submit();
    fetch(base + "_jp/upload?page=" + encodeURIComponent(pageID), { method: "POST", credentials: "same-origin", body: body })
      .then(function (r) {
        return r.json().catch(function () { return { error: "HTTP " + r.status }; });
      })
      .then(function (res) {
        sent.forEach(function (info, i) {
          var got = res.files && res.files[i];
          if (got && got.ref) { info.ref = got.ref; info.size = got.size; }
          else { info.error = (got && got.error) || res.error || "upload failed"; problems.push(info.error); }
        });
      }, function (err) {
        sent.forEach(function (info) { info.error = "upload failed: " + err; });
        problems.push("upload failed: " + err);
      })
      .then(submit);
  }
  function size(n) {
    return n >= 1048576 && n % 1048576 === 0 ? n / 1048576 + " MB" : n >= 1024 && n % 1024 === 0 ? n / 1024 + " KB" : n + " bytes";
  }
  // click__out: a click anywhere outside an element that listens for it.
  var outs = new Set();
  document.addEventListener("click", function (e) {
    outs.forEach(function (el) {
      if (!el.isConnected) outs.delete(el);
      else if (!el.contains(e.target)) send({ t: "ev", id: el.getAttribute("data-jp"), ev: "click__out" });
    });
  }, true);
  // listen follows the server's list of events for el; an entry may carry
  // modifiers: "input:debounce=300:immediate", "mousemove:throttle=100".
  function listen(el, list) {
    var types = [], mods = {};
    list.forEach(function (entry) {
      var parts = entry.split(":");
      types.push(parts[0]);
      if (parts.length > 1) {
        var m = (mods[parts[0]] = {});
        parts.slice(1).forEach(function (p) { var kv = p.split("="); m[kv[0]] = kv.length > 1 ? Number(kv[1]) : true; });
      }
    });
    if (types.indexOf("click__out") >= 0) outs.add(el); else outs.delete(el);
    var old = el.__jpOn || [];
    old.forEach(function (t) { if (types.indexOf(t) < 0) el.removeEventListener(t, onEvent); });
    types.forEach(function (t) { if (old.indexOf(t) < 0) el.addEventListener(t, onEvent); });
    el.__jpOn = types;
    el.__jpMods = mods;
  }

  // Page events go to the root's id when the page listens for them.
  function pageEvent(type, extra) {
    if ((root.__jpOn || []).indexOf(type) < 0) return;
    var m = { t: "ev", id: "", ev: type };
    Object.keys(extra || {}).forEach(function (k) { m[k] = extra[k]; });
    send(m);
  }

  // ---- applying patches ----
  // An element's own text is a text node before its children; text nodes
  // that are children of their own (TextNode) carry their id as __jp.
  function ownText(el) {
    var f = el.firstChild;
    return f && f.nodeType === 3 && f.__jp === undefined ? f : null;
  }
  function setText(el, t) {
    var f = ownText(el);
    if (f) {
      if (t) f.data = t; else el.removeChild(f);
    } else if (t) {
      el.insertBefore(document.createTextNode(t), el.firstChild);
    }
  }
  function setKids(el, kids, removed) {
    var text = ownText(el);
    var want = [];
    kids.forEach(function (k) {
      var n = typeof k === "string" ? nodes.get(k) : build(k, el.namespaceURI === SVG && el.tagName !== "foreignObject");
      if (n) want.push(n);
    });
    var keep = new Set(want);
    Array.prototype.slice.call(el.childNodes).forEach(function (c) {
      if (c !== text && !keep.has(c)) { el.removeChild(c); removed.push(c); }
    });
    var at = text ? text.nextSibling : el.firstChild;
    want.forEach(function (n) {
      if (n === at) at = at.nextSibling; else el.insertBefore(n, at);
    });
  }
  // A value from the server is applied unless the person typed since the
  // server made it: then it is stale, and what they typed is on its way.
  function setValue(el, id, v) {
    if (!isControl(el)) {
      if (v) el.setAttribute("value", v); else el.removeAttribute("value");
      return;
    }
    if (edited(id) > ack || el.type === "file") return;
    if (el.value !== v) el.value = v;
    remember(id, el);
  }
  // setChecked checks a checkbox or radio button, or selects an option.
  function setChecked(el, id, c) {
    if (el.tagName === "OPTION") {
      var sel = el.closest("select");
      if (sel && edited(sel.getAttribute("data-jp")) > ack) return;
      if (c || (sel && sel.multiple)) el.selected = c;
      if (sel) remember(sel.getAttribute("data-jp"), sel);
      return;
    }
    if (!hasChecked(el) || edited(id) > ack) return;
    el.checked = c;
    remember(id, el);
  }
  function apply(el, o, removed) {
    var id = o.id;
    if (el.nodeType === 3) { if ("text" in o) el.data = o.text; return; }
    if ("class" in o) { if (o["class"]) el.setAttribute("class", o["class"]); else el.removeAttribute("class"); }
    if ("style" in o) { if (o.style) el.setAttribute("style", o.style); else el.removeAttribute("style"); }
    if ("show" in o) { if (o.show) el.removeAttribute("hidden"); else el.setAttribute("hidden", ""); }
    if (o.attrs) {
      Object.keys(o.attrs).forEach(function (k) {
        try {
          if (o.attrs[k] === null) el.removeAttribute(k); else el.setAttribute(k, o.attrs[k]);
        } catch (err) { /* a name the DOM refuses */ }
      });
    }
    if ("on" in o) { if (el === root) root.__jpOn = (o.on || []).map(function (x) { return x.split(":")[0]; }); else listen(el, o.on || []); }
    if ("html" in o && o.html) {
      el.innerHTML = o.html;
      el.__jpHTML = true;
    } else {
      // raw HTML cleared: what it made goes, and the children come whole
      if ("html" in o && el.__jpHTML) { el.innerHTML = ""; el.__jpHTML = false; }
      if ("text" in o && el.tagName !== "TEXTAREA") setText(el, o.text);
      if ("kids" in o) setKids(el, o.kids || [], removed);
    }
    if ("value" in o) setValue(el, id, o.value);
    if ("checked" in o) setChecked(el, id, o.checked);
    var an = el.getAttribute("data-animation");
    if (an) animate(el, an);
  }
  // animate plays an animate.css animation once; one whose name says
  // "Out" leaves the element hidden, as in JustPy.
  function animate(el, name) {
    el.classList.remove("animated", name);
    void el.offsetWidth; // restart it when it is still playing
    el.classList.add("animated", name);
    el.addEventListener("animationend", function end() {
      el.removeEventListener("animationend", end);
      el.classList.remove("animated", name);
      if (name.indexOf("Out") >= 0) el.setAttribute("hidden", "");
    });
  }
  // build returns the DOM element for a node: the one the page already has
  // with that id (so focus and selection survive a full resync), or a new one.
  function build(n, svg) {
    svg = svg || n.tag === "svg";
    var el = nodes.get(n.id);
    if (n.tag === "#text") {
      if (!el) { el = document.createTextNode(""); el.__jp = n.id; nodes.set(n.id, el); }
      el.data = n.text || "";
      return el;
    }
    if (!el) {
      el = svg ? document.createElementNS(SVG, n.tag) : document.createElement(n.tag);
      el.setAttribute("data-jp", n.id);
      nodes.set(n.id, el);
    }
    var attrs = {};
    Array.prototype.forEach.call(el.attributes, function (a) {
      if (!/^(data-jp.*|class|style|hidden|value|checked)$/.test(a.name)) attrs[a.name] = null;
    });
    Object.keys(n.attrs || {}).forEach(function (k) { attrs[k] = n.attrs[k]; });
    apply(el, {
      id: n.id, "class": n["class"] || "", style: n.style || "", show: n.show !== false, attrs: attrs,
      on: n.on || [], html: n.html || "", text: n.text || "", kids: n.kids || [],
      value: n.value || "", checked: !!n.checked
    }, []);
    return el;
  }
  function patch(m) {
    acked(m.ack);
    version = String(m.v);
    var removed = [];
    (m.ops || []).forEach(function (op) {
      var el = nodes.get(op.id);
      // one op the DOM refuses must not leave the rest of the patch undone
      try { if (el) apply(el, op, removed); } catch (err) { console.error("JustGo: applying a change", op.id, err); }
    });
    removed.forEach(forget);
    if ("title" in m) document.title = m.title;
    if (m.body) {
      var b = document.body, h = document.documentElement;
      if ("class" in m.body) b.className = m.body["class"];
      if ("style" in m.body) b.setAttribute("style", m.body.style);
      if ("dark" in m.body) h.classList.toggle("dark", m.body.dark);
    }
    if (m.url) showURL(m.url, false);
    (m.js || []).forEach(function (j) {
      var result;
      try { result = (0, eval)(j.code); } catch (err) { result = String(err); }
      // The value goes back when the page listens for result_ready.
      var answer = function (v) {
        try { JSON.stringify(v); } catch (err) { v = String(v); } // a cycle, a DOM node: its text
        pageEvent("result_ready", j.rid ? { rid: j.rid, result: v } : { result: v });
      };
      Promise.resolve(result).then(function (v) { answer(v === undefined ? null : v); }, function (err) { answer(String(err)); });
    });
    // The page stays live: a redirect to a download leaves it where it is
    // (pagehide says when it really goes).
    if (m.redirect) location.href = inApp(m.redirect);
    if (m.reload) { leaving = true; location.reload(); }
  }
  function forget(el) {
    if (el.isConnected) return;
    if (el.nodeType === 3) { if (nodes.get(el.__jp) === el) nodes.delete(el.__jp); return; }
    if (el.nodeType !== 1) return;
    [el].concat(Array.prototype.slice.call(el.querySelectorAll("[data-jp]"))).forEach(function (n) {
      var id = n.getAttribute("data-jp");
      if (nodes.get(id) === n) { nodes.delete(id); known.delete(id); }
    });
    for (var w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); w.nextNode();) {
      var t = w.currentNode;
      if (t.__jp !== undefined && nodes.get(t.__jp) === t) nodes.delete(t.__jp);
    }
  }
  // A path that starts with "/" is within the app, wherever it is mounted;
  // "//host" and "/\host" are other hosts, as browsers read them.
  function inApp(u) {
    return u.charAt(0) === "/" && u.charAt(1) !== "/" && u.charAt(1) !== "\\" ? base + u.slice(1) : u;
  }
  function showURL(url, first) {
    var target = new URL(inApp(url), location.href).href;
    if (target === location.href) return;
    if (first) history.replaceState(null, "", target); else history.pushState(null, "", target);
  }

  // ---- connection ----
  // The root's data-jp-state says "live" while the socket is open, for
  // stylesheets and tests.
  function setStatus(down) {
    root.setAttribute("data-jp-state", down ? "reconnecting" : "live");
    if (down && !status) {
      status = document.createElement("div");
      status.id = "jp-status";
      status.setAttribute("role", "status");
      status.textContent = "Reconnecting\u2026";
      document.body.appendChild(status);
    } else if (!down && status) {
      status.remove();
      status = null;
    }
  }
  function connect() {
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + base +
      "_jp/ws?page=" + encodeURIComponent(pageID) + "&tab=" + tab + "&v=" + version;
    ws = new WebSocket(url);
    ws.onopen = function () {
      // What the last socket may not have delivered goes again, first; the
      // server drops what it had already handled.
      queue = unacked.concat(queue);
      unacked = [];
      live = true;
      retries = 0;
      setStatus(false);
      flush();
      if (!ready) { ready = true; pageEvent("page_ready"); }
    };
    ws.onmessage = function (e) { receive(JSON.parse(e.data)); };
    ws.onclose = function (e) {
      live = false;
      ws = null;
      if (leaving) return;
      if (e.code === 4004 || e.code === 4003) { leaving = true; location.reload(); return; }
      setStatus(true);
      setTimeout(connect, backoff());
    };
  }
  // readLines applies the server's messages, one JSON object a line, as
  // they stream in: an Update in a handler shows before the handler ends.
  function readLines(reader, dec, rest) {
    return reader.read().then(function (r) {
      var lines = (rest + dec.decode(r.value || new Uint8Array(), { stream: !r.done })).split("\n");
      rest = lines.pop();
      lines.forEach(function (l) { if (l) receive(JSON.parse(l)); });
      if (!r.done) return readLines(reader, dec, rest);
    });
  }
  // backoff grows to 8 s, with jitter so that a restarted server is not
  // met by every browser at once.
  function backoff() {
    return Math.min(8000, 200 * Math.pow(2, retries++)) * (0.5 + Math.random());
  }
  function receive(m) {
    if (m.t === "patch") patch(m);
    else if (m.t === "synced") acked(m.ack);
    else if (m.t === "error") showError(m.text);
  }
  function showError(text) {
    var box = document.getElementById("jp-error");
    if (!box) {
      box = document.createElement("pre");
      box.id = "jp-error";
      box.setAttribute("role", "alert");
      box.title = "Click to dismiss";
      box.addEventListener("click", function () { box.remove(); });
      document.body.appendChild(box);
    }
    box.textContent = text;
  }

  // Text node components follow a comment naming them.
  var marks = [], walk = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walk.nextNode()) if (walk.currentNode.data.lastIndexOf("jp:", 0) === 0) marks.push(walk.currentNode);
  marks.forEach(function (c) {
    var t = c.nextSibling;
    if (!t || t.nodeType !== 3) t = c.parentNode.insertBefore(document.createTextNode(""), t);
    t.__jp = c.data.slice(3);
    nodes.set(t.__jp, t);
    c.remove();
  });
  root.querySelectorAll("[data-jp]").forEach(function (el) {
    nodes.set(el.getAttribute("data-jp"), el);
    if (isControl(el)) remember(el.getAttribute("data-jp"), el, 0);
    var on = el.getAttribute("data-jp-on");
    if (on) listen(el, on.split(" "));
    if (el.getAttribute("data-animation")) animate(el, el.getAttribute("data-animation"));
  });
  var rootOn = root.getAttribute("data-jp-on");
  if (rootOn) root.__jpOn = rootOn.split(" ");
  document.addEventListener("visibilitychange", function () { pageEvent("visibilitychange", { value: document.visibilityState }); });
  document.addEventListener("input", onInput);
  document.addEventListener("change", onInput);
  window.addEventListener("pagehide", function () { leaving = true; });
  window.addEventListener("pageshow", function (e) { if (e.persisted) { leaving = false; if (!ws && !overHTTP) connect(); } });
  var first = root.getAttribute("data-jp-url");
  if (first) showURL(first, true);
  if (overHTTP) { setStatus(false); ready = true; pageEvent("page_ready"); } else connect();
})();
