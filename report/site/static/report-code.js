/* One switch per page for the code behind its charts and tables.
 *
 * A reader sees prose, charts and tables; the code that made them is one click away. The
 * per-cell "Show code cell source" toggles are hidden (report.css) until the reader presses
 * this switch, which shows them all; pressing it again hides them. Without JavaScript the
 * toggles stay hidden and the chapter's notebook is the way to the code.
 */
(function () {
  "use strict";
  function start() {
    var cells = document.querySelectorAll(".cell.tag_hide-input");
    var article = document.querySelector(".bd-article");
    if (!cells.length || !article) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "report-code-switch";
    button.setAttribute("aria-pressed", "false");
    var swedish = document.documentElement.lang === "sv";
    var label = function (shown) {
      if (swedish) {
        return (shown ? "Dölj" : "Visa") + " koden bakom sidans diagram och tabeller (" + cells.length +
          (cells.length === 1 ? " cell)" : " celler)");
      }
      return (shown ? "Hide" : "Show") + " the code behind this page's charts and tables (" + cells.length +
        (cells.length === 1 ? " cell)" : " cells)");
    };
    button.textContent = label(false);
    button.addEventListener("click", function () {
      var shown = document.body.classList.toggle("report-show-code");
      button.setAttribute("aria-pressed", shown ? "true" : "false");
      button.textContent = label(shown);
    });
    var heading = article.querySelector("h1");
    (heading ? heading.parentNode : article).insertBefore(button, heading ? heading.nextSibling : article.firstChild);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
