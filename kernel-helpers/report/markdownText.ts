/**
 * A user string as literal Markdown text, safe in a paragraph and in a table cell: `&`, `<` and
 * `>` become entities (no HTML gets through), the characters Markdown reads inside a line
 * (`\ ` * _ [ ] | ~`) are backslash-escaped, and line breaks become spaces.
 *
 * @example markdownText("a|b <script>") // "a\\|b &lt;script&gt;"
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]|~]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
