// Route-by-route JavaScript budget of the built app.
//
//   npm run budget                      reads dist/ (builds it first when there is no manifest)
//   npm run budget -- --build           always rebuilds dist/ first
//   npm run budget -- --dist /tmp/d     reads another build (KMSLAB_DIST works too)
//
// For every route declared in src/features/*/routes.tsx it follows what the browser loads on a first
// visit: the entry chunk and its static imports, the dynamic imports the entry starts by itself (the
// service-worker registration), and the route's page chunks (lazy page, or the body an eager page
// lazy-loads) with their static imports. Chunks the
// page may import later (banks, the slide export, ...) are reported as "on demand". Sizes are gzip (level 9)
// of the emitted files. Fails when the home route's JS exceeds the budget or when the home route's
// chunks contain the AWS SDK, React Flow or the quiz engine (module ids from the chunks' source maps).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The home route's first-load JavaScript budget, gzip bytes (150 kB as Vite and Lighthouse count). */
export const HOME_BUDGET = 150_000;

/** Modules the home route must never load, matched against source-map module ids. */
export const FORBIDDEN_ON_HOME = [
  { name: 'AWS SDK', test: (id) => /node_modules\/(@aws-sdk|@smithy)\//.test(id) },
  { name: 'React Flow', test: (id) => /node_modules\/@xyflow\//.test(id) },
  {
    name: 'quiz engine',
    // The parser, grading, exams, scheduling (ts-fsrs), progress store and the banks. The home page's
    // "reviews due" line may use src/quiz/progress/schema.ts: the storage key and types, nothing else.
    test: (id) =>
      /node_modules\/ts-fsrs\//.test(id) ||
      (/(^|\/)src\/quiz\//.test(id) && !/(^|\/)src\/quiz\/progress\/schema\.ts$/.test(id)) ||
      /(^|\/)content\/.*\.md/.test(id),
  },
];

/**
 * The routes declared in src/features/<name>/routes.tsx: each createRoute(...) call's `path`, and the
 * modules that make up its page (project-relative, without extension): the one its
 * lazyRouteComponent imports, or, for a page imported eagerly (`component: Page`, imported from a
 * file of the feature), the modules that page file lazy-loads (`import('./...')`): a page in the main
 * bundle that only paints a heading and loads its body at once.
 */
export function discoverRoutes(root) {
  const featuresDir = join(root, 'src', 'features');
  const routes = [];
  for (const feature of readdirSync(featuresDir).sort()) {
    const file = join(featuresDir, feature, 'routes.tsx');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const dir = relative(root, dirname(file)).split('\\').join('/');
    const calls = text.split(/createRoute\(/).slice(1);
    for (const call of calls) {
      const path = /\bpath:\s*['"]([^'"]+)['"]/.exec(call)?.[1];
      if (!path) continue;
      const lazy = /lazyRouteComponent\(\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]\s*\)/.exec(call)?.[1];
      const eager = lazy ? undefined : /\bcomponent:\s*([A-Za-z_$][\w$]*)\s*[,}\n]/.exec(call)?.[1];
      const lazyModules = lazy ? [posix.join(dir, lazy)] : eager ? eagerPageChunks(root, dir, text, eager) : [];
      routes.push({ path, lazyModules, routesFile: relative(root, file) });
    }
  }
  return routes;
}

/** The modules an eagerly imported page component lazy-loads, if it is imported from a relative file. */
function eagerPageChunks(root, dir, routesText, component) {
  const from = new RegExp(`import\\s*\\{[^}]*\\b${component}\\b[^}]*\\}\\s*from\\s*['"](\\.[^'"]+)['"]`).exec(routesText)?.[1];
  if (!from) return [];
  const pageFile = ['.tsx', '.ts'].map((ext) => join(root, dir, from + ext)).find((f) => existsSync(f));
  if (!pageFile) return [];
  const pageDir = posix.dirname(posix.join(dir, from));
  return [...readFileSync(pageFile, 'utf8').matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => posix.join(pageDir, m[1]));
}

/** The manifest key of a source module given without extension, or undefined. */
export function manifestKeyFor(manifest, moduleWithoutExt) {
  for (const suffix of ['.tsx', '.ts', '.jsx', '.js', '/index.tsx', '/index.ts']) {
    if (manifest[moduleWithoutExt + suffix]) return moduleWithoutExt + suffix;
  }
  return undefined;
}

/** Manifest keys reachable from `keys` through static imports (the keys included). */
export function staticClosure(manifest, keys) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

/**
 * What each route loads on a first visit ("initial") and what its chunks may import later
 * ("onDemand", excluding other routes' pages). Keys are manifest keys.
 */
export function routeLoads(manifest, routes) {
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
  if (!entryKey) throw new Error('No index.html entry in the Vite manifest.');
  const lazyKeys = new Map();
  for (const route of routes) {
    const keys = route.lazyModules.map((module) => {
      const key = manifestKeyFor(manifest, module);
      if (!key) throw new Error(`${route.path}: lazy module ${module} is not in the build manifest.`);
      return key;
    });
    lazyKeys.set(route.path, keys);
  }
  const pageKeys = new Set([...lazyKeys.values()].flat());
  // Dynamic imports the entry makes that are not route pages run on every route at start-up.
  const startup = (manifest[entryKey].dynamicImports ?? []).filter((k) => !pageKeys.has(k));
  const base = staticClosure(manifest, [entryKey, ...startup]);
  return routes.map((route) => {
    const lazy = lazyKeys.get(route.path) ?? [];
    const initial = new Set([...base, ...staticClosure(manifest, lazy)]);
    const onDemand = new Set();
    const queue = [...initial];
    while (queue.length) {
      const key = queue.pop();
      for (const dyn of manifest[key]?.dynamicImports ?? []) {
        if (pageKeys.has(dyn)) continue;
        for (const k of staticClosure(manifest, [dyn])) {
          if (!initial.has(k) && !onDemand.has(k)) {
            onDemand.add(k);
            queue.push(k);
          }
        }
      }
    }
    return { path: route.path, lazy, initial, onDemand };
  });
}

const gzipCache = new Map();
/** Gzip size in bytes of a file in dist (level 9, as Vite's report). */
export function gzipSize(dist, file) {
  const full = join(dist, file);
  if (!gzipCache.has(full)) gzipCache.set(full, gzipSync(readFileSync(full), { level: 9 }).length);
  return gzipCache.get(full);
}

/** JS and CSS gzip totals of a set of manifest keys. */
export function sizeOf(manifest, dist, keys) {
  let js = 0;
  const css = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk.file.endsWith('.js')) js += gzipSize(dist, chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
  }
  let cssBytes = 0;
  for (const c of css) cssBytes += gzipSize(dist, c);
  return { js, css: cssBytes };
}

const MAPLESS_RUNTIME = new Set(['rolldown-runtime', 'preload-helper']);

/** Source module ids bundled into the chunks of `keys`, read from the chunks' source maps. */
export function moduleIds(manifest, dist, keys) {
  const ids = [];
  for (const key of keys) {
    const file = manifest[key].file;
    if (!file.endsWith('.js')) continue;
    const mapFile = join(dist, `${file}.map`);
    // The bundler's tiny module runtime and Vite's module-preload helper are emitted without a map;
    // they hold no library code.
    if (!existsSync(mapFile) && MAPLESS_RUNTIME.has(manifest[key].name)) continue;
    if (!existsSync(mapFile)) throw new Error(`${file}.map is missing: the budget check needs build.sourcemap.`);
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    for (const source of map.sources ?? []) ids.push({ chunk: file, id: source.replace(/^(\.\.\/)+/, '') });
  }
  return ids;
}

/** Budget problems for the home route: size over budget, forbidden modules. Empty when all is well. */
export function checkHome(manifest, dist, home, budget = HOME_BUDGET) {
  const problems = [];
  const { js } = sizeOf(manifest, dist, home.initial);
  if (js > budget) problems.push(`home route JS is ${kb(js)} gzip, over the ${kb(budget)} budget`);
  for (const rule of FORBIDDEN_ON_HOME) {
    const hits = moduleIds(manifest, dist, home.initial).filter((m) => rule.test(m.id));
    if (hits.length) {
      const sample = hits
        .slice(0, 3)
        .map((h) => `${h.id} (in ${h.chunk})`)
        .join(', ');
      problems.push(`home route loads the ${rule.name}: ${sample}${hits.length > 3 ? `, +${hits.length - 3} more` : ''}`);
    }
  }
  return problems;
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function main() {
  const args = process.argv.slice(2);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : process.env.KMSLAB_DIST;
  const dist = resolve(root, distArg ?? 'dist');
  const manifestFile = join(dist, '.vite', 'manifest.json');
  if (args.includes('--build') || !existsSync(manifestFile)) {
    console.log(`Building into ${dist} ...`);
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const routes = discoverRoutes(root);
  const loads = routeLoads(manifest, routes);

  const rows = loads.map((l) => {
    const initial = sizeOf(manifest, dist, l.initial);
    const later = sizeOf(manifest, dist, l.onDemand);
    return {
      route: l.path,
      chunks: [...l.initial].filter((k) => manifest[k].file.endsWith('.js')).length,
      js: initial.js,
      css: initial.css,
      later: later.js,
    };
  });
  const w = Math.max(...rows.map((r) => r.route.length), 5);
  console.log(`\nFirst-load size per route (gzip), from ${relative(root, dist) || '.'}:\n`);
  console.log(`${'route'.padEnd(w)}  chunks  ${'JS'.padStart(9)}  ${'CSS'.padStart(8)}  ${'+ on demand JS'.padStart(14)}`);
  for (const r of rows) {
    console.log(
      `${r.route.padEnd(w)}  ${String(r.chunks).padStart(6)}  ${kb(r.js).padStart(9)}  ${kb(r.css).padStart(8)}  ${kb(r.later).padStart(14)}`,
    );
  }

  const home = loads.find((l) => l.path === '/');
  if (!home) throw new Error('No "/" route found in src/features/*/routes.tsx.');
  const problems = checkHome(manifest, dist, home);
  if (problems.length) {
    console.error(`\nBudget FAILED:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    `\nBudget OK: home route ${kb(rows.find((r) => r.route === '/').js)} of ${kb(HOME_BUDGET)}; no AWS SDK, React Flow or quiz engine on it.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
