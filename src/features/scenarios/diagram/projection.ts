import type { Edge, Node } from '@xyflow/react';
import type { KmsActorState, ScenarioActor, ScenarioRun, ScenarioToken } from '@/scenarios';
import { DIAGRAM_TYPE, edgeId, type DiagramLayout, type DiagramMode } from './layout';

export { edgeId };

/** Data every actor node receives. */
export interface ActorNodeData extends Record<string, unknown> {
  actor: ScenarioActor;
  kms?: KmsActorState;
  focused: boolean;
  mode: DiagramMode;
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
  /** The x of the lane a detour runs down (one-column layout). */
  lane?: number;
  /** Chip font size in flow pixels. */
  chipPx: number;
}

export type ActorNode = Node<ActorNodeData, 'actor'>;
export type TokenEdge = Edge<TokenEdgeData, 'token'>;

/**
 * Projects a scenario run at one step onto React Flow nodes and edges. Pure: the diagram shows every
 * actor and every connection the scenario ever uses, so nothing jumps between steps; the current
 * step's connections are marked active and carry the segments their tokens travel.
 */
export function project(
  run: ScenarioRun,
  stepIndex: number,
  layout: DiagramLayout,
  arrowColor = '#1e3a8a',
): { nodes: ActorNode[]; edges: TokenEdge[] } {
  const step = run.steps[stepIndex];
  const byId = new Map(run.actors.map((a) => [a.id, a]));

  const nodes: ActorNode[] = run.actors.map((actor) => {
    const box = layout.boxes.get(actor.id)!;
    return {
      id: actor.id,
      type: 'actor',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: {
        actor,
        kms: step?.kmsState[actor.id],
        focused: step ? step.focus.includes(actor.id) : false,
        mode: layout.mode,
        local: localTokens(step?.moves ?? [], actor.id),
      },
      ariaLabel: `${actor.label}${actor.detail ? `, ${actor.detail}` : ''}`,
    };
  });

  const moves = step?.moves ?? [];
  const slice = 1 / Math.max(1, moves.length);
  const edges: TokenEdge[] = layout.edges.map((route) => {
    const segments: EdgeSegment[] = [];
    moves.forEach((m, i) => {
      if (m.from === m.to || edgeId(m.from, m.to) !== route.id) return;
      segments.push({ start: i * slice, end: (i + 1) * slice, reverse: m.from !== route.source, token: m.token });
    });
    const src = byId.get(route.source)!;
    const tgt = byId.get(route.target)!;
    const description = segments.length
      ? segments.map((s) => `${s.token.label} from ${s.reverse ? tgt.label : src.label} to ${s.reverse ? src.label : tgt.label}`).join('; ')
      : `Connection between ${src.label} and ${tgt.label}`;
    const marker = { type: 'arrowclosed' as const, color: arrowColor, width: 18, height: 18 };
    return {
      id: route.id,
      type: 'token',
      source: route.source,
      target: route.target,
      // Both ends get a marker definition; the edge shows the one matching the token's direction.
      ...(segments.length ? { markerStart: marker, markerEnd: marker } : {}),
      sourceHandle: route.sourceHandle,
      targetHandle: route.targetHandle,
      data: {
        active: segments.length > 0,
        segments,
        description,
        chipPx: DIAGRAM_TYPE[layout.mode].chip,
        ...(route.lane !== undefined ? { lane: route.lane } : {}),
      },
      ariaLabel: description,
    };
  });
  return { nodes, edges };
}

/** Tokens an actor works on locally in a step (moves from the actor to itself). */
export function localTokens(moves: readonly { from: string; to: string; token: ScenarioToken }[], actorId: string): ScenarioToken[] {
  return moves.filter((m) => m.from === actorId && m.to === actorId).map((m) => m.token);
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
