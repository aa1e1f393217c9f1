import type { Edge, Node } from '@xyflow/react';
import type { KmsActorState, ScenarioActor, ScenarioRun, ScenarioToken } from '@/scenarios';

/** Grid-to-pixel layout. Wide screens lay actors out in columns; phones transpose to a tall stack. */
export type Orientation = 'horizontal' | 'vertical';

/** Box sizes. Phones (vertical) get narrower boxes so the diagram is drawn larger on a narrow screen. */
const NODE_SIZES: Record<Orientation, Record<ScenarioActor['kind'], { width: number; height: number }>> = {
  horizontal: {
    app: { width: 180, height: 84 },
    storage: { width: 180, height: 84 },
    service: { width: 180, height: 84 },
    user: { width: 180, height: 84 },
    kms: { width: 260, height: 176 },
  },
  vertical: {
    app: { width: 160, height: 84 },
    storage: { width: 160, height: 84 },
    service: { width: 160, height: 84 },
    user: { width: 160, height: 84 },
    kms: { width: 224, height: 176 },
  },
};

/** The size of an actor's box in a layout. */
export function nodeSize(kind: ScenarioActor['kind'], orientation: Orientation = 'horizontal') {
  return NODE_SIZES[orientation][kind];
}

/** Grid cells are wide enough that a token label fits on an edge between two boxes. */
const CELL = { horizontal: { width: 460, height: 240 }, vertical: { width: 250, height: 290 } };

/** Data every actor node receives. */
export interface ActorNodeData extends Record<string, unknown> {
  actor: ScenarioActor;
  kms?: KmsActorState;
  focused: boolean;
  /** Tokens the actor works on locally in this step (e.g. the app encrypting with a data key). */
  local: ScenarioToken[];
}

/** One token's trip along an edge within a step, as a slice of the step's progress. */
export interface EdgeSegment {
  /** Progress (0..1 of the step) at which the trip starts and ends. */
  start: number;
  end: number;
  /** True when the token travels from the edge's target to its source. */
  reverse: boolean;
  token: ScenarioToken;
}

/** Data every token edge receives. */
export interface TokenEdgeData extends Record<string, unknown> {
  active: boolean;
  segments: EdgeSegment[];
  /** A readable description for assistive technology. */
  description: string;
}

export type ActorNode = Node<ActorNodeData, 'actor'>;
export type TokenEdge = Edge<TokenEdgeData, 'token'>;

/** The pixel position of an actor's top-left corner, centred in its grid cell. */
export function actorPosition(actor: ScenarioActor, orientation: Orientation): { x: number; y: number } {
  const size = nodeSize(actor.kind, orientation);
  const col = orientation === 'horizontal' ? actor.column : actor.row;
  const row = orientation === 'horizontal' ? actor.row : actor.column;
  const cell = CELL[orientation];
  return { x: col * cell.width + (cell.width - size.width) / 2, y: row * cell.height + (cell.height - size.height) / 2 };
}

/** Edge id for an unordered pair of actors, so requests and responses share one line. */
export function edgeId(a: string, b: string): string {
  return a < b ? `e-${a}-${b}` : `e-${b}-${a}`;
}

/** Which side of each node an edge leaves and enters: left/right when mostly horizontal, else top/bottom. */
function handlesFor(source: { x: number; y: number }, target: { x: number; y: number }) {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  if (Math.abs(dx) >= Math.abs(dy))
    return dx >= 0 ? { sourceHandle: 'right', targetHandle: 'left' } : { sourceHandle: 'left', targetHandle: 'right' };
  return dy >= 0 ? { sourceHandle: 'bottom', targetHandle: 'top' } : { sourceHandle: 'top', targetHandle: 'bottom' };
}

/**
 * Projects a scenario run at one step onto React Flow nodes and edges. Pure: the diagram shows every
 * actor and every connection the scenario ever uses, so nothing jumps between steps; the current
 * step's connections are marked active and carry the segments their tokens travel.
 */
export function project(
  run: ScenarioRun,
  stepIndex: number,
  orientation: Orientation,
  arrowColor = '#1e3a8a',
): { nodes: ActorNode[]; edges: TokenEdge[] } {
  const step = run.steps[stepIndex];
  const byId = new Map(run.actors.map((a) => [a.id, a]));
  const positions = new Map(run.actors.map((a) => [a.id, actorPosition(a, orientation)]));

  const nodes: ActorNode[] = run.actors.map((actor) => {
    const size = nodeSize(actor.kind, orientation);
    return {
      id: actor.id,
      type: 'actor',
      position: positions.get(actor.id)!,
      width: size.width,
      height: size.height,
      data: {
        actor,
        kms: step?.kmsState[actor.id],
        focused: step ? step.focus.includes(actor.id) : false,
        local: (step?.moves ?? []).filter((m) => m.from === actor.id && m.to === actor.id).map((m) => m.token),
      },
      ariaLabel: `${actor.label}${actor.detail ? `, ${actor.detail}` : ''}`,
    };
  });

  // Every pair ever connected, in first-use order, so edges are stable across steps.
  const pairs = new Map<string, { source: string; target: string }>();
  for (const s of run.steps) {
    for (const m of s.moves) {
      const id = edgeId(m.from, m.to);
      if (m.from === m.to || pairs.has(id) || !byId.has(m.from) || !byId.has(m.to)) continue;
      const [a, b] = [byId.get(m.from)!, byId.get(m.to)!];
      // Source is the actor further left (or higher), so handles point the natural way.
      const aFirst = a.column < b.column || (a.column === b.column && a.row <= b.row);
      pairs.set(id, aFirst ? { source: a.id, target: b.id } : { source: b.id, target: a.id });
    }
  }

  const moves = step?.moves ?? [];
  const slice = 1 / Math.max(1, moves.length);
  const edges: TokenEdge[] = [...pairs.entries()].map(([id, pair]) => {
    const segments: EdgeSegment[] = [];
    moves.forEach((m, i) => {
      if (edgeId(m.from, m.to) !== id) return;
      segments.push({ start: i * slice, end: (i + 1) * slice, reverse: m.from !== pair.source, token: m.token });
    });
    const src = byId.get(pair.source)!;
    const tgt = byId.get(pair.target)!;
    const description = segments.length
      ? segments.map((s) => `${s.token.label} from ${s.reverse ? tgt.label : src.label} to ${s.reverse ? src.label : tgt.label}`).join('; ')
      : `Connection between ${src.label} and ${tgt.label}`;
    const marker = { type: 'arrowclosed' as const, color: arrowColor, width: 18, height: 18 };
    return {
      id,
      type: 'token',
      source: pair.source,
      target: pair.target,
      // Both ends get a marker definition; the edge shows the one matching the token's direction.
      ...(segments.length ? { markerStart: marker, markerEnd: marker } : {}),
      ...handlesFor(positions.get(pair.source)!, positions.get(pair.target)!),
      data: { active: segments.length > 0, segments, description },
      ariaLabel: description,
    };
  });
  return { nodes, edges };
}

/** What an edge shows at a given step progress. */
export type EdgeTokenState =
  /** A token is travelling: segment index and position along the edge (0 = source end). */
  | { kind: 'moving'; index: number; at: number }
  /** No token travelling; the label of the last segment that arrived sits mid-edge. */
  | { kind: 'resting'; index: number }
  | null;

/** Trips use the middle of the edge so a chip never covers the boxes it travels between. */
const TRAVEL_FROM = 0.12;
const TRAVEL_TO = 0.88;

/**
 * The edge's token at a step progress: the travelling one if any, otherwise the last one that
 * arrived (shown as a label), otherwise nothing.
 */
export function edgeTokenState(segments: readonly EdgeSegment[], progress: number): EdgeTokenState {
  let rested = -1;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (progress >= seg.start && progress < seg.end) {
      const local = (progress - seg.start) / (seg.end - seg.start);
      const along = TRAVEL_FROM + (TRAVEL_TO - TRAVEL_FROM) * local;
      return { kind: 'moving', index: i, at: seg.reverse ? 1 - along : along };
    }
    if (progress >= seg.end) rested = i;
  }
  return rested >= 0 ? { kind: 'resting', index: rested } : null;
}
