import type { TokenKind } from '@/scenarios';

/** Resolved colours for an exported slide: plain hex, because a file opened elsewhere has no CSS variables. */
export interface SlidePalette {
  background: string;
  text: string;
  muted: string;
  accent: string;
  node: string;
  kms: string;
  nodeStroke: string;
  focusStroke: string;
  hsm: string;
  hsmStroke: string;
  edge: string;
  edgeActive: string;
  tokens: Record<TokenKind, { stroke: string; fill: string; text: string }>;
}

/** The diagram's colours as the app draws them (Tailwind's slate, sky, amber, orange, violet, teal, red). */
export const SLIDE_PALETTES: Readonly<Record<'light' | 'dark', SlidePalette>> = {
  light: {
    background: '#ffffff',
    text: '#0f172a',
    muted: '#334155',
    accent: '#1e3a8a',
    node: '#ffffff',
    kms: '#f0f9ff',
    nodeStroke: '#94a3b8',
    focusStroke: '#1d4ed8',
    hsm: '#e2e8f0',
    hsmStroke: '#334155',
    edge: '#64748b',
    edgeActive: '#1e3a8a',
    tokens: {
      plaintext: { stroke: '#b45309', fill: '#fef3c7', text: '#451a03' },
      'data-key': { stroke: '#9a3412', fill: '#fed7aa', text: '#431407' },
      'wrapped-key': { stroke: '#5b21b6', fill: '#ede9fe', text: '#2e1065' },
      ciphertext: { stroke: '#115e59', fill: '#ccfbf1', text: '#042f2e' },
      request: { stroke: '#475569', fill: '#ffffff', text: '#0f172a' },
      error: { stroke: '#991b1b', fill: '#fee2e2', text: '#450a0a' },
    },
  },
  dark: {
    background: '#020617',
    text: '#f8fafc',
    muted: '#cbd5e1',
    accent: '#fde047',
    node: '#0f172a',
    kms: '#0f172a',
    nodeStroke: '#94a3b8',
    focusStroke: '#7dd3fc',
    hsm: '#1e293b',
    hsmStroke: '#cbd5e1',
    edge: '#94a3b8',
    edgeActive: '#7dd3fc',
    tokens: {
      plaintext: { stroke: '#fcd34d', fill: '#451a03', text: '#fffbeb' },
      'data-key': { stroke: '#fdba74', fill: '#431407', text: '#fff7ed' },
      'wrapped-key': { stroke: '#c4b5fd', fill: '#2e1065', text: '#f5f3ff' },
      ciphertext: { stroke: '#5eead4', fill: '#042f2e', text: '#f0fdfa' },
      request: { stroke: '#cbd5e1', fill: '#1e293b', text: '#f8fafc' },
      error: { stroke: '#fca5a5', fill: '#450a0a', text: '#fef2f2' },
    },
  },
};
