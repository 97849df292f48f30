/**
 * CSS class names say where they belong. One rule, everywhere:
 * - a page's block is its folder: src/pages/<page> → `<page>` (event-detail, notices, me);
 *   src/packages/<package>/<page> → `<package>-<page>` (quiz-admin-results, checkin-code). Everything
 *   else on the page is an element or a modifier of that block: `event-admin-roster__unit--on`.
 * - a package's shared sheet (src/packages/<package>/*.scss) names its blocks `<package>-…`
 *   (quiz-admin-chips, voice-admin-tabs, admin-actions).
 * - a shared component (src/components/<Name>) keeps `uh-…` or is named after the component in kebab
 *   case (sheet-import, voice-parts).
 * - no block anywhere is a two- or three-letter abbreviation (`ed__`, `qa-`, `ck`): `uh-` is the
 *   shared prefix, and a page named in full (`me`) is its own name, not an abbreviation.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');

const dirs = (d: string) =>
  fs
    .readdirSync(d, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(d, e.name));
const filesIn = (d: string, re: RegExp) =>
  fs
    .readdirSync(d, { withFileTypes: true })
    .filter((e) => e.isFile() && re.test(e.name))
    .map((e) => path.join(d, e.name));
function walk(d: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const rel = (f: string) => path.relative(ROOT, f);
const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The classes a stylesheet declares (its own selectors: not comments, not what it imports). */
function declaredClasses(file: string): string[] {
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/@(import|use|forward|include)[^;]*;/g, '')
    // declarations' values (colours, sizes, urls) are not selectors
    .replace(/:[^;{}]*;/g, ';');
  return [...new Set([...text.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((m) => m[1]))];
}

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.InKeyword,
  ts.SyntaxKind.InstanceOfKeyword,
]);

/** The class tokens a script writes in className-like places (string parts only, not comparisons). */
function scriptClasses(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const take = (text: string, cutStart: boolean) => {
    const parts = text.split(/\s+/);
    parts.forEach((t, i) => {
      if (!t || (i === 0 && cutStart)) return; // `${x}__y`: the tail of a computed name
      if (/^[A-Za-z][\w-]*$/.test(t)) out.push(t);
    });
  };
  const collect = (n: ts.Node) => {
    if (ts.isBinaryExpression(n) && COMPARISONS.has(n.operatorToken.kind)) return; // `mode === 'login'`
    if (ts.isElementAccessExpression(n)) return collect(n.expression);
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) take(n.text, false);
    else if (ts.isTemplateExpression(n)) {
      take(n.head.text, false);
      let before = n.head.text;
      n.templateSpans.forEach((s) => {
        // `uh-tag--${tone ? 'ok' : …}`: a value glued to a name is part of that name, not a class
        if (before === '' || /\s$/.test(before)) collect(s.expression);
        take(s.literal.text, true);
        before = s.literal.text;
      });
      return;
    }
    ts.forEachChild(n, collect);
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxAttribute(n) && /className$/i.test(n.name.getText()) && n.initializer) collect(n.initializer);
    else if (
      (ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isPropertyAssignment(n)) &&
      /^(class(Name|es)?)$/i.test(n.name.getText()) &&
      n.initializer
    )
      collect(n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const blockOf = (cls: string) => cls.split(/__|--/)[0];
const isUh = (cls: string) => cls.startsWith('uh-');
/** `block`, `block__elem`, `block--mod`, `block__elem--mod`. */
const inBlock = (cls: string, block: string) =>
  cls === block || cls.startsWith(`${block}__`) || cls.startsWith(`${block}--`);

type Page = { dir: string; block: string; pkg?: string };
const pages: Page[] = [
  ...dirs(path.join(SRC, 'pages')).map((dir) => ({ dir, block: path.basename(dir) })),
  ...dirs(path.join(SRC, 'packages')).flatMap((pkgDir) =>
    dirs(pkgDir).map((dir) => ({
      dir,
      pkg: path.basename(pkgDir),
      block: `${path.basename(pkgDir)}-${path.basename(dir)}`,
    })),
  ),
].filter((p) => fs.existsSync(path.join(p.dir, 'index.tsx')));
const pageBlocks = new Set(pages.map((p) => p.block));

/** Blocks a package's shared sheets declare (src/packages/<pkg>/*.scss). */
const packageBlocks = (pkg: string) =>
  new Set(filesIn(path.join(SRC, 'packages', pkg), /\.scss$/).flatMap((f) => declaredClasses(f).map(blockOf)));

test('the page folders are found', () => {
  expect(pages.length).toBeGreaterThan(50);
  expect(pageBlocks).toContain('event-detail');
  expect(pageBlocks).toContain('quiz-admin-results');
});

describe.each(pages.map((p) => [p.block, p] as const))('page %s', (block, page) => {
  const sheets = filesIn(page.dir, /\.scss$/);
  const shared = page.pkg ? packageBlocks(page.pkg) : new Set<string>();
  test('its stylesheets declare only its own block, uh- classes or its package’s shared blocks', () => {
    const stray = sheets.flatMap((f) =>
      declaredClasses(f)
        .filter((c) => !isUh(c) && !inBlock(c, block) && !shared.has(blockOf(c)))
        .map((c) => `${rel(f)}: .${c}`),
    );
    expect(stray).toEqual([]);
  });
});

test('a package’s shared sheet names its blocks after the package', () => {
  const stray = dirs(path.join(SRC, 'packages')).flatMap((pkgDir) => {
    const pkg = path.basename(pkgDir);
    return filesIn(pkgDir, /\.scss$/).flatMap((f) =>
      declaredClasses(f)
        .filter((c) => !isUh(c) && !c.startsWith(`${pkg}-`))
        .map((c) => `${rel(f)}: .${c}`),
    );
  });
  expect(stray).toEqual([]);
});

test('a shared component keeps uh- or is named after the component', () => {
  const stray = dirs(path.join(SRC, 'components')).flatMap((dir) => {
    const block = kebab(path.basename(dir));
    return filesIn(dir, /\.scss$/).flatMap((f) =>
      declaredClasses(f)
        .filter((c) => !isUh(c) && !inBlock(c, block))
        .map((c) => `${rel(f)}: .${c}`),
    );
  });
  expect(stray).toEqual([]);
});

test('no class in src has a block of two or three letters', () => {
  const external = /^(taro|weui)[-_]/; // Taro's and WeUI's own classes, restyled in app.scss
  const found = walk(SRC).flatMap((f) => {
    const classes = f.endsWith('.scss')
      ? declaredClasses(f)
      : /\.tsx?$/.test(f) && !f.endsWith('.d.ts')
        ? scriptClasses(f)
        : [];
    return classes
      .filter((c) => {
        const block = blockOf(c);
        if (isUh(c) || external.test(c) || pageBlocks.has(block)) return false;
        const head = block.split('-')[0];
        return head.length <= 3 && /^[a-z]+$/.test(head);
      })
      .map((c) => `${rel(f)}: ${c}`);
  });
  expect([...new Set(found)]).toEqual([]);
});
