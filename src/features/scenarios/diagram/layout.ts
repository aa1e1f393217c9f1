import type { ScenarioActor, ScenarioRun, ScenarioToken } from '@/scenarios';

/**
 * How the diagram is laid out, and at what type size:
 * - `wide`: the page on a desktop, actors on the scenario's grid;
 * - `narrow`: a phone, every actor in one column, text sized to stay readable at zoom 1;
 * - `presenter`: a room, the grid spread to the screen's aspect, every label 18 px or more at zoom 1.
 * The SVG export draws the presenter layout too, so what a slide shows is what the room saw.
 */
export type DiagramMode = 'wide' | 'narrow' | 'presenter';

/** Font sizes in flow pixels (CSS px at zoom 1). The node components and the SVG export read these. */
export interface DiagramType {
  /** Actor name. */
  title: number;
  /** Detail lines and keys inside the HSM. */
  detail: number;
  /** The small uppercase kind caption ("APPLICATION", "HSM BOUNDARY"). */
  caption: number;
  /** Token chips. */
  chip: number;
}

export const DIAGRAM_TYPE: Readonly<Record<DiagramMode, DiagramType>> = {
  wide: { title: 14, detail: 12, caption: 11, chip: 12 },
  narrow: { title: 17, detail: 15, caption: 14, chip: 14 },
  presenter: { title: 21, detail: 17, caption: 17, chip: 17 },
};

const NODE_WIDTH: Readonly<Record<DiagramMode, { actor: number; kms: number }>> = {
  wide: { actor: 180, kms: 260 },
  narrow: { actor: 268, kms: 268 },
  presenter: { actor: 260, kms: 380 },
};

/** Line heights as a multiple of the font size, as the node CSS sets them. */
export const LINE = { title: 1.25, text: 1.3 };
/** Node padding (px) and border, as the node components draw them. */
export const NODE_PAD = { x: 12, y: 8, border: 3, hsmPad: 6, hsmBorder: 2 };
/** Chip padding and border, as `.scn-token` draws it. */
const CHIP_PAD = { x: 8, y: 2, border: 2, gap: 4 };
/** Space kept between a chip and anything around it. */
const MARGIN = 18;
/** The smallest gap between two boxes. */
const MIN_GAP: Readonly<Record<DiagramMode, { column: number; row: number }>> = {
  wide: { column: 120, row: 56 },
  narrow: { column: 0, row: 48 },
  presenter: { column: 120, row: 24 },
};

/** The fixed lines a KMS box shows besides its keys. */
export const KMS_TEXT = { caption: 'HSM boundary', footer: 'Key material never leaves unencrypted' };
/** The caption above each kind of actor's name. */
export const KIND_CAPTION: Readonly<Record<ScenarioActor['kind'], string>> = {
  app: 'Application',
  storage: 'Storage',
  service: 'AWS service',
  user: 'IAM principal',
  kms: 'AWS KMS',
};

/**
 * Estimated width of a line of text. A deliberate over-estimate (0.62 em per character, wider than
 * the average glyph of the sans-serif fonts we use, bold included) so boxes sized from it never
 * truncate or overflow; a browser test measures the real text against its box.
 */
export function textWidth(text: string, px: number): number {
  return text.length * px * 0.62;
}

/** Greedy word wrap to `width` with the {@link textWidth} estimate; a word longer than a line is split. */
export function wrapLines(text: string, px: number, width: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (px * 0.62)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > perLine) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, perLine));
      line = '';
      rest = rest.slice(perLine);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= perLine) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** A token chip's size: glyph, label, padding, border. */
export function chipSize(label: string, mode: DiagramMode): { width: number; height: number } {
  const px = DIAGRAM_TYPE[mode].chip;
  const glyph = px * 1.1;
  return {
    width: Math.ceil(glyph + CHIP_PAD.gap + textWidth(label, px) + 2 * (CHIP_PAD.x + CHIP_PAD.border)),
    height: Math.ceil(px * LINE.text + 2 * (CHIP_PAD.y + CHIP_PAD.border)),
  };
}

/** Height of a stack of local-token chips under a box (0 when there are none). */
function localStackHeight(tokens: ScenarioToken[], mode: DiagramMode): number {
  if (!tokens.length) return 0;
  return 8 + tokens.reduce((h, t, i) => h + chipSize(t.label, mode).height + (i ? 4 : 0), 0);
}

/** Lines of text an actor box shows, wrapped to its inner width. */
export interface ActorText {
  caption: string[];
  title: string[];
  detail: string[];
}

/** The wrapped lines of a non-KMS actor box. */
export function actorText(actor: ScenarioActor, mode: DiagramMode): ActorText {
  const t = DIAGRAM_TYPE[mode];
  const inner = NODE_WIDTH[mode].actor - 2 * (NODE_PAD.x + NODE_PAD.border);
  return {
    caption: wrapLines(KIND_CAPTION[actor.kind].toUpperCase(), t.caption, inner),
    title: wrapLines(actor.label, t.title, inner),
    detail: actor.detail ? wrapLines(actor.detail, t.detail, inner) : [],
  };
}

/** Inner width of the HSM box inside a KMS actor. */
export function hsmInnerWidth(mode: DiagramMode): number {
  return NODE_WIDTH[mode].kms - 2 * (NODE_PAD.x + NODE_PAD.border + NODE_PAD.hsmPad + NODE_PAD.hsmBorder);
}

/** True when a KMS box's name and Region fit on one line (else the Region goes under the name). */
export function kmsHeaderOneLine(actor: ScenarioActor, mode: DiagramMode): boolean {
  const t = DIAGRAM_TYPE[mode];
  const inner = NODE_WIDTH[mode].kms - 2 * (NODE_PAD.x + NODE_PAD.border);
  return textWidth(KIND_CAPTION.kms, t.title) + 8 + textWidth(actor.region ?? actor.detail ?? '', t.detail) <= inner;
}

function actorHeight(actor: ScenarioActor, mode: DiagramMode, keys: string[][]): number {
  const t = DIAGRAM_TYPE[mode];
  const chrome = 2 * (NODE_PAD.y + NODE_PAD.border);
  if (actor.kind !== 'kms') {
    const x = actorText(actor, mode);
    return Math.ceil(
      chrome + x.caption.length * t.caption * LINE.text + x.title.length * t.title * LINE.title + x.detail.length * t.detail * LINE.text,
    );
  }
  const inner = hsmInnerWidth(mode);
  const header = t.title * LINE.title + (kmsHeaderOneLine(actor, mode) ? 0 : t.detail * LINE.text);
  // The tallest key list the box ever shows, so the box keeps one size through the scenario.
  const keyLines = Math.max(0, ...keys.map((list) => list.reduce((n, k) => n + wrapLines(k, t.detail, inner - t.detail).length, 0)));
  const hsm =
    2 * (NODE_PAD.hsmPad + NODE_PAD.hsmBorder) +
    t.caption * LINE.text +
    keyLines * t.detail * LINE.text +
    wrapLines(KMS_TEXT.footer, t.caption, inner).length * t.caption * LINE.text +
    8;
  return Math.ceil(chrome + header + 6 + hsm);
}

/** A box on the diagram, in flow pixels. */
export interface NodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** How an edge is drawn: which sides it leaves and enters, and for a detour, the x of its lane. */
export interface EdgeRoute {
  id: string;
  source: string;
  target: string;
  sourceHandle: Side;
  targetHandle: Side;
  /** Set for edges that skip over boxes in the one-column layout: they run down a lane on the left. */
  lane?: number;
}

/** The whole diagram's geometry for one run and mode. */
export interface DiagramLayout {
  mode: DiagramMode;
  boxes: Map<string, NodeBox>;
  edges: EdgeRoute[];
  width: number;
  height: number;
}

/** Edge id for an unordered pair of actors, so requests and responses share one line. */
export function edgeId(a: string, b: string): string {
  return a < b ? `e-${a}-${b}` : `e-${b}-${a}`;
}

interface Pair {
  id: string;
  a: ScenarioActor;
  b: ScenarioActor;
  /** The widest chip and tallest chip that ever travels this edge. */
  chip: { width: number; height: number };
}

/** Every pair of actors ever connected, in first-use order, with the largest chip it carries. */
function connectedPairs(run: ScenarioRun, mode: DiagramMode): Pair[] {
  const byId = new Map(run.actors.map((a) => [a.id, a]));
  const pairs = new Map<string, Pair>();
  for (const step of run.steps) {
    for (const m of step.moves) {
      const a = byId.get(m.from);
      const b = byId.get(m.to);
      if (!a || !b || a === b) continue;
      const id = edgeId(a.id, b.id);
      const size = chipSize(m.token.label, mode);
      const pair = pairs.get(id);
      if (pair) {
        pair.chip = { width: Math.max(pair.chip.width, size.width), height: Math.max(pair.chip.height, size.height) };
      } else {
        pairs.set(id, { id, a, b, chip: size });
      }
    }
  }
  return [...pairs.values()];
}

/** Tokens each actor works on locally, per step (a box needs room under it for the largest stack). */
function localStacks(run: ScenarioRun, mode: DiagramMode): Map<string, number> {
  const out = new Map<string, number>();
  for (const step of run.steps) {
    for (const actor of run.actors) {
      const h = localStackHeight(
        step.moves.filter((m) => m.from === actor.id && m.to === actor.id).map((m) => m.token),
        mode,
      );
      out.set(actor.id, Math.max(out.get(actor.id) ?? 0, h));
    }
  }
  return out;
}

function boxSize(run: ScenarioRun, actor: ScenarioActor, mode: DiagramMode): { width: number; height: number } {
  const keys = run.steps.map((s) => s.kmsState[actor.id]?.keys ?? []);
  return { width: NODE_WIDTH[mode][actor.kind === 'kms' ? 'kms' : 'actor'], height: actorHeight(actor, mode, keys) };
}

/** Which side of each box an edge leaves and enters: left/right when mostly horizontal, else top/bottom. */
function sidesFor(source: NodeBox, target: NodeBox): { sourceHandle: Side; targetHandle: Side } {
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  if (Math.abs(dx) >= Math.abs(dy))
    return dx >= 0 ? { sourceHandle: 'right', targetHandle: 'left' } : { sourceHandle: 'left', targetHandle: 'right' };
  return dy >= 0 ? { sourceHandle: 'bottom', targetHandle: 'top' } : { sourceHandle: 'top', targetHandle: 'bottom' };
}

/**
 * Grid layout (wide and presenter). Each column stacks its actors in row order and is centred on the
 * tallest column, so one tall KMS box does not stretch a whole row. Column gaps fit the widest chip
 * that travels between them, gaps within a column the tallest chip or local-token stack.
 */
function gridLayout(run: ScenarioRun, actors: readonly ScenarioActor[], mode: DiagramMode, aspect: number | undefined): DiagramLayout {
  const sizes = new Map(actors.map((a) => [a.id, boxSize(run, a, mode)]));
  const placed = new Map(actors.map((a) => [a.id, a]));
  // Source is the actor further left (or higher), so handles point the natural way.
  const pairs = connectedPairs(run, mode).map((p) => {
    const [a, b] = [placed.get(p.a.id)!, placed.get(p.b.id)!];
    const aFirst = a.column < b.column || (a.column === b.column && a.row <= b.row);
    return { ...p, a: aFirst ? a : b, b: aFirst ? b : a };
  });
  const locals = localStacks(run, mode);
  const columns = [...new Set(actors.map((a) => a.column))].sort((x, y) => x - y);
  const stacks = columns.map((c) => actors.filter((a) => a.column === c).sort((x, y) => x.row - y.row));
  const colWidth = stacks.map((stack) => Math.max(...stack.map((a) => sizes.get(a.id)!.width)));
  const colGap = columns.slice(1).map((c, i) => {
    const crossing = pairs.filter((p) => Math.min(p.a.column, p.b.column) <= columns[i]! && Math.max(p.a.column, p.b.column) >= c);
    return Math.max(MIN_GAP[mode].column, ...crossing.map((p) => p.chip.width + 2 * MARGIN));
  });
  // Each column's boxes from y = 0, and the column's height.
  const stackY = stacks.map((stack) => {
    const ys: number[] = [];
    let y = 0;
    stack.forEach((actor, i) => {
      ys.push(y);
      const next = stack[i + 1];
      const between = next ? pairs.filter((p) => (p.a === actor && p.b === next) || (p.b === actor && p.a === next)) : [];
      const below = (locals.get(actor.id) ?? 0) + (next ? MARGIN : 0);
      y +=
        sizes.get(actor.id)!.height +
        (next ? Math.max(MIN_GAP[mode].row, ...between.map((p) => p.chip.height + 2 * MARGIN), below) : below);
    });
    return { ys, height: y };
  });
  const height = Math.max(...stackY.map((s) => s.height));
  let width = colWidth.reduce((s, w) => s + w, 0) + colGap.reduce((s, g) => s + g, 0);
  // In a room the screen is wide: spread the columns (up to three times their gap) to use its width.
  if (aspect && colGap.length && width < aspect * height) {
    const total = colGap.reduce((s, g) => s + g, 0);
    const extra = Math.min(aspect * height - width, 2 * total);
    for (let i = 0; i < colGap.length; i++) colGap[i]! += (extra * colGap[i]!) / total;
    width += extra;
  }
  const boxes = new Map<string, NodeBox>();
  let x = 0;
  stacks.forEach((stack, i) => {
    const top = (height - stackY[i]!.height) / 2;
    stack.forEach((actor, j) => {
      const size = sizes.get(actor.id)!;
      boxes.set(actor.id, { x: x + (colWidth[i]! - size.width) / 2, y: top + stackY[i]!.ys[j]!, ...size });
    });
    x += colWidth[i]! + (colGap[i] ?? 0);
  });
  const edges = pairs.map((p) => ({ id: p.id, source: p.a.id, target: p.b.id, ...sidesFor(boxes.get(p.a.id)!, boxes.get(p.b.id)!) }));
  return { mode, boxes, edges, width, height };
}

/** The scenario's grid turned a quarter: rows become columns. */
function transposed(actors: readonly ScenarioActor[]): ScenarioActor[] {
  return actors.map((a) => ({ ...a, column: a.row, row: a.column }));
}

/** How large a layout can be drawn in a box of this aspect (relative: the box's height is 1). */
function fitScale(layout: DiagramLayout, aspect: number): number {
  return Math.min(aspect / layout.width, 1 / layout.height);
}

/** The order of actors in one column that keeps connected actors next to each other (fewest detours). */
export function columnOrder(actors: readonly ScenarioActor[], pairs: readonly { a: string; b: string }[]): string[] {
  const ids = actors.map((a) => a.id);
  if (ids.length > 7) return ids; // 5,040 orders; scenarios have at most five actors
  let best = ids;
  let bestCost = Infinity;
  const permute = (prefix: string[], rest: string[]) => {
    if (!rest.length) {
      const at = new Map(prefix.map((id, i) => [id, i]));
      const cost = pairs.reduce((s, p) => s + Math.abs(at.get(p.a)! - at.get(p.b)!) ** 2, 0);
      if (cost < bestCost) [best, bestCost] = [prefix, cost];
      return;
    }
    rest.forEach((id, i) => permute([...prefix, id], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  permute([], ids);
  return best;
}

/** One column (phones): boxes stacked; edges between neighbours go straight down, others down a left lane. */
function columnLayout(run: ScenarioRun): DiagramLayout {
  const mode = 'narrow';
  const pairs = connectedPairs(run, mode);
  const locals = localStacks(run, mode);
  const order = columnOrder(
    run.actors,
    pairs.map((p) => ({ a: p.a.id, b: p.b.id })),
  );
  const index = new Map(order.map((id, i) => [id, i]));
  const detours = pairs.filter((p) => Math.abs(index.get(p.a.id)! - index.get(p.b.id)!) > 1);
  const laneWidth = detours.length ? 14 + 12 * detours.length : 0;
  const byId = new Map(run.actors.map((a) => [a.id, a]));
  const boxes = new Map<string, NodeBox>();
  let y = 0;
  let width = 0;
  order.forEach((id, i) => {
    const size = boxSize(run, byId.get(id)!, mode);
    boxes.set(id, { x: laneWidth, y, ...size });
    width = Math.max(width, laneWidth + size.width);
    const next = order[i + 1];
    const between = pairs.filter((p) => (p.a.id === id && p.b.id === next) || (p.b.id === id && p.a.id === next));
    y += size.height + Math.max(MIN_GAP.narrow.row, ...between.map((p) => p.chip.height + 2 * MARGIN), (locals.get(id) ?? 0) + MARGIN);
  });
  const edges: EdgeRoute[] = pairs.map((p) => {
    const [first, second] = index.get(p.a.id)! < index.get(p.b.id)! ? [p.a.id, p.b.id] : [p.b.id, p.a.id];
    const d = detours.indexOf(p);
    if (d < 0) return { id: p.id, source: first, target: second, sourceHandle: 'bottom', targetHandle: 'top' };
    return { id: p.id, source: first, target: second, sourceHandle: 'left', targetHandle: 'left', lane: 6 + 12 * d };
  });
  const last = boxes.get(order[order.length - 1]!)!;
  return { mode, boxes, edges, width, height: last.y + last.height + (locals.get(order[order.length - 1]!) ?? 0) };
}

/**
 * Lays a run out for a mode. Pure: sizes come from the text the boxes and chips will show (estimated
 * generously), so nothing is truncated and chips fit between the boxes they travel between. `aspect`
 * (presenter only) is the screen's width over height, to spread the columns across a wide screen.
 */
export function layoutRun(run: ScenarioRun, mode: DiagramMode, aspect?: number): DiagramLayout {
  if (mode === 'narrow') return columnLayout(run);
  if (mode === 'wide' || !aspect) return gridLayout(run, run.actors, mode, undefined);
  // A room's screen: the scenario's grid or the same grid turned, whichever draws larger.
  const asIs = gridLayout(run, run.actors, mode, aspect);
  const turned = gridLayout(run, transposed(run.actors), mode, aspect);
  return fitScale(turned, aspect) > fitScale(asIs, aspect) * 1.02 ? turned : asIs;
}

/** Where an edge attaches to a box side. */
export function handlePoint(box: NodeBox, side: Side): { x: number; y: number } {
  switch (side) {
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
  }
}
