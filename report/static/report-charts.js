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

  function draw(chart) {
    if (chart.getAttribute("data-drawn")) { return; }
    chart.setAttribute("data-drawn", "pending");
    var spec = JSON.parse(document.querySelector('script[data-chart-for="' + chart.id + '"]').textContent);
    plotly().then(function () {
      return window.Plotly.newPlot(chart, spec.figure.data, spec.figure.layout, spec.config);
    }).then(function () {
      var placeholder = chart.querySelector(".report-chart-placeholder");
      if (placeholder) { placeholder.remove(); }
      chart.setAttribute("data-drawn", "yes");
    });
  }

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
