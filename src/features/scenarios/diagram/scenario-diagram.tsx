import '@xyflow/react/dist/style.css';
import { ReactFlow, ReactFlowProvider, useReactFlow, type ColorMode } from '@xyflow/react';
import { forwardRef, startTransition, useEffect, useMemo, useState } from 'react';
import type { ScenarioRun } from '@/scenarios';
import { ActorNodeComponent } from './actor-node';
import { project, type Orientation } from './projection';
import { TokenEdgeComponent } from './token-edge';

// Module-level constants: React Flow re-creates its internals when these objects change identity.
const NODE_TYPES = { actor: ActorNodeComponent };
const EDGE_TYPES = { token: TokenEdgeComponent };
const FIT = { padding: 0.08, maxZoom: 1.6 };

interface DiagramProps {
  run: ScenarioRun;
  stepIndex: number;
  colorMode: ColorMode;
  label: string;
}

/** Refits the whole diagram when its box changes size (React Flow does not do this by itself). */
function FitOnResize({ target, orientation }: { target: HTMLElement | null; orientation: Orientation }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (!target) return;
    let timer = 0;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void fitView(FIT), 60);
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [target, fitView]);
  useEffect(() => {
    void fitView(FIT);
  }, [orientation, fitView]);
  return null;
}

/**
 * The scenario diagram: actors as nodes, connections as edges, the current step's tokens travelling
 * along them. Read-only on purpose (no dragging, panning or zooming) so a presenter cannot knock it
 * askew; the transcript beside it is the accessible equivalent.
 */
export const ScenarioDiagram = forwardRef<HTMLDivElement, DiagramProps>(function ScenarioDiagram(
  { run, stepIndex, colorMode, label },
  ref,
) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  // Unknown until the box is measured: React Flow mounts once, in the right orientation, instead of
  // mounting horizontal and re-laying out vertical on a phone (twice the work while the page loads).
  const [orientation, setOrientation] = useState<Orientation | null>(null);

  useEffect(() => {
    if (!box) return;
    // The box's size comes from the observer, which reports it as soon as it observes, right after
    // the browser's own layout. Reading clientWidth here instead would force a layout of the whole
    // freshly inserted run view inside React's commit: one long task on a phone.
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      const next: Orientation = width < 560 && height > width ? 'vertical' : 'horizontal';
      // The first mount of React Flow is the page's biggest render: as a transition, React renders
      // it in slices of a few milliseconds instead of one long task (total blocking time on phones).
      startTransition(() => setOrientation(next));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [box]);

  const arrow = colorMode === 'dark' ? '#7dd3fc' : '#1e3a8a';
  const { nodes, edges } = useMemo(
    () => (orientation ? project(run, stepIndex, orientation, arrow) : { nodes: [], edges: [] }),
    [run, stepIndex, orientation, arrow],
  );

  return (
    <div
      ref={(el) => {
        setBox(el);
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      }}
      className="scn-diagram h-full w-full"
      data-orientation={orientation ?? undefined}
    >
      {orientation && (
        <ReactFlowProvider>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            colorMode={colorMode}
            fitView
            fitViewOptions={FIT}
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
            <FitOnResize target={box} orientation={orientation} />
          </ReactFlow>
        </ReactFlowProvider>
      )}
    </div>
  );
});
