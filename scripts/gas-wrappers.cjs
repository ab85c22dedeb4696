// The top-level Apps Script functions of dist/Code.js, generated from the exports of the gas entry file.
// CommonJS so that both scripts/build.mjs (plain node) and jest (test/scripts) can load it.
const { readFileSync } = require('node:fs');
const { relative, sep } = require('node:path');
const ts = require('typescript');

/**
 * Apps Script only sees top-level `function NAME()` declarations, and Sheets autocompletes a custom function
 * only when its `@customfunction` JSDoc sits right above that declaration in the pushed file. esbuild's IIFE hides
 * names and drops comments, so every exported function of the entry file gets a top-level wrapper with its JSDoc
 * copied verbatim, read from the AST so names and docs cannot drift.
 *
 * Any other runtime export would be missing from Apps Script, or broken there, without a word at build time, so
 * it is an error; all of them are reported in one Error, one line each.
 *
 * @param {string} entryFile Path of the entry file; messages name it relative to the working directory.
 * @param {string} globalName The IIFE's global (esbuild's `globalName`) holding the exports.
 * @returns {string} The wrappers, to become esbuild's `footer`.
 */
function globalWrappers(entryFile, globalName) {
  const label = relative(process.cwd(), entryFile).split(sep).join('/');
  return wrappersFromSource(readFileSync(entryFile, 'utf8'), label, globalName);
}

/**
 * {@link globalWrappers} over source text; `fileName` only names the file in messages.
 *
 * @param {string} sourceText
 * @param {string} fileName
 * @param {string} globalName
 * @returns {string}
 */
function wrappersFromSource(sourceText, fileName, globalName) {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const wrappers = [];
  const problems = [];
  const report = (node, subject, rule) => {
    const { line } = ts.getLineAndCharacterOfPosition(source, node.getStart(source));
    problems.push(`${fileName}:${line + 1}: ${subject} ${rule}`);
  };

  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) report(statement, 'export =', notAFunction('an `export =` assignment'));
      else report(statement, 'export default', DEFAULT_EXPORT);
      continue;
    }
    if (ts.isExportDeclaration(statement)) {
      for (const [subject, kind] of valueExportsOf(statement)) report(statement, subject, notAFunction(kind));
      continue;
    }
    if (
      !isExported(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement)
    ) {
      continue;
    }
    if (!ts.isFunctionDeclaration(statement)) {
      for (const name of declaredNames(statement)) {
        report(statement, `export "${name}"`, notAFunction(kindOf(statement)));
      }
      continue;
    }

    const name = statement.name?.text;
    const subject = name === undefined ? 'export default' : `export "${name}"`;
    const problemsBefore = problems.length;
    if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) report(statement, subject, DEFAULT_EXPORT);
    if (hasModifier(statement, ts.SyntaxKind.AsyncKeyword)) report(statement, subject, ASYNC);
    if (statement.asteriskToken) report(statement, subject, GENERATOR);
    if (!statement.body) report(statement, subject, NO_BODY);
    // Only the block nearest the declaration: it is the one TypeScript (and a reader) takes as the function's doc.
    const jsDoc = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc).at(-1);
    if (!jsDoc) report(statement, subject, NO_JSDOC);
    if (problems.length > problemsBefore || name === undefined) continue;

    wrappers.push(
      `${jsDoc.getText(source)}\nfunction ${name}(${parameterNames(statement, source)}) {\n` +
        `  return ${globalName}.${name}.apply(this, arguments);\n}`,
    );
  }

  if (problems.length > 0) throw new Error(problems.join('\n'));
  return wrappers.join('\n\n');
}

const DEFAULT_EXPORT =
  'is a default export (the bundle exposes it as `default`, so its wrapper would call nothing; export it by name)';
const ASYNC =
  'is async (Apps Script menus, triggers and custom functions do not await the Promise it returns)';
const GENERATOR = 'is a generator (Apps Script would get an iterator back and never run its body)';
const NO_BODY =
  'has no body (an overload signature or a `declare`; Apps Script needs one plain implementation)';
const NO_JSDOC = 'has no JSDoc block (Apps Script shows no help and Sheets no autocomplete for it)';

/** @param {string} kind */
const notAFunction = (kind) =>
  `is not a plain function declaration (it is ${kind}; only \`export function NAME\` becomes an Apps Script function)`;

/**
 * The parameter names of the wrapper. It forwards `arguments`, so it needs names only: `...` and defaults are
 * the implementation's business, and a destructuring pattern would throw in the wrapper itself when Apps Script
 * calls it without arguments (as a menu does), so it gets a placeholder name. TypeScript's `this` parameter is
 * no parameter at all.
 *
 * @param {ts.FunctionDeclaration} declaration
 * @param {ts.SourceFile} source
 */
function parameterNames(declaration, source) {
  const params = declaration.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
  const taken = new Set(params.flatMap((p) => (ts.isIdentifier(p.name) ? [p.name.text] : [])));
  return params
    .map((p, index) => {
      if (ts.isIdentifier(p.name)) return p.name.getText(source);
      let placeholder = `arg${index + 1}`;
      while (taken.has(placeholder)) placeholder = `_${placeholder}`;
      taken.add(placeholder);
      return placeholder;
    })
    .join(', ');
}

/**
 * The value exports of `export { … }` / `export * from …` as [subject, kind]; type-only ones vanish when compiled.
 *
 * @param {ts.ExportDeclaration} declaration
 * @returns {Array<[string, string]>}
 */
function valueExportsOf(declaration) {
  if (declaration.isTypeOnly) return [];
  const from = declaration.moduleSpecifier ? ` from ${declaration.moduleSpecifier.getText()}` : '';
  const kind = from ? 'a re-export' : 'an export list';
  const clause = declaration.exportClause;
  if (!clause) return [[`export *${from}`, kind]];
  if (ts.isNamespaceExport(clause)) return [[`export "${clause.name.text}"`, kind]];
  return clause.elements.filter((e) => !e.isTypeOnly).map((e) => [`export "${e.name.text}"`, kind]);
}

/** @param {ts.Statement} statement */
function isExported(statement) {
  return hasModifier(statement, ts.SyntaxKind.ExportKeyword);
}

/**
 * @param {ts.Node} node
 * @param {ts.SyntaxKind} kind
 */
function hasModifier(node, kind) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

/** @param {ts.Statement} statement */
function kindOf(statement) {
  if (ts.isVariableStatement(statement)) {
    const flags = statement.declarationList.flags;
    if (flags & ts.NodeFlags.Const) return 'a const';
    if (flags & ts.NodeFlags.Let) return 'a let';
    return 'a var';
  }
  if (ts.isClassDeclaration(statement)) return 'a class';
  if (ts.isEnumDeclaration(statement)) return 'an enum';
  if (ts.isModuleDeclaration(statement)) return 'a namespace';
  if (ts.isImportEqualsDeclaration(statement)) return 'an import alias';
  return `a ${ts.SyntaxKind[statement.kind]}`;
}

/**
 * The names an exported non-function statement declares, including those inside destructuring patterns.
 *
 * @param {ts.Statement} statement
 * @returns {string[]}
 */
function declaredNames(statement) {
  /** @param {ts.BindingName} name @returns {string[]} */
  const bound = (name) =>
    ts.isIdentifier(name)
      ? [name.text]
      : name.elements.flatMap((e) => (ts.isBindingElement(e) ? bound(e.name) : []));
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.flatMap((d) => bound(d.name));
  const name = /** @type {{ name?: ts.Node }} */ (statement).name;
  return [name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : '(anonymous)'];
}

module.exports = { globalWrappers };
