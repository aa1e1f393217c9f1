import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { usePlayback } from '../player/playback-store';
import { segmentPosition, type TokenEdge } from './projection';
import { TOKEN_CLASSES, TokenGlyph } from './token-style';

/**
 * Which of this edge's segments is travelling at the current progress, and where along the edge,
 * encoded as "index:position" so zustand's equality check skips renders when nothing moved.
 */
function useTokenPosition(data: TokenEdge['data']): string | null {
  return usePlayback((s) => {
    const segments = data?.segments ?? [];
    for (let i = segments.length - 1; i >= 0; i--) {
      const seg = segments[i]!;
      const at = segmentPosition(seg, s.progress, seg.end >= 0.999);
      if (at !== null) return `${i}:${at.toFixed(4)}`;
    }
    return null;
  });
}

function TokenEdgeView({ id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<TokenEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const raw = useTokenPosition(data);
  const active = data?.active ?? false;
  let chip = null;
  if (raw !== null) {
    const [i, at] = raw.split(':');
    const seg = data!.segments[Number(i)]!;
    chip = (
      <EdgeLabelRenderer>
        <div
          data-testid={`token-${id}`}
          data-token-kind={seg.token.kind}
          aria-hidden
          className={`scn-token nodrag nopan pointer-events-none absolute top-0 left-0 flex items-center gap-1 rounded-full border-2 px-2 py-0.5 text-xs font-semibold whitespace-nowrap shadow-md ${TOKEN_CLASSES[seg.token.kind]}`}
          style={{ offsetPath: `path('${path}')`, offsetDistance: `${Number(at) * 100}%`, offsetRotate: '0deg', offsetAnchor: 'center' }}
        >
          <TokenGlyph kind={seg.token.kind} />
          {seg.token.label}
        </div>
      </EdgeLabelRenderer>
    );
  }
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={active ? 'scn-edge-active' : 'scn-edge'}
        style={active ? { strokeWidth: 3 } : { strokeWidth: 1.5, strokeDasharray: '4 5' }}
      />
      {chip}
    </>
  );
}

/** A connection between two actors; during its step a labelled token travels along it. */
export const TokenEdgeComponent = memo(TokenEdgeView);
