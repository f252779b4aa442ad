import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type OnConnect,
  type OnDelete,
  type OnNodeDrag,
  type ReactFlowState,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Journey, NodeType } from '../../journey/index.ts';
import { connectionRefusal, type Command, type Point, type Refusal } from '../../journey/commands/index.ts';
import { flowAriaLabels } from './flow-aria.ts';
import { edgeIdAtPoint, nodeIdAtPoint, STEP_DRAG_TYPE } from './drop-target.ts';
import { toFlowEdges, toFlowNodes, type CanvasView } from './flow-mapping.ts';
import type { CardNode, FlowEdge } from './flow-types.ts';
import { JourneyEdgeView } from './JourneyEdgeView.tsx';
import { JourneyNodeCard } from './JourneyNodeCard.tsx';
import { nodeKinds, paletteOrder } from './node-kinds.ts';
import { applySelectionChanges, type Selection } from './selection.ts';

// Module constants: React Flow warns (and re-creates renderers) when these objects change identity.
const nodeTypes = { journey: JourneyNodeCard };
const edgeTypes = { journey: JourneyEdgeView };
const deleteKeys = ['Delete', 'Backspace'];
const multiSelectKeys = ['Shift', 'Meta', 'Control'];
const minimapSize = { width: 150, height: 100 };
const fitOptions = { maxZoom: 1 };
/**
 * Beyond this many steps the minimap (which redraws every step on each drag frame) is left out and
 * only the steps in view are drawn, so dragging stays smooth.
 */
const LARGE_JOURNEY = 200;
/**
 * Below this zoom a card's words are a few pixels high and cannot be read: they are hidden (see
 * `.jc-canvas--far` in editor.css) and each card is drawn as its coloured outline, label and badge.
 */
const FAR_ZOOM = 0.4;
const isFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

interface CanvasProps {
  journey: Journey;
  view: CanvasView;
  selection: Selection;
  onSelectionChange(selection: Selection): void;
  execute(command: Command): void;
  onRefusal(refusal: Refusal): void;
  /** a palette step dropped at a flow position, possibly onto an edge */
  onDropStep(type: NodeType, position: Point, edgeId: string | null): void;
  onDropFiles(files: FileList): void;
}

function minimapColour(node: CardNode): string {
  return nodeKinds[node.data.node.type].colour;
}

/**
 * The React Flow view of the journey. It renders what the mapping derives from the document and
 * turns React Flow's events back into commands; drag positions, sizes and selection stay view state
 * until a drag ends (one moveNodes command, one undo step).
 */
export function Canvas(props: CanvasProps) {
  const { journey, view, selection, onSelectionChange, execute, onRefusal, onDropStep, onDropFiles } = props;
  const { t } = useI18n();
  const flow = useReactFlow<CardNode, FlowEdge>();
  const far = useStore(isFar);
  const ariaLabels = useMemo(() => flowAriaLabels(t.editor.flowAria), [t]);
  const [nodes, setNodes] = useState<CardNode[]>(() => toFlowNodes(journey, view, []));
  const [edges, setEdges] = useState<FlowEdge[]>(() => toFlowEdges(journey, view, []));

  // Layout effect: the document and the drawn nodes never disagree on screen for a frame.
  useLayoutEffect(() => {
    setNodes((previous) => toFlowNodes(journey, view, previous));
    setEdges((previous) => toFlowEdges(journey, view, previous));
  }, [journey, view]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      // removals come through onDelete as one command; selection is folded into `selection`
      const viewChanges = changes.filter(
        (change) => change.type === 'dimensions' || change.type === 'position',
      );
      if (viewChanges.length > 0) setNodes((previous) => applyNodeChanges(viewChanges, previous));
      const next = applySelectionChanges(selection, changes, []);
      if (next !== selection) onSelectionChange(next);
    },
    [selection, onSelectionChange],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const next = applySelectionChanges(selection, [], changes);
      if (next !== selection) onSelectionChange(next);
    },
    [selection, onSelectionChange],
  );

  const onNodeDragStop: OnNodeDrag<CardNode> = useCallback(
    (_event, _node, dragged) => {
      const positions: Record<string, Point> = {};
      for (const node of dragged) positions[node.id] = { x: node.position.x, y: node.position.y };
      execute({ type: 'moveNodes', positions });
    },
    [execute],
  );

  const isValidConnection: IsValidConnection<FlowEdge> = useCallback(
    (connection) =>
      connectionRefusal(journey, connection.source, connection.sourceHandle ?? '', connection.target) ===
      null,
    [journey],
  );
  const onConnect: OnConnect = useCallback(
    (connection) =>
      execute({
        type: 'connect',
        source: connection.source,
        sourceHandle: connection.sourceHandle ?? '',
        target: connection.target,
      }),
    [execute],
  );
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      // React Flow connects only onto a handle; a marketer drops onto the card, so a release over a
      // node connects there, and a refused target says why instead of silently doing nothing
      if (state.isValid === true || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const targetId = state.toNode?.id ?? (point ? nodeIdAtPoint(point.clientX, point.clientY) : null);
      if (!targetId) return;
      const source = state.fromNode.id;
      const sourceHandle = state.fromHandle?.id ?? '';
      const refusal = connectionRefusal(journey, source, sourceHandle, targetId);
      if (refusal) onRefusal(refusal);
      else execute({ type: 'connect', source, sourceHandle, target: targetId });
    },
    [journey, onRefusal, execute],
  );

  const onDelete: OnDelete<CardNode, FlowEdge> = useCallback(
    ({ nodes: removedNodes, edges: removedEdges }) =>
      execute({
        type: 'deleteSelection',
        nodeIds: removedNodes.map((node) => node.id),
        edgeIds: removedEdges.map((edge) => edge.id),
      }),
    [execute],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(STEP_DRAG_TYPE) || event.dataTransfer.types.includes('Files')) {
      event.preventDefault();
      event.dataTransfer.dropEffect = event.dataTransfer.types.includes('Files') ? 'copy' : 'move';
    }
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (event.dataTransfer.files.length > 0) {
        event.preventDefault();
        onDropFiles(event.dataTransfer.files);
        return;
      }
      const type = event.dataTransfer.getData(STEP_DRAG_TYPE);
      if (!(paletteOrder as readonly string[]).includes(type)) return;
      event.preventDefault();
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      onDropStep(type as NodeType, position, edgeIdAtPoint(event.clientX, event.clientY));
    },
    [flow, onDropFiles, onDropStep],
  );

  // A loaded journey is fitted into view by React Flow itself, in the same store update that records
  // the cards' measured sizes: fitting from an effect afterwards drew one frame at zoom 1 first, which
  // (with only visible elements drawn) unmounted and then re-mounted hundreds of cards. An empty
  // journey keeps the default view, so the first steps land exactly where they are dropped. Read
  // once: React Flow queues a new fit whenever this prop changes.
  const [fitOnLoad] = useState(() => journey.nodes.length > 0);

  return (
    <div className={far ? 'jc-canvas jc-canvas--far' : 'jc-canvas'} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<CardNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDelete={onDelete}
        deleteKeyCode={deleteKeys}
        multiSelectionKeyCode={multiSelectKeys}
        selectionKeyCode="Shift"
        aria-label={t.editor.canvasLabel}
        ariaLabelConfig={ariaLabels}
        fitView={fitOnLoad}
        fitViewOptions={fitOptions}
        minZoom={0.1}
        onlyRenderVisibleElements={journey.nodes.length > LARGE_JOURNEY}
        maxZoom={2}
      >
        <Background gap={20} />
        <Controls />
        {journey.nodes.length <= LARGE_JOURNEY && (
          <MiniMap<CardNode> nodeColor={minimapColour} pannable zoomable style={minimapSize} />
        )}
      </ReactFlow>
    </div>
  );
}
