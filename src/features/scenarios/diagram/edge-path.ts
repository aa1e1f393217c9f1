import { getBezierPath, Position } from '@xyflow/react';
import type { Side } from './layout';

const POSITION: Record<Side, Position> = { left: Position.Left, right: Position.Right, top: Position.Top, bottom: Position.Bottom };

/** An edge's drawing: its SVG path and where its resting label sits. */
export interface EdgeGeometry {
  path: string;
  labelX: number;
  labelY: number;
}

/**
 * The path of an edge between two handle points. Pure, and shared by the live diagram and the SVG
 * export so both draw the same lines: a Bézier curve, or for a detour in the one-column layout, a
 * rounded path down a lane left of the boxes.
 */
export function edgeGeometry(
  source: { x: number; y: number },
  target: { x: number; y: number },
  sourceSide: Side,
  targetSide: Side,
  lane?: number,
): EdgeGeometry {
  if (lane !== undefined) {
    const r = Math.min(10, Math.abs(target.y - source.y) / 2, Math.abs(source.x - lane));
    const down = target.y >= source.y ? 1 : -1;
    const path = [
      `M ${source.x} ${source.y}`,
      `L ${lane + r} ${source.y}`,
      `Q ${lane} ${source.y} ${lane} ${source.y + down * r}`,
      `L ${lane} ${target.y - down * r}`,
      `Q ${lane} ${target.y} ${lane + r} ${target.y}`,
      `L ${target.x} ${target.y}`,
    ].join(' ');
    return { path, labelX: lane, labelY: (source.y + target.y) / 2 };
  }
  const [path, labelX, labelY] = getBezierPath({
    sourceX: source.x,
    sourceY: source.y,
    targetX: target.x,
    targetY: target.y,
    sourcePosition: POSITION[sourceSide],
    targetPosition: POSITION[targetSide],
  });
  return { path, labelX, labelY };
}
