/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { builtInBanksPlugin } from './scripts/vite-plugin-built-in-banks.ts';
import { guidesPlugin } from './scripts/vite-plugin-guides.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The Content-Security-Policy of the built app, one directive per entry. Nothing is loaded from another
 * origin and no script runs that is not a file of this app (no inline script, no eval).
 * style-src is 'self' only: React sets `style` props through the CSSOM (not governed by CSP), React Flow
 * ships a stylesheet instead of injecting <style>, and diagram exports are SVG strings drawn to a canvas (blob: images).
 * tests/browser/platform-csp.spec.ts runs every route and the diagram export under this policy.
 */
export const CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // Only honoured in a header: browsers ignore (and warn about) frame-ancestors in a <meta> policy.
  'frame-ancestors': ["'none'"],
};

const policy = (skip: string[] = []) =>
  Object.entries(CSP)
    .filter(([name]) => !skip.includes(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** The policy as index.html carries it in <meta http-equiv>: everything a meta policy can express. */
export const META_CSP = policy(['frame-ancestors']);

/** Headers for wherever the built app is served (vite preview here; dist/_headers for static hosts). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const META_RE = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>\s*/;

/**
 * Keeps the CSP in one place. Build: fails if index.html's meta policy drifted from CSP above, and
 * writes dist/_headers (Netlify/Cloudflare Pages format) with SECURITY_HEADERS. Dev server: drops the
 * meta, because Vite's dev mode needs an inline React Refresh preamble and a WebSocket for HMR.
 */
function securityPolicy(): Plugin[] {
  return [
    {
      name: 'kmslab:csp-build',
      apply: 'build',
      transformIndexHtml(html) {
        const found = META_RE.exec(html)?.[1];
        if (found !== META_CSP) {
          throw new Error(`index.html's Content-Security-Policy meta must be exactly:\n${META_CSP}\nfound:\n${found ?? '(none)'}`);
        }
        return html;
      },
      generateBundle() {
        const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
        this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
      },
    },
    {
      name: 'kmslab:csp-dev',
      apply: 'serve',
      transformIndexHtml: (html) => html.replace(META_RE, ''),
    },
  ];
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    securityPolicy(),
    // content/banks parsed at build time: the quiz and scenario pages get JSON, not Markdown and a parser.
    builtInBanksPlugin(),
    // content/guides parsed at build time the same way; only the /learn pages import them.
    guidesPlugin(),
    // Offline: the service worker precaches the whole app (code, banks bundled in it, icons), so after
    // one visit every route works with the network off. 'prompt': a new version waits for the learner
    // to accept it, so nothing is swapped in the middle of an exam.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'theme-init.js', 'apple-touch-icon.png'],
      manifest: {
        name: 'KMS Lab: learn AWS KMS',
        short_name: 'KMS Lab',
        description: 'Learn AWS KMS offline: a simulated KMS in your browser, animated diagrams and exam practice.',
        theme_color: '#1e3a8a',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once, so a learner who goes offline right after
        // "ready to work offline" can still open lazy-loaded pages. Updates still wait for the prompt
        // (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  resolve: { alias: { '@': src } },
  server: { port: 5173 },
  // The served build carries the same headers a production host should send (see dist/_headers).
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  // manifest: scripts/check-budgets.mjs follows each route's chunks through dist/.vite/manifest.json.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // Rolldown's plugin-timing report reads like a warning on every build; the PWA plugin's precache step
    // is the slow part and is expected. Profile with `node --cpu-prof` when the build needs to be faster.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    // Pure cores (KMS, quiz, scenarios, envelope) run in Node: crypto.subtle misbehaves under jsdom.
    // Component tests (*.test.tsx) run in jsdom.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
