/**
 * `npm run docs:check`: the generated docs as a reader sees them. Generates the Markdown docs of the
 * corpus specs (Spotify, Letta, discord), renders every page to HTML with micromark (GFM tables, heading
 * ids as GitHub computes them), checks that every link between pages and every anchor resolves, and
 * screenshots the index and an operation page in headless Chromium (Debian's `chromium` package).
 * Not part of `npm test`: it needs a browser. Screenshots land in test/.tmp/docs-check/; with
 * `--update-docs` the Spotify operation page's is copied to docs/images/ for docs/markdown-docs.md.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { generate } from '../../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const data = path.resolve(root, '../shared/data');
const out = path.join(root, 'test/.tmp/docs-check');
const specs = [
  { name: 'spotify', input: path.join(data, 'openapi-corpus/spotify.yml'), operationPage: 'docs/operations/albums.md' },
  { name: 'letta', input: path.join(data, 'letta-openapi.json') },
  { name: 'discord', input: path.join(data, 'openapi-corpus/discord.json') },
];

const browser = ['chromium', 'chromium-browser', 'google-chrome'].find((b) => spawnSync('which', [b]).status === 0);
if (!browser) {
  console.error('docs:check needs Chromium: apt-get install chromium (Debian), or put chromium on PATH');
  process.exit(1);
}
if (!existsSync(data)) {
  console.error(`docs:check needs the corpus in ${data}`);
  process.exit(1);
}

const style = `body{font:16px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;max-width:1012px;margin:24px auto;padding:0 16px;color:#1f2328}
table{border-collapse:collapse;display:block;overflow:auto;margin:12px 0}th,td{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top}
tr:nth-child(2n){background:#f6f8fa}code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}
pre{background:#f6f8fa;padding:16px;border-radius:6px;overflow:auto}pre code{background:none;padding:0}h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}
blockquote{border-left:.25em solid #d1d9e0;color:#59636e;margin:0;padding:0 1em}a{color:#0969da}`;

/** A page as HTML: micromark with GFM tables, ids on headings (GitHub's slugs), `.md` links to `.html`. */
function toHtml(markdown, title) {
  const body = micromark(markdown, { allowDangerousHtml: true, extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
  const slugger = new GithubSlugger();
  const withIds = body.replace(/<h([1-6])>([\s\S]*?)<\/h\1>/g, (_, level, inner) => {
    const text = inner
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    return `<h${level} id="${slugger.slug(text)}">${inner}</h${level}>`;
  });
  const linked = withIds.replace(/href="([^"#:]*)\.md(#[^"]*)?"/g, (_, file, anchor = '') => `href="${file}.html${anchor}"`);
  return {
    html: `<!doctype html><meta charset="utf-8"><title>${title}</title><style>${style}</style>${linked}`,
    ids: new Set([...withIds.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])),
  };
}

rmSync(out, { recursive: true, force: true });
let failures = 0;
const screenshots = [];
for (const spec of specs) {
  const started = Date.now();
  const result = await generate({ input: spec.input, targets: ['docs'], cwd: root });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`${spec.name}: ${errors.map((d) => d.message).join('; ')}`);
  const folder = path.join(out, spec.name);
  const pages = new Map();
  for (const file of result.files.filter((f) => f.path.endsWith('.md'))) {
    const target = path.join(folder, file.path.replace(/\.md$/, '.html'));
    mkdirSync(path.dirname(target), { recursive: true });
    const { html, ids } = toHtml(file.contents, file.path);
    writeFileSync(target, html);
    pages.set(file.path, { html, ids });
  }
  // Every link between pages resolves to a page, and every anchor to a heading of it.
  let links = 0;
  for (const [page, { html }] of pages) {
    for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
      if (/^[a-z]+:/i.test(href)) continue;
      links++;
      const [file, anchor] = href.split('#');
      const target = file === '' ? page : path.posix.join(path.posix.dirname(page), file.replace(/\.html$/, '.md'));
      if (href.startsWith('/')) continue; // the spec's own root-relative links point at its publisher's site
      const found = pages.get(target);
      if (!found || (anchor !== undefined && !found.ids.has(decodeURIComponent(anchor)))) {
        failures++;
        console.error(`${spec.name}: ${page} links to ${href}, which does not resolve`);
      }
    }
  }
  const shots = [['index', 'README.md'], ...(spec.operationPage ? [['operation', spec.operationPage]] : [])];
  for (const [kind, page] of shots) {
    const png = path.join(out, `${spec.name}-${kind}.png`);
    const run = spawnSync(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        `--screenshot=${png}`,
        '--window-size=1280,1400',
        `file://${path.join(folder, page.replace(/\.md$/, '.html'))}`,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (!existsSync(png)) {
      failures++;
      console.error(`${spec.name}: no screenshot of ${page}: ${run.stderr}`);
    } else screenshots.push(png);
  }
  console.log(`${spec.name}: ${pages.size} pages rendered, ${links} links checked, in ${Date.now() - started} ms`);
}
if (process.argv.includes('--update-docs')) {
  mkdirSync(path.join(root, 'docs/images'), { recursive: true });
  copyFileSync(path.join(out, 'spotify-operation.png'), path.join(root, 'docs/images/docs-operation-page.png'));
}
console.log(`screenshots: ${screenshots.map((s) => path.relative(root, s)).join(', ')}`);
process.exit(failures > 0 ? 1 : 0);
