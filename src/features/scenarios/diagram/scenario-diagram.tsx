import '@xyflow/react/dist/style.css';
import { ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow, useStore, type ColorMode } from '@xyflow/react';
import { forwardRef, startTransition, useEffect, useMemo, useState } from 'react';
import type { ScenarioRun } from '@/scenarios';
import { ActorNodeComponent } from './actor-node';
import { layoutRun, type DiagramLayout, type DiagramMode } from './layout';
import { project } from './projection';
import { TokenEdgeComponent } from './token-edge';

// Module-level constants: React Flow re-creates its internals when these objects change identity.
const NODE_TYPES = { actor: ActorNodeComponent };
const EDGE_TYPES = { token: TokenEdgeComponent };
const FIT: Record<DiagramMode, { padding: number; maxZoom: number }> = {
  wide: { padding: 0.08, maxZoom: 1.6 },
  narrow: { padding: 0.05, maxZoom: 1 },
  presenter: { padding: 0.04, maxZoom: 1.6 },
};
/** Below this width the diagram becomes one column (phones). */
const NARROW_BELOW = 560;
/** The diagram's height on a wide page; narrow pages size it to its column, presenter mode to the screen. */
const WIDE_HEIGHT = 448;

interface DiagramProps {
  run: ScenarioRun;
  stepIndex: number;
  colorMode: ColorMode;
  label: string;
  /** Presenter mode: large type, laid out for the screen's aspect. */
  presenter?: boolean;
}

/** The box the diagram is drawn in, as measured: width, and for presenter mode the aspect. */
interface Box {
  width: number;
  aspect: number;
}

/** The layout mode for a box. */
function modeFor(box: Box, presenter: boolean): DiagramMode {
  if (presenter) return 'presenter';
  return box.width < NARROW_BELOW ? 'narrow' : 'wide';
}

/** Narrow diagrams are as tall as their column at zoom 1 (or less on a very small screen), so text keeps its size. */
function narrowHeight(layout: DiagramLayout, width: number): number {
  const zoom = Math.min(1, width / (layout.width * (1 + FIT.narrow.padding * 2)));
  return Math.ceil(layout.height * zoom * (1 + FIT.narrow.padding * 2) + 16);
}

/** Refits the whole diagram when its box changes size (React Flow does not do this by itself). */
function FitOnResize({ target, layout }: { target: HTMLElement | null; layout: DiagramLayout }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!target) return;
    let timer = 0;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void fitView(FIT[layout.mode]), 60);
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [target, fitView, layout.mode]);
  // A new layout (mode or aspect) refits, but only once React Flow knows its own size and the nodes:
  // fitting earlier computes the zoom for an empty box and leaves the diagram tiny.
  const initialized = useNodesInitialized();
  const sized = useStore((s) => s.width > 0 && s.height > 0);
  const ready = initialized && sized;
  useEffect(() => {
    if (ready) void fitView(FIT[layout.mode]);
  }, [ready, layout, fitView]);
  return null;
}

/**
 * The scenario diagram: actors as nodes, connections as edges, the current step's tokens travelling
 * along them. Read-only on purpose (no dragging, panning or zooming) so a presenter cannot knock it
 * askew; the transcript beside it is the accessible equivalent.
 */
export const ScenarioDiagram = forwardRef<HTMLDivElement, DiagramProps>(function ScenarioDiagram(
  { run, stepIndex, colorMode, label, presenter = false },
  ref,
) {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  // Unknown until the box is measured: React Flow mounts once, in the right layout, instead of
  // mounting wide and re-laying out as one column on a phone (twice the work while the page loads).
  const [box, setBox] = useState<Box | null>(null);

  useEffect(() => {
    if (!el) return;
    // The box's size comes from the observer, which reports it as soon as it observes, right after
    // the browser's own layout. Reading clientWidth here instead would force a layout of the whole
    // freshly inserted run view inside React's commit: one long task on a phone.
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      // The aspect is rounded so that small resizes refit the same layout instead of laying out again.
      const next = { width: Math.round(width), aspect: height > 0 ? Math.round((width / height) * 5) / 5 : 2 };
      // The first mount of React Flow is the page's biggest render: as a transition, React renders
      // it in slices of a few milliseconds instead of one long task (total blocking time on phones).
      startTransition(() => setBox((prev) => (prev && prev.width === next.width && prev.aspect === next.aspect ? prev : next)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);

  // Until the box is measured, the window's width stands in for it, so the diagram's first height is
  // already the right one for the mode (no layout shift when the measurement arrives).
  const [guess] = useState<Box>(() => ({ width: typeof window === 'undefined' ? 1024 : window.innerWidth - 34, aspect: 2 }));
  const sized = box ?? guess;
  const mode = modeFor(sized, presenter);
  const aspect = mode === 'presenter' ? sized.aspect : undefined;
  const layout = useMemo(() => layoutRun(run, mode, aspect), [run, mode, aspect]);
  const arrow = colorMode === 'dark' ? '#7dd3fc' : '#1e3a8a';
  const { nodes, edges } = useMemo(() => project(run, stepIndex, layout, arrow), [run, stepIndex, layout, arrow]);
  const height = presenter ? undefined : layout.mode === 'narrow' ? narrowHeight(layout, sized.width) : WIDE_HEIGHT;

  return (
    <div
      ref={(node) => {
        setEl(node);
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      className={`scn-diagram w-full ${presenter ? 'h-full' : ''}`}
      style={height ? { height } : undefined}
      data-mode={box ? mode : undefined}
    >
      {box && (
        <ReactFlowProvider>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            colorMode={colorMode}
            fitView
            fitViewOptions={FIT[layout.mode]}
            minZoom={0.2}
            maxZoom={2}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            panOnDrag={false}
            panOnScroll={false}
            zoomOnScroll={false}
            zoomOnPinch={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            disableKeyboardA11y
            aria-label={label}
          >
            <FitOnResize target={el} layout={layout} />
          </ReactFlow>
        </ReactFlowProvider>
      )}
    </div>
  );
});
