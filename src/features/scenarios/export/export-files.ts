import { zipSync } from 'fflate';
import type { ScenarioRun } from '@/scenarios';
import { svgToPng } from './rasterize';
import { saveFile } from './save-file';
import { SLIDE, stepSvg } from './svg-step';

/** `03-generatedatakey-two-copies-of-one-key`: numbered so a deck tool sorts the steps in order. */
export function slideName(run: ScenarioRun, stepIndex: number): string {
  const number = String(stepIndex + 1).padStart(2, '0');
  const slug = run.steps[stepIndex]!.title.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
  return `${number}-${slug || 'step'}`;
}

/** Saves one step as an SVG or a 2x PNG slide; returns the file name. */
export async function exportStep(run: ScenarioRun, stepIndex: number, format: 'svg' | 'png', theme: 'light' | 'dark'): Promise<string> {
  const svg = stepSvg(run, stepIndex, theme);
  const fileName = `${run.id}-${slideName(run, stepIndex)}.${format}`;
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, SLIDE.width, SLIDE.height);
  saveFile(blob, fileName);
  return fileName;
}

/** Every step as numbered SVG and PNG files, in one ZIP (stored, not compressed: PNGs do not shrink). */
export async function buildStepsZip(run: ScenarioRun, theme: 'light' | 'dark', png = true): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  for (let i = 0; i < run.steps.length; i++) {
    const svg = stepSvg(run, i, theme);
    const name = slideName(run, i);
    files[`${name}.svg`] = encoder.encode(svg);
    if (png) files[`${name}.png`] = new Uint8Array(await (await svgToPng(svg, SLIDE.width, SLIDE.height)).arrayBuffer());
  }
  return zipSync(files, { level: 0 });
}

/** Saves every step as a ZIP of numbered slides; returns the file name. */
export async function exportAllSteps(run: ScenarioRun, theme: 'light' | 'dark'): Promise<string> {
  const zip = await buildStepsZip(run, theme);
  const fileName = `${run.id}-slides.zip`;
  saveFile(new Blob([zip as BlobPart], { type: 'application/zip' }), fileName);
  return fileName;
}
