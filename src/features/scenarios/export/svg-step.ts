import type { ScenarioActor, ScenarioRun, ScenarioStep, ScenarioToken } from '@/scenarios';
import { edgeGeometry } from '../diagram/edge-path';
import {
  DIAGRAM_TYPE,
  KIND_CAPTION,
  KMS_TEXT,
  LINE,
  NODE_PAD,
  actorText,
  chipSize,
  edgeId,
  handlePoint,
  hsmInnerWidth,
  kmsHeaderOneLine,
  layoutRun,
  wrapLines,
  type NodeBox,
} from '../diagram/layout';
import { edgeTokenState, localTokens, type EdgeSegment } from '../diagram/projection';
import { TOKEN_GLYPHS } from '../diagram/token-style';
import { SLIDE_PALETTES, type SlidePalette } from './svg-palette';

/** A 16:9 slide, in CSS pixels (PNG exports are drawn at twice this). */
export const SLIDE = { width: 1920, height: 1080 };
const MARGIN = 80;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const TYPE = DIAGRAM_TYPE.presenter;

/** Escapes text for SVG content and attributes. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Lines of text from `top`, one `<text>` each (importers handle single-line text best). */
function lines(texts: string[], x: number, top: number, px: number, lineHeight: number, attrs: string): string {
  // Alphabetic baseline: the line box's top, half the leading, then the ascent (about 0.8 em).
  return texts
    .map(
      (t, i) =>
        `<text x="${x}" y="${(top + i * px * lineHeight + (px * lineHeight - px) / 2 + px * 0.8).toFixed(1)}" font-size="${px}" ${attrs}>${xml(t)}</text>`,
    )
    .join('');
}

function glyph(kind: ScenarioToken['kind'], x: number, y: number, size: number, color: string): string {
  const paths = TOKEN_GLYPHS[kind].map((d) => `<path d="${d}"/>`).join('');
  return `<g transform="translate(${x} ${y}) scale(${size / 16})" fill="none" stroke="${color}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${paths}</g>`;
}

/** A token chip centred on (cx, cy): a rounded box, its glyph and its label. Encrypted kinds get a dashed border. */
function chip(token: ScenarioToken, cx: number, cy: number, p: SlidePalette): string {
  const { width, height } = chipSize(token.label, 'presenter');
  const c = p.tokens[token.kind];
  const dashed = token.kind === 'wrapped-key' || token.kind === 'ciphertext' ? ' stroke-dasharray="6 4"' : '';
  const x = cx - width / 2;
  const y = cy - height / 2;
  const g = TYPE.chip * 1.1;
  return (
    `<g class="token" data-kind="${token.kind}"><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width}" height="${height}" rx="${height / 2}" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2"${dashed}/>` +
    glyph(token.kind, x + 10, cy - g / 2, g, c.text) +
    `<text x="${(x + 14 + g).toFixed(1)}" y="${(cy + TYPE.chip * 0.35).toFixed(1)}" font-size="${TYPE.chip}" font-weight="600" fill="${c.text}">${xml(token.label)}</text></g>`
  );
}

function actorBox(actor: ScenarioActor, box: NodeBox, step: ScenarioStep, p: SlidePalette): string {
  const focused = step.focus.includes(actor.id);
  const stroke = focused ? p.focusStroke : p.nodeStroke;
  const inset = NODE_PAD.x + NODE_PAD.border;
  let out = `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="12" fill="${actor.kind === 'kms' ? p.kms : p.node}" stroke="${stroke}" stroke-width="3"/>`;
  if (actor.kind !== 'kms') {
    const t = actorText(actor, 'presenter');
    const h =
      t.caption.length * TYPE.caption * LINE.text + t.title.length * TYPE.title * LINE.title + t.detail.length * TYPE.detail * LINE.text;
    let y = box.y + (box.height - h) / 2;
    out += lines(t.caption, box.x + inset, y, TYPE.caption, LINE.text, `font-weight="600" letter-spacing="0.5" fill="${p.muted}"`);
    y += t.caption.length * TYPE.caption * LINE.text;
    out += lines(t.title, box.x + inset, y, TYPE.title, LINE.title, `font-weight="700" fill="${p.text}"`);
    y += t.title.length * TYPE.title * LINE.title;
    return out + lines(t.detail, box.x + inset, y, TYPE.detail, LINE.text, `fill="${p.muted}"`);
  }
  let y = box.y + NODE_PAD.y + NODE_PAD.border;
  out += lines([KIND_CAPTION.kms], box.x + inset, y, TYPE.title, LINE.title, `font-weight="700" fill="${p.text}"`);
  const region = actor.region ?? actor.detail ?? '';
  if (kmsHeaderOneLine(actor, 'presenter')) {
    // Same line, right-aligned (no font metrics here to place it after the name): baselines match.
    const x = box.x + box.width - inset;
    out += `<text x="${x.toFixed(1)}" text-anchor="end" y="${(y + (TYPE.title * LINE.title - TYPE.title) / 2 + TYPE.title * 0.8).toFixed(1)}" font-size="${TYPE.detail}" fill="${p.muted}">${xml(region)}</text>`;
    y += TYPE.title * LINE.title + 6;
  } else {
    y += TYPE.title * LINE.title;
    out += lines([region], box.x + inset, y, TYPE.detail, LINE.text, `fill="${p.muted}"`);
    y += TYPE.detail * LINE.text + 6;
  }
  const hsm = { x: box.x + inset, y, width: box.width - 2 * inset, height: box.y + box.height - NODE_PAD.y - NODE_PAD.border - y };
  out += `<rect x="${hsm.x}" y="${hsm.y}" width="${hsm.width}" height="${hsm.height}" rx="8" fill="${p.hsm}" stroke="${p.hsmStroke}" stroke-width="2" stroke-dasharray="7 5"/>`;
  const ix = hsm.x + NODE_PAD.hsmPad + NODE_PAD.hsmBorder;
  let ky = hsm.y + NODE_PAD.hsmPad + NODE_PAD.hsmBorder;
  out += lines(
    [KMS_TEXT.caption.toUpperCase()],
    ix,
    ky,
    TYPE.caption,
    LINE.text,
    `font-weight="600" letter-spacing="0.5" fill="${p.muted}"`,
  );
  ky += TYPE.caption * LINE.text;
  for (const key of step.kmsState[actor.id]?.keys ?? []) {
    const wrapped = wrapLines(key, TYPE.detail, hsmInnerWidth('presenter') - TYPE.detail);
    out += glyph('data-key', ix, ky + (TYPE.detail * LINE.text - TYPE.detail * 0.85) / 2, TYPE.detail * 0.85, p.text);
    out += lines(wrapped, ix + TYPE.detail, ky, TYPE.detail, LINE.text, `fill="${p.text}"`);
    ky += wrapped.length * TYPE.detail * LINE.text;
  }
  const footer = wrapLines(KMS_TEXT.footer, TYPE.caption, hsmInnerWidth('presenter'));
  const fy = hsm.y + hsm.height - NODE_PAD.hsmPad - NODE_PAD.hsmBorder - footer.length * TYPE.caption * LINE.text;
  return out + lines(footer, ix, fy, TYPE.caption, LINE.text, `fill="${p.muted}"`);
}

/** The step's diagram as SVG elements, in layout coordinates: edges, boxes, then the tokens at rest. */
function diagram(run: ScenarioRun, stepIndex: number, aspect: number, p: SlidePalette) {
  const layout = layoutRun(run, 'presenter', aspect);
  const step = run.steps[stepIndex]!;
  const moves = step.moves;
  const slice = 1 / Math.max(1, moves.length);
  let edges = '';
  let chips = '';
  for (const route of layout.edges) {
    const segments: EdgeSegment[] = [];
    moves.forEach((m, i) => {
      if (m.from !== m.to && edgeId(m.from, m.to) === route.id)
        segments.push({ start: i * slice, end: (i + 1) * slice, reverse: m.from !== route.source, token: m.token });
    });
    const source = layout.boxes.get(route.source)!;
    const target = layout.boxes.get(route.target)!;
    const geo = edgeGeometry(
      handlePoint(source, route.sourceHandle),
      handlePoint(target, route.targetHandle),
      route.sourceHandle,
      route.targetHandle,
      route.lane,
    );
    // The slide shows the step as it ends: each edge carries the last token that travelled it.
    const state = edgeTokenState(segments, 1);
    const seg = state ? segments[state.index] : undefined;
    const marker = seg ? (seg.reverse ? ` marker-start="url(#arrow-start)"` : ` marker-end="url(#arrow-end)"`) : '';
    const style = seg ? `stroke="${p.edgeActive}" stroke-width="3"` : `stroke="${p.edge}" stroke-width="2" stroke-dasharray="5 6"`;
    edges += `<path class="edge" d="${geo.path}" fill="none" ${style}${marker}/>`;
    if (seg) chips += chip(seg.token, geo.labelX, geo.labelY, p);
  }
  let boxes = '';
  for (const actor of run.actors) {
    const box = layout.boxes.get(actor.id)!;
    boxes += actorBox(actor, box, step, p);
    let y = box.y + box.height + 8;
    for (const token of localTokens(moves, actor.id)) {
      const { height } = chipSize(token.label, 'presenter');
      chips += chip(token, box.x + box.width / 2, y + height / 2, p);
      y += height + 4;
    }
  }
  return { layout, body: edges + boxes + chips };
}

/**
 * One step of a scenario as a standalone 16:9 SVG slide: the step number and title, the narration,
 * and the diagram as the step ends, all as real SVG shapes and text (no `<foreignObject>`, no CSS
 * variables), so PowerPoint, Keynote, Google Slides and Inkscape import it as vector art.
 */
export function stepSvg(run: ScenarioRun, stepIndex: number, theme: 'light' | 'dark'): string {
  const p = SLIDE_PALETTES[theme];
  const step = run.steps[stepIndex]!;
  const width = SLIDE.width - 2 * MARGIN;
  const titleLines = wrapLines(step.title, 48, width);
  const narration = wrapLines(step.narration, 30, width);
  let y = 56;
  let head = lines(
    [`${run.title} · step ${stepIndex + 1} of ${run.steps.length}`],
    MARGIN,
    y,
    26,
    1.3,
    `font-weight="600" fill="${p.accent}"`,
  );
  y += 26 * 1.3 + 6;
  head += lines(titleLines, MARGIN, y, 48, 1.2, `font-weight="700" fill="${p.text}"`);
  y += titleLines.length * 48 * 1.2 + 10;
  head += lines(narration, MARGIN, y, 30, 1.35, `fill="${p.text}"`);
  y += narration.length * 30 * 1.35 + 36;

  const area = { x: MARGIN, y, width, height: SLIDE.height - y - 48 };
  const { layout, body } = diagram(run, stepIndex, area.width / area.height, p);
  const pad = 24;
  const scale = Math.min(1.6, area.width / (layout.width + 2 * pad), area.height / (layout.height + 2 * pad));
  const dx = area.x + (area.width - layout.width * scale) / 2;
  const dy = area.y + (area.height - layout.height * scale) / 2;
  const arrow = (id: string, d: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="${id === 'arrow-end' ? 9 : 1}" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="${d}" fill="${p.edgeActive}"/></marker>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}" font-family="${xml(FONT)}">`,
    `<title>${xml(`${run.title}, step ${stepIndex + 1}: ${step.title}`)}</title>`,
    `<desc>${xml(step.narration)}</desc>`,
    `<defs>${arrow('arrow-end', 'M0 0L10 5L0 10z')}${arrow('arrow-start', 'M10 0L0 5L10 10z')}</defs>`,
    `<rect width="100%" height="100%" fill="${p.background}"/>`,
    head,
    `<g transform="translate(${dx.toFixed(1)} ${dy.toFixed(1)}) scale(${scale.toFixed(4)})">${body}</g>`,
    `</svg>`,
  ].join('');
}
