/* Draw the book's interactive charts when they come near the screen.
 *
 * Each chart arrives as a placeholder with the figure's JSON beside it. plotly.js
 * (1.2-1.4 MB) and the map outlines are fetched only when a chart is about to be seen, so
 * a page reads at once, and a reader who never scrolls to a chart never downloads
 * plotly.js. Without JavaScript the chart's static image (the PNG of the PDF) shows.
 * The script's own attributes name the files: data-plotly, data-topojson (space-separated).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var bundle = script.getAttribute("data-plotly");
  var extras = (script.getAttribute("data-topojson") || "").split(" ").filter(Boolean);
  var ready = null;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(tag);
    });
  }

  function plotly() {
    if (!ready) {
      ready = load(bundle).then(function () { return Promise.all(extras.map(load)); });
    }
    return ready;
  }

  // The chart layout contract (report/rendering/chart_layout.py): title on top, wrapped to the chart's
  // width; the plot; the legend below it; the source line last. Sizes are measured after a
  // first drawing, then the margins are set so that nothing overlaps, at any width.
  function clone(value) { return JSON.parse(JSON.stringify(value)); }

  function wrap(text, widthPx, fontPx, contract, charWidth) {
    var chars = Math.max(12, Math.floor(widthPx / (fontPx * (charWidth || contract.char_width))));
    var lines = [], line = "";
    String(text || "").replace(/<br>/g, " ").split(/\s+/).filter(Boolean).forEach(function (word) {
      if (line && (line + " " + word).length > chars) { lines.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    if (line) { lines.push(line); }
    return lines;
  }

  function sourceIndex(layout, contract) {
    var notes = layout.annotations || [];
    for (var i = 0; i < notes.length; i++) { if (notes[i].name === contract.source_name) { return i; } }
    return -1;
  }

  function firstLayout(spec, width) {
    var c = spec.contract, base = spec.figure.layout, layout = clone(base);
    var narrow = width < c.narrow_below;
    var titleFont = narrow ? c.title_font_narrow : c.title_font;
    var titleLines = wrap(base.title && base.title.text, width - 2 * c.pad, titleFont, c, c.title_char_width);
    layout.title = Object.assign(clone(base.title || {}), {
      text: titleLines.join("<br>"), x: 0, xref: "container", xanchor: "left", y: 1, yref: "container", yanchor: "top",
      pad: { l: c.pad, t: 0 }, font: Object.assign(clone((base.title || {}).font || {}), { size: titleFont, weight: c.title_weight }),
    });
    layout.margin = Object.assign(clone(base.margin || {}), {
      t: titleLines.length ? c.pad + titleLines.length * titleFont * c.line_height + c.gap : c.pad,
    });
    layout.width = width;
    layout.legend = Object.assign(clone(base.legend || {}), {
      orientation: "h", xref: "paper", x: 0, xanchor: "left", yref: "paper", yanchor: "top",
    });
    if (narrow) {
      ["xaxis", "yaxis"].forEach(function (name) {
        if (!layout[name]) { return; }
        layout[name].tickfont = Object.assign(layout[name].tickfont || {}, { size: c.tick_font_narrow });
      });
      if (layout.xaxis) { layout.xaxis.nticks = Math.max(3, Math.floor(width / 95)); layout.xaxis.tickangle = 0; }
      layout.dragmode = false;  // a finger scrolls the page instead of zooming the chart
    }
    return layout;
  }

  function measure(chart) {
    var top = chart.getBoundingClientRect().top, full = chart._fullLayout, plotBottom = full._size.t + full._size.h;
    var lowest = plotBottom;
    chart.querySelectorAll(".xaxislayer-above .xtick text, .g-xtitle text").forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (r.height) { lowest = Math.max(lowest, r.bottom - top); }
    });
    var legend = chart.querySelector(".legend .bg"), title = chart.querySelector(".g-gtitle text");
    var titleBox = title ? title.getBoundingClientRect() : null;
    return {
      ticks: lowest - plotBottom,
      legend: legend ? legend.getBoundingClientRect().height : 0,
      // Where the title's text really starts, against where its anchor was put.
      titleOffset: titleBox ? titleBox.top - top - (1 - full.title.y) * full.height : 0,
      titleHeight: titleBox ? titleBox.height : 0,
    };
  }

  function react(chart, spec, layout) {
    return window.Plotly.react(chart, spec.figure.data, layout, spec.config);
  }

  function arrange(chart, spec) {
    var c = spec.contract, width = chart.clientWidth, layout = firstLayout(spec, width);
    var narrow = width < c.narrow_below, index = sourceIndex(layout, c), base = spec.figure.layout;
    var baseHeight = base.height || 500;
    var basePlot = baseHeight - ((base.margin && base.margin.t) || 0) - ((base.margin && base.margin.b) || 0);
    var plot = Math.max(180, basePlot * (narrow ? 0.85 : 1)), minPlot = 0;
    if (index >= 0) {
      layout.annotations[index].text = wrap(spec.source, width * 0.6, c.source_font, c).join("<br>");
      layout.annotations[index].font = Object.assign(layout.annotations[index].font || {}, { size: c.source_font });
    }
    layout.height = baseHeight;
    return react(chart, spec, layout).then(function () {
      // On a narrow screen, long category labels on the y axis would squeeze the plot: wrap
      // them, and give every category the height its label needs.
      var y = chart._fullLayout.yaxis, changed = false;
      var xTitle = layout.xaxis && layout.xaxis.title;
      if (narrow && xTitle && (xTitle.text || typeof xTitle === "string")) {
        if (typeof xTitle === "string") { xTitle = layout.xaxis.title = { text: xTitle }; }
        xTitle.text = wrap(xTitle.text, chart._fullLayout._size.w * 0.8, c.font_size || 14, c).join("<br>");
        changed = true;
      }
      if (narrow && y && y.type === "category" && y._categories && y._categories.length) {
        var lines = 1;
        layout.yaxis = layout.yaxis || {};
        layout.yaxis.tickmode = "array";
        layout.yaxis.tickvals = y._categories.slice();
        layout.yaxis.ticktext = y._categories.map(function (v) {
          var wrapped = wrap(v, width * 0.3, c.tick_font_narrow, c);
          lines = Math.max(lines, wrapped.length);
          return wrapped.join("<br>");
        });
        minPlot = y._categories.length * (lines * c.tick_font_narrow * 1.15 + 6) + 20;
        changed = true;
      }
      if (changed) { return react(chart, spec, layout); }
    }).then(function () {
      var size = measure(chart), full = chart._fullLayout;
      var sourceLines = index >= 0 ? wrap(spec.source, width - full._size.l - c.pad, c.source_font, c) : [];
      var legendBlock = size.legend ? c.gap + size.legend : 0;
      var bottom = size.ticks + legendBlock + c.gap + sourceLines.length * c.source_font * c.line_height + c.pad;
      plot = Math.max(plot, minPlot);
      if (size.titleHeight) { layout.margin.t = c.pad + size.titleHeight + c.gap; }
      layout.margin.b = bottom;
      layout.height = Math.round(layout.margin.t + plot + bottom);
      layout.title.y = 1 - (c.pad - size.titleOffset) / layout.height;
      layout.legend.y = -(size.ticks + c.gap) / plot;
      if (index >= 0) {
        // The source line starts at the plot's left edge (a note further left would push the
        // margin out) and wraps to the room it has from there.
        var note = layout.annotations[index];
        note.text = sourceLines.join("<br>");
        note.x = 0; note.xref = "paper"; note.xanchor = "left"; note.y = 0; note.yref = "paper"; note.yanchor = "top";
        note.yshift = -(size.ticks + legendBlock + c.gap);
      }
      chart.style.height = layout.height + "px";
      return react(chart, spec, layout);
    }).then(function () { chart._reportWidth = width; });
  }

  function draw(chart) {
    if (chart.getAttribute("data-drawn")) { return; }
    chart.setAttribute("data-drawn", "pending");
    var spec = JSON.parse(document.querySelector('script[data-chart-for="' + chart.id + '"]').textContent);
    chart._reportSpec = spec;
    plotly().then(function () {
      var placeholder = chart.querySelector(".report-chart-placeholder");
      if (placeholder) { placeholder.remove(); }
      return arrange(chart, spec);
    }).then(function () {
      chart.setAttribute("data-drawn", "yes");
    });
  }

  // Lay the drawn charts out again when the window's width changes.
  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      document.querySelectorAll(".report-lazy-chart[data-drawn='yes']").forEach(function (chart) {
        if (chart.clientWidth !== chart._reportWidth) {
          chart.setAttribute("data-drawn", "pending");
          arrange(chart, chart._reportSpec).then(function () { chart.setAttribute("data-drawn", "yes"); });
        }
      });
    }, 150);
  });

  function start() {
    var charts = Array.prototype.slice.call(document.querySelectorAll(".report-lazy-chart"));
    if (!("IntersectionObserver" in window)) { charts.forEach(draw); return; }
    var watcher = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { watcher.unobserve(entry.target); draw(entry.target); }
      });
    }, { rootMargin: "150px 0px" });
    charts.forEach(function (chart) { watcher.observe(chart); });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
