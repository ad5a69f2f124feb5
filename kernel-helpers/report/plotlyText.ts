/**
 * A user string (column name, category, file name) made safe for Plotly's text fields: Plotly
 * reads `<b>`, `<br>`, `<a href>` … in titles, tick labels, legends and cell text as markup, so
 * `&`, `<` and `>` become entities, which Plotly shows as the characters themselves.
 * Never put the result into a `hovertemplate` or `texttemplate` (they read `%{…}`): pass user
 * strings through `text`, `customdata` or `name` instead.
 *
 * @example plotlyText("<script>") // "&lt;script&gt;"
 */
export function plotlyText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
