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

const adopted = new Set<string>();

/**
 * Adds a style sheet to the document once per `id`, as a constructed sheet (`adoptedStyleSheets`):
 * the CSSOM, which the pages' Content Security Policy does not govern, so no style element or
 * attribute is needed and the same rules serve the panel, the notebook renderer and the HTML report.
 */
export function adoptCss(id: string, css: string): void {
  if (adopted.has(id)) return;
  adopted.add(id);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
