/**
 * Builds DOM from data with text only: every string a report carries (column names, file paths,
 * messages) goes through textContent, never innerHTML, so a column named `<img onerror=…>` shows
 * as those characters and runs nothing.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

/** A score as people read it: p-values and distances with 3 significant digits, tiny ones in exponent form. */
export function formatScore(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
  return value.toPrecision(3).replace(/\.?0+$/, "");
}
