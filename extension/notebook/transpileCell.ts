import type * as TS from "typescript";
import { generatedToSourceLines } from "./sourceMapLines";

/** A cell made runnable: a script for the kernel's global scope, and how its lines map back. */
export interface TranspiledCell {
  /** Evaluates to a Promise of the cell's value (its last expression statement, else undefined). */
  readonly code: string;
  /** The cell's line (1-based) for a line of `code` (1-based). */
  readonly cellLine: (codeLine: number) => number;
  /** Syntax errors, with the cell line (1-based) of each. */
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

/** Names the script calls, set on the kernel's global object. */
export const CELL_REQUIRE = "__driftlensRequire";
export const CELL_DEFAULT = "__driftlensDefault";

/**
 * Turns a TypeScript notebook cell into a script that runs in one global scope shared by every
 * cell, the way a REPL does:
 *
 * 1. TypeScript → JavaScript (`transpileModule`, ES2022; types erased, no type-check), with a
 *    source map so errors can name the cell's lines;
 * 2. top-level declarations become assignments to globals declared with `var` (so the next cell
 *    sees them and a re-run may redeclare a `const`): `const a = 1` → `a = 1`, imports → `require`;
 * 3. the body runs inside an async arrow (top-level `await`), whose value is the cell's last
 *    expression.
 *
 * Rewrites splice text in place and never add or remove a line break, so a line of the script is
 * the same line of the JavaScript, which the source map takes back to the cell.
 */
export function transpileCell(ts: typeof TS, source: string, fileName: string): TranspiledCell {
  const output = ts.transpileModule(source, {
    fileName: `${fileName}.ts`,
    reportDiagnostics: true,
    // verbatimModuleSyntax: an import only a later cell uses must stay (plain TS would drop it as unused).
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: true, inlineSources: false, removeComments: false, esModuleInterop: true, verbatimModuleSyntax: true },
  });
  const sourceLines = generatedToSourceLines((JSON.parse(output.sourceMapText ?? "{}") as { mappings?: string }).mappings ?? "");
  const errors = (output.diagnostics ?? []).map((diagnostic) => ({
    line: diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 1,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  }));
  const js = output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
  const { body, globals } = hoistTopLevel(ts, js);
  const code = `${globals.size > 0 ? `var ${[...globals].join(", ")}; ` : ""}(async () => { ${body}\n})()`;
  return { code, cellLine: (codeLine) => (sourceLines[codeLine - 1] ?? sourceLines[sourceLines.length - 1] ?? 0) + 1, errors };
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Rewrites the top-level statements of `js`; returns the new text and the names to declare globally. */
function hoistTopLevel(ts: typeof TS, js: string): { body: string; globals: Set<string> } {
  const file = ts.createSourceFile("cell.js", js, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const globals = new Set<string>();
  const splices: Splice[] = [];
  const text = (node: TS.Node) => js.slice(node.getStart(file), node.end);
  const statements = file.statements;
  statements.forEach((statement, index) => {
    const replace = (replacement: string) => splices.push({ start: statement.getStart(file), end: statement.end, text: keepLines(js.slice(statement.getStart(file), statement.end), replacement) });
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier) return replace("");
    if (ts.isImportDeclaration(statement)) {
      const from = `${CELL_REQUIRE}(${text(statement.moduleSpecifier)})`;
      const clause = statement.importClause;
      if (!clause) return replace(`${from};`);
      const parts: string[] = [];
      if (clause.name) {
        globals.add(clause.name.text);
        parts.push(`${clause.name.text} = ${CELL_DEFAULT}(${from});`);
      }
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        globals.add(bindings.name.text);
        parts.push(`${bindings.name.text} = ${from};`);
      } else if (bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0) {
        const names = bindings.elements.map((element) => {
          globals.add(element.name.text);
          return element.propertyName ? `${element.propertyName.text}: ${element.name.text}` : element.name.text;
        });
        parts.push(`({ ${names.join(", ")} } = ${from});`);
      }
      return replace(parts.join(" "));
    }
    if (ts.isVariableStatement(statement)) {
      const assignments = statement.declarationList.declarations.map((declaration) => {
        for (const name of bindingNames(ts, declaration.name)) globals.add(name);
        const target = text(declaration.name);
        const value = declaration.initializer ? text(declaration.initializer) : "undefined";
        return ts.isIdentifier(declaration.name) ? `${target} = ${value};` : `(${target} = ${value});`;
      });
      return replace(assignments.join(" "));
    }
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      globals.add(statement.name.text);
      const declaration = text(statement).replace(/^export\s+(default\s+)?/, "");
      return replace(`${statement.name.text} = ${declaration};`);
    }
    if (index === statements.length - 1 && ts.isExpressionStatement(statement)) {
      splices.push({ start: statement.expression.getStart(file), end: statement.expression.end, text: `return (${text(statement.expression)})` });
    }
  });
  let body = js;
  for (const splice of splices.sort((a, b) => b.start - a.start)) body = body.slice(0, splice.start) + splice.text + body.slice(splice.end);
  return { body, globals };
}

/** Every identifier a binding (name or destructuring pattern) declares. */
function bindingNames(ts: typeof TS, name: TS.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(ts, element.name)));
}

/** `replacement` padded with the line breaks of `original`, so no line moves. */
function keepLines(original: string, replacement: string): string {
  const breaks = (original.match(/\n/g) ?? []).length - (replacement.match(/\n/g) ?? []).length;
  return breaks > 0 ? replacement + "\n".repeat(breaks) : replacement;
}
