// Types for scripts/check-budgets.mjs (plain ESM so `npm run budget` needs no build step).
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface RouteDecl {
  path: string;
  /** The page's lazily loaded modules: a lazyRouteComponent's, or what an eager page lazy-loads. */
  lazyModules: string[];
  routesFile: string;
}
export interface RouteLoad {
  path: string;
  lazy: string[];
  initial: Set<string>;
  onDemand: Set<string>;
}
export const HOME_BUDGET: number;
export const FORBIDDEN_ON_HOME: { name: string; test: (id: string) => boolean }[];
export function discoverRoutes(root: string): RouteDecl[];
export function manifestKeyFor(manifest: Manifest, moduleWithoutExt: string): string | undefined;
export function staticClosure(manifest: Manifest, keys: string[]): Set<string>;
export function routeLoads(manifest: Manifest, routes: RouteDecl[]): RouteLoad[];
export function gzipSize(dist: string, file: string): number;
export function sizeOf(manifest: Manifest, dist: string, keys: Iterable<string>): { js: number; css: number };
export function moduleIds(manifest: Manifest, dist: string, keys: Iterable<string>): { chunk: string; id: string }[];
export function checkHome(manifest: Manifest, dist: string, home: RouteLoad, budget?: number): string[];
