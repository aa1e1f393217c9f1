// Types for scripts/chromium-path.mjs (plain ESM, shared by the Playwright config and the scripts).
/** The Chromium binary to drive: CHROMIUM_PATH, or the first browser found on this machine. */
export function findChromium(): string;
/** Flags every headless launch uses (no sandbox as root, no background networking on a closed network). */
export const CHROMIUM_ARGS: string[];
