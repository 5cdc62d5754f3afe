"""The script the preview injects into its own isolated JavaScript world.

The article page itself runs no script (its CSP forbids it and the main world has
JavaScript switched off). This script lives in QWebEngineScript.ApplicationWorld: it
shares the DOM with the page but none of its JavaScript, so nothing in an article can
reach it. It patches changed blocks, scrolls to a source line and reports clicks and
scrolling back to Python over a QWebChannel.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice

BRIDGE_JS = r"""
(function () {
  "use strict";
  if (window.__newsdesk) { return; }
  var NS = {};
  window.__newsdesk = NS;
  var bridge = null;
  var quietUntil = 0;      // no scroll reports while we scroll ourselves
  var lastTop = -1;
  var pendingFrame = false;

  function body() { return document.querySelector(".article-body"); }

  // The body's top-level elements grouped by data-line: one group per rendered block,
  // because every element of a block carries the block's first line and lines ascend.
  function groups(root) {
    var result = [], current = null, currentLine = null;
    var children = root.children;
    for (var i = 0; i < children.length; i++) {
      var el = children[i], line = el.getAttribute("data-line");
      if (current !== null && line === currentLine) { current.push(el); }
      else { current = [el]; currentLine = line; result.push(current); }
    }
    return result;
  }

  // p = {start, end, total, html, after}: replace groups [start, end) by html; "after"
  // holds new lines for the groups after the replaced ones (null when unchanged).
  NS.patch = function (p) {
    var root = body();
    if (!root) { return false; }
    var gs = groups(root);
    if (gs.length !== p.total) { return false; }
    var i;
    if (p.after) {
      for (i = 0; i < p.after.length; i++) {
        var g = gs[p.end + i];
        for (var k = 0; k < g.length; k++) { g[k].setAttribute("data-line", String(p.after[i])); }
      }
    }
    var anchor = p.end < gs.length ? gs[p.end][0] : null;
    if (p.start < p.end) {
      var node = gs[p.start][0];
      while (node && node !== anchor) {
        var next = node.nextSibling;
        root.removeChild(node);
        node = next;
      }
    }
    if (p.html) {
      var t = document.createElement("template");
      t.innerHTML = p.html;
      root.insertBefore(t.content, anchor);
    }
    return true;
  };

  function blockAt(line) {
    var root = body();
    if (!root) { return null; }
    var children = root.children, best = null, next = null;
    for (var i = 0; i < children.length; i++) {
      var l = parseInt(children[i].getAttribute("data-line"), 10);
      if (isNaN(l)) { continue; }
      if (l <= line) { if (best === null || l > best.line) { best = {el: children[i], line: l}; } }
      else { next = {el: children[i], line: l}; break; }
    }
    return best ? {best: best, next: next} : null;
  }

  // Bring a source line into view unless it is already comfortably visible.
  NS.scrollToLine = function (line, force) {
    var found = blockAt(line);
    var y;
    if (found === null) { y = 0; }
    else {
      var top = found.best.el.getBoundingClientRect().top + window.scrollY;
      if (found.next !== null) {
        var nextTop = found.next.el.getBoundingClientRect().top + window.scrollY;
        var span = found.next.line - found.best.line;
        y = top + (nextTop - top) * Math.min(1, (line - found.best.line) / span);
      } else { y = top; }
    }
    var view = window.innerHeight;
    var rel = y - window.scrollY;
    if (!force && rel > view * 0.1 && rel < view * 0.8) { return false; }
    quietUntil = Date.now() + 250;
    window.scrollTo(0, Math.max(0, y - view * 0.25));
    return true;
  };

  NS.scrollY = function () { return window.scrollY; };
  NS.restoreScroll = function (y) { quietUntil = Date.now() + 250; window.scrollTo(0, y); };

  NS.topLine = function () {
    var root = body();
    if (!root) { return 0; }
    var children = root.children;
    for (var i = 0; i < children.length; i++) {
      if (children[i].getBoundingClientRect().bottom > 0) {
        return parseInt(children[i].getAttribute("data-line"), 10) || 0;
      }
    }
    return 0;
  };

  function reportScroll() {
    pendingFrame = false;
    if (bridge === null) { return; }
    var quiet = Date.now() < quietUntil;
    var top = NS.topLine();
    bridge.scrolled(quiet ? -1 : top, window.scrollY);
    lastTop = top;
  }

  window.addEventListener("scroll", function () {
    if (!pendingFrame) { pendingFrame = true; window.requestAnimationFrame(reportScroll); }
  }, {passive: true});

  // Clicks never navigate; a click on a block reports its source line.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (link) { event.preventDefault(); }
    var root = body(), el = event.target;
    while (el && el.parentElement !== root) { el = el.parentElement; }
    if (bridge === null) { return; }
    if (link) { bridge.linkClicked(link.href); }
    if (el && root) {
      var line = parseInt(el.getAttribute("data-line"), 10);
      if (!isNaN(line)) { bridge.lineClicked(line); }
    }
  }, true);

  if (typeof QWebChannel !== "undefined" && window.qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      bridge.ready();
    });
  }
})();
"""


def qwebchannel_js() -> str:
    """Qt's own QWebChannel client library, shipped inside QtWebChannel's resources."""
    f = QFile(":/qtwebchannel/qwebchannel.js")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(f.readAll().data()).decode("utf-8")
    finally:
        f.close()


def injected_source() -> str:
    return qwebchannel_js() + "\n" + BRIDGE_JS
