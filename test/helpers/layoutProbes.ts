import type { Page } from "playwright-core";

/**
 * What is wrong with the layout of the document it runs in, read from the DOM: a horizontal
 * scrollbar on the page; in every summary table (`.dl-summary table`), a cell whose content
 * overflows it (clipped), a line of text that leaves its cell, or two lines of text of different
 * cells that overlap; and a Plotly title that leaves its figure, or a line of it that runs under
 * the modebar. An
 * expression (the engine's TypeScript has no DOM types) for `evaluate` in a page or a webview's
 * frame; it gives the problems, none when all is well.
 */
export const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const root = document.scrollingElement || document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push("the page scrolls sideways: " + root.scrollWidth + " > " + root.clientWidth);
  const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  for (const table of document.querySelectorAll(".dl-summary table")) {
    const wrapper = table.closest(".dl-summary");
    if (wrapper.scrollWidth > wrapper.clientWidth + 1) problems.push("a summary table is wider than its box: " + wrapper.scrollWidth + " > " + wrapper.clientWidth);
    const boxes = [];
    for (const cell of table.querySelectorAll("th, td")) {
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push("clipped cell: '" + cell.textContent + "' (" + cell.scrollWidth + " > " + cell.clientWidth + ")");
      const cellBox = cell.getBoundingClientRect();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim() || node.parentElement.closest("svg")) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width === 0) continue;
          if (rect.left < cellBox.left - 0.5 || rect.right > cellBox.right + 0.5 || rect.top < cellBox.top - 0.5 || rect.bottom > cellBox.bottom + 0.5) problems.push("text leaves its cell: '" + node.textContent + "'");
          boxes.push({ cell, text: node.textContent, rect });
        }
      }
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      if (boxes[i].cell !== boxes[j].cell && overlap(boxes[i].rect, boxes[j].rect)) problems.push("text overlaps: '" + boxes[i].text + "' and '" + boxes[j].text + "'");
    }
  }
  for (const plot of document.querySelectorAll(".js-plotly-plot")) {
    const title = plot.querySelector(".gtitle");
    if (!title) continue;
    const box = title.getBoundingClientRect();
    const frame = plot.getBoundingClientRect();
    if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1) problems.push("a chart title leaves its figure: '" + title.textContent + "'");
    const modebar = plot.querySelector(".modebar");
    const bar = modebar && modebar.getBoundingClientRect();
    const lines = title.querySelectorAll("tspan.line");
    for (const line of lines.length > 0 ? lines : [title]) {
      if (bar && bar.width > 0 && overlap(line.getBoundingClientRect(), bar)) problems.push("the modebar covers the title '" + title.textContent + "'");
    }
  }
  return problems;
})()`;

/** `LAYOUT_PROBLEMS` in `page`. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(LAYOUT_PROBLEMS)) as string[];
}

/** The column names of the summary table inside `scope`, in the order shown. */
export async function shownColumns(page: Page, scope = ""): Promise<string[]> {
  return page.$$eval(`${scope} .dl-summary tbody tr[data-column]`, (rows) => rows.map((row) => row.getAttribute("data-column") ?? ""));
}
