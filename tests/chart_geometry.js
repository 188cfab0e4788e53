// Measure every drawn plotly chart on the page and list what a reader would see as broken:
// overlapping title, legend, toolbar, notes and tick labels; text cut off at the chart's
// edge; text under 10 px; a plot area squeezed under 45% of the chart's width.
// Run in the page by tests/test_charts.py; returns a list of problems (strings).
() => {
  const problems = [];
  const MIN_FONT_PX = 10, MIN_PLOT_SHARE = 0.45, SLACK = 1;

  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const style = getComputedStyle(el);
    return style.display !== "none" && style.visibility !== "hidden" && style.opacity !== "0";
  };
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;
  const label = (el) => (el.textContent || "").trim().slice(0, 40);

  for (const chart of document.querySelectorAll(".report-lazy-chart[data-drawn='yes']")) {
    const name = chart.id;
    const frame = box(chart);
    const pieces = [];  // [role, element]
    const add = (role, selector) => chart.querySelectorAll(selector).forEach((el) => { if (visible(el)) pieces.push([role, el]); });
    add("title", ".g-gtitle text");
    add("legend", ".legend .bg");
    add("toolbar", ".modebar-container .modebar");
    add("note", ".annotation:not(.report-in-plot) .annotation-text-g");
    add("x tick", ".xaxislayer-above .xtick text");
    add("y tick", ".yaxislayer-above .ytick text");
    add("axis title", ".g-xtitle text, .g-ytitle text");
    const boxes = pieces.map(([role, el]) => [role, el, box(el)]);

    // Clipped: any text outside the chart's own frame.
    for (const [role, el, b] of boxes) {
      if (b.left < frame.left - SLACK || b.right > frame.right + SLACK || b.top < frame.top - SLACK || b.bottom > frame.bottom + SLACK) {
        problems.push(`${name}: ${role} "${label(el)}" is cut off by the chart's edge`);
      }
    }
    // Overlaps between different roles (tick labels of the two axes may meet at the corner).
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [roleA, elA, a] = boxes[i], [roleB, elB, b] = boxes[j];
        const bothTicks = roleA.endsWith("tick") && roleB.endsWith("tick");
        if (bothTicks && roleA !== roleB) continue;
        if (roleA === roleB && roleA !== "x tick" && roleA !== "y tick" && roleA !== "note") continue;
        if (overlap(a, b)) problems.push(`${name}: ${roleA} "${label(elA)}" overlaps ${roleB} "${label(elB)}"`);
      }
    }
    // Legend entries and notes must not sit on the plot's tick labels either (covered above),
    // and text must be large enough to read.
    for (const text of chart.querySelectorAll("svg text")) {
      if (!visible(text) || !text.textContent.trim()) continue;
      const size = parseFloat(getComputedStyle(text).fontSize);
      if (size < MIN_FONT_PX - 0.01) problems.push(`${name}: text "${label(text)}" is ${size.toFixed(1)} px`);
    }
    // The plot area keeps at least 45% of the chart's width.
    const plot = chart.querySelector(".bglayer .bg") || chart.querySelector(".geo .bg, .geolayer .bg");
    if (plot && visible(plot)) {
      const share = box(plot).width / frame.width;
      if (share < MIN_PLOT_SHARE) problems.push(`${name}: plot area is ${(share * 100).toFixed(0)}% of the chart's width`);
    }
  }
  return problems;
}
