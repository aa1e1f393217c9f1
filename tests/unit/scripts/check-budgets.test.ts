import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHome, discoverRoutes, routeLoads, type Manifest } from '../../../scripts/check-budgets.mjs';

/** A tiny fake project + build: one eager home route, one lazy page that uses the AWS SDK. */
function fixture(homeImportsSdk = false) {
  const root = mkdtempSync(join(tmpdir(), 'budget-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/features/home/routes.tsx', `createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });`);
  write(
    'src/features/lab/routes.tsx',
    `export const r = [createRoute({\n  getParentRoute: () => rootRoute,\n  path: '/lab',\n  component: lazyRouteComponent(() => import('./lab-page'), 'LabPage'),\n})];`,
  );
  const chunk = (file: string, sources: string[], bytes = 400) => {
    // Incompressible-ish content so gzip sizes scale with `bytes`.
    let s = '';
    for (let i = 0; s.length < bytes; i++) s += Math.sin(i * 7919).toString(36);
    write(`dist/${file}`, s);
    write(`dist/${file}.map`, JSON.stringify({ version: 3, sources }));
  };
  chunk('assets/index.js', ['../../src/main.tsx', '../../node_modules/react/index.js']);
  chunk('assets/sw-register.js', ['../../node_modules/workbox-window/build/workbox-window.mjs']);
  chunk('assets/lab-page.js', ['../../src/features/lab/lab-page.tsx']);
  chunk('assets/sdk.js', ['../../node_modules/@aws-sdk/client-kms/dist-es/index.js'], 20_000);
  chunk('assets/banks.js', ['../../content/rotation.md?raw']);
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: homeImportsSdk ? ['_sdk.js'] : [],
      dynamicImports: ['src/features/lab/lab-page.tsx', 'node_modules/workbox-window/build/workbox-window.mjs'],
    },
    'node_modules/workbox-window/build/workbox-window.mjs': { file: 'assets/sw-register.js', isDynamicEntry: true },
    'src/features/lab/lab-page.tsx': {
      file: 'assets/lab-page.js',
      isDynamicEntry: true,
      imports: ['_sdk.js'],
      dynamicImports: ['content/rotation.md'],
    },
    '_sdk.js': { file: 'assets/sdk.js' },
    'content/rotation.md': { file: 'assets/banks.js', isDynamicEntry: true },
  };
  return { root, dist: join(root, 'dist'), manifest };
}

describe('check-budgets', () => {
  it('finds routes and their lazy pages in src/features/*/routes.tsx', () => {
    const { root } = fixture();
    expect(discoverRoutes(root).map((r) => [r.path, r.lazyModules])).toEqual([
      ['/', []],
      ['/lab', ['src/features/lab/lab-page']],
    ]);
  });

  it('follows the entry, start-up imports and each lazy page; later imports are on demand', () => {
    const { root, manifest } = fixture();
    const [home, lab] = routeLoads(manifest, discoverRoutes(root));
    expect([...home!.initial].sort()).toEqual(['index.html', 'node_modules/workbox-window/build/workbox-window.mjs']);
    expect([...lab!.initial].sort()).toEqual([
      '_sdk.js',
      'index.html',
      'node_modules/workbox-window/build/workbox-window.mjs',
      'src/features/lab/lab-page.tsx',
    ]);
    expect([...lab!.onDemand]).toEqual(['content/rotation.md']);
  });

  it("counts what an eager page lazy-loads as that route's page, not as start-up code for every route", () => {
    const { root, manifest } = fixture();
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    // /quiz paints its heading from the main bundle and lazy-loads the hub body.
    write(
      'src/features/quiz/routes.tsx',
      `import { QuizPage } from './quiz-page';\nconst r = createRoute({ getParentRoute: () => rootRoute, path: '/quiz', component: QuizPage });`,
    );
    write('src/features/quiz/quiz-page.tsx', `const Hub = lazy(() => import('./hub').then((m) => ({ default: m.Hub })));`);
    manifest['index.html']!.dynamicImports!.push('src/features/quiz/hub.tsx');
    manifest['src/features/quiz/hub.tsx'] = { file: 'assets/hub.js', isDynamicEntry: true };

    const routes = discoverRoutes(root);
    expect(routes.find((r) => r.path === '/quiz')?.lazyModules).toEqual(['src/features/quiz/hub']);
    const loads = routeLoads(manifest, routes);
    expect(loads.find((l) => l.path === '/')!.initial.has('src/features/quiz/hub.tsx')).toBe(false);
    expect(loads.find((l) => l.path === '/quiz')!.initial.has('src/features/quiz/hub.tsx')).toBe(true);
  });

  it('passes a lean home route and fails one that loads the AWS SDK', () => {
    const lean = fixture();
    const [home] = routeLoads(lean.manifest, discoverRoutes(lean.root));
    expect(checkHome(lean.manifest, lean.dist, home!)).toEqual([]);

    const heavy = fixture(true);
    const [heavyHome] = routeLoads(heavy.manifest, discoverRoutes(heavy.root));
    const problems = checkHome(heavy.manifest, heavy.dist, heavyHome!);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/loads the AWS SDK: node_modules\/@aws-sdk\/client-kms/);
  });

  it('fails a home route over the size budget', () => {
    const { root, dist, manifest } = fixture(true);
    const [home] = routeLoads(manifest, discoverRoutes(root));
    expect(checkHome(manifest, dist, home!, 1_000).join('\n')).toMatch(/home route JS is .* gzip, over the 1\.0 kB budget/);
  });

  it('flags the quiz engine but allows the progress storage key module', () => {
    const { root, dist, manifest } = fixture();
    writeFileSync(join(dist, 'assets/index.js.map'), JSON.stringify({ version: 3, sources: ['../../src/quiz/progress/schema.ts'] }));
    const [home] = routeLoads(manifest, discoverRoutes(root));
    expect(checkHome(manifest, dist, home!)).toEqual([]);
    writeFileSync(
      join(dist, 'assets/index.js.map'),
      JSON.stringify({ version: 3, sources: ['../../src/quiz/grade.ts', '../../node_modules/@xyflow/react/dist/esm/index.js'] }),
    );
    expect(checkHome(manifest, dist, home!).map((p) => p.split(':')[0])).toEqual([
      'home route loads the React Flow',
      'home route loads the quiz engine',
    ]);
  });
});
