/**
 * A string made safe as HTML text or as a quoted attribute value: `&`, `<`, `>`, `"` and `'`
 * become character references. Every user string in a driftlens page goes through it.
 *
 * @example escapeHtml(`<img src=x onerror="alert(1)">`) // "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
