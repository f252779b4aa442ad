import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { fill } from '../i18n/fill.ts';
import { lintJourney, type NodeType } from '../journey/index.ts';
import type { Command, Point, Refusal } from '../journey/commands/index.ts';
import { Canvas } from './canvas/Canvas.tsx';
import type { CanvasView } from './canvas/flow-mapping.ts';
import type { CardNode, FlowEdge } from './canvas/flow-types.ts';
import { emptySelection, selectNodes, type Selection } from './canvas/selection.ts';
import { ShowCustomersContext } from './canvas/show-customers-context.ts';
import type { EditorProps } from './editor-props.ts';
import { canvasToPng } from './io/canvas-png.ts';
import { downloadUrl, errorText } from './io/download.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { ImportRefusedDialog } from './io/ImportRefusedDialog.tsx';
import { useJourneyIo, type Notice } from './io/use-journey-io.ts';
import { tidyUpPositions, type Size } from './layout/tidy-up.ts';
import { NoticeBar } from './NoticeBar.tsx';
import { Palette } from './palette/Palette.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { useClipboardSteps } from './use-clipboard-steps.ts';
import { useEditorShortcuts } from './use-editor-shortcuts.ts';
import { useInspectorHandlers } from './use-inspector-handlers.ts';
import { useJourneyDocument } from './use-journey-document.ts';

const NO_PATH: readonly string[] = [];
const NO_PROBLEMS: readonly never[] = [];
/** A new card is about this big; dropping centres it on the pointer. */
const NEW_CARD_HALF = { x: 110, y: 45 };

export function EditorWorkspace(props: EditorProps) {
  const { t } = useI18n();
  const words = t.editor;
  const { journey, execute, undo, redo, canUndo, canRedo } = useJourneyDocument(
    props.journey,
    props.onDocumentChange,
  );
  const flow = useReactFlow<CardNode, FlowEdge>();
  const canvasBox = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [selection, setSelection] = useState<Selection>(emptySelection);
  const [notice, setNotice] = useState<Notice | null>(null);

  const lints = useMemo(() => lintJourney(journey), [journey]);
  const simulation = props.simulation ?? null;
  const highlightedPath = props.highlightedPath ?? NO_PATH;
  const view = useMemo<CanvasView>(
    () => ({
      selectedNodes: selection.nodes,
      selectedEdges: selection.edges,
      lints,
      simulation,
      highlightedPath,
    }),
    [selection, lints, simulation, highlightedPath],
  );
  const selectedNodeIds = useMemo(
    () => journey.nodes.filter((node) => selection.nodes.has(node.id)).map((node) => node.id),
    [journey, selection],
  );

  const showRefusal = useCallback(
    (refusal: Refusal) => {
      const text = fill(words.refusals[refusal.code], { id: refusal.nodeId ?? '' });
      setNotice({ tone: 'error', text });
    },
    [words],
  );
  const run = useCallback(
    (command: Command, mergeKey?: string) => {
      const result = execute(command, mergeKey);
      if (!result.ok) showRefusal(result.refusal);
      return result;
    },
    [execute, showRefusal],
  );
  const select = useCallback((nodeIds: readonly string[]) => setSelection(selectNodes(nodeIds)), []);

  const viewCentre = useCallback((): Point => {
    const box = canvasBox.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    return { x: Math.round(centre.x - NEW_CARD_HALF.x), y: Math.round(centre.y - NEW_CARD_HALF.y) };
  }, [flow]);

  const addStep = useCallback(
    (type: NodeType) => {
      const label = words.nodeTypes[type];
      const after = selectedNodeIds.length === 1 ? selectedNodeIds[0] : undefined;
      const result = after
        ? run({ type: 'addNodeAfter', seed: { nodeType: type, label }, afterNodeId: after })
        : run({ type: 'addNode', seed: { nodeType: type, label, position: viewCentre() } });
      if (result.ok) select(result.created);
    },
    [words, selectedNodeIds, run, viewCentre, select],
  );
  const dropStep = useCallback(
    (type: NodeType, at: Point, edgeId: string | null) => {
      const seed = {
        nodeType: type,
        label: words.nodeTypes[type],
        position: { x: Math.round(at.x - NEW_CARD_HALF.x), y: Math.round(at.y - NEW_CARD_HALF.y) },
      };
      const result = edgeId ? run({ type: 'insertOnEdge', seed, edgeId }) : run({ type: 'addNode', seed });
      if (result.ok) select(result.created);
    },
    [words, run, select],
  );

  // once the imported steps are drawn and measured, bring them all into view
  const fitAfterImport = useCallback(() => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => void flow.fitView({ maxZoom: 1, duration: 200 })),
    );
  }, [flow]);
  const io = useJourneyIo(journey, run, setNotice, fitAfterImport);
  const clipboard = useClipboardSteps({
    journey,
    selectedNodeIds,
    execute: run,
    select,
    notify: setNotice,
    importText: io.importText,
    refuseImport: io.refuseImport,
    viewCentre,
  });
  useEditorShortcuts({ undo, redo, ...clipboard });

  const inspectorHandlers = useInspectorHandlers(journey, run);

  const tidyUp = useCallback(() => {
    const sizes = new Map<string, Size>();
    for (const node of flow.getNodes()) {
      if (node.measured?.width && node.measured.height) {
        sizes.set(node.id, { width: node.measured.width, height: node.measured.height });
      }
    }
    run({ type: 'tidyUp', positions: tidyUpPositions(journey, sizes) });
    // once the moved nodes are drawn, bring the whole journey into view
    requestAnimationFrame(() => void flow.fitView({ maxZoom: 1, duration: 200 }));
  }, [flow, journey, run]);

  const showNode = useCallback(
    (nodeId: string) => {
      select([nodeId]);
      const node = flow.getNode(nodeId);
      if (!node) return;
      const width = node.measured?.width ?? NEW_CARD_HALF.x * 2;
      const height = node.measured?.height ?? NEW_CARD_HALF.y * 2;
      void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
        zoom: Math.max(flow.getZoom(), 0.8),
        duration: 250,
      });
    },
    [flow, select],
  );

  const savePng = useCallback(async () => {
    const file = `${journey.id}.png`;
    try {
      if (!canvasBox.current) throw new Error('the canvas is not on screen');
      downloadUrl(file, await canvasToPng(canvasBox.current, flow.getNodes()));
      setNotice({ tone: 'info', text: fill(words.exportNotice.pngDone, { file }) });
    } catch (error) {
      setNotice({ tone: 'error', text: fill(words.exportNotice.pngFailed, { reason: errorText(error) }) });
    }
  }, [flow, journey.id, words]);

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still imports it
    if (file) void io.importFile(file);
  }
  const onDropFiles = useCallback(
    (files: FileList) => {
      const file = files[0];
      if (file) void io.importFile(file);
    },
    [io],
  );

  return (
    <ShowCustomersContext.Provider value={props.onShowCustomers ?? null}>
      <div className="jc-editor" role="region" aria-label={words.regionLabel}>
        <div className="jc-editor__toolbar">
          <Toolbar
            canUndo={canUndo}
            canRedo={canRedo}
            onUndo={undo}
            onRedo={redo}
            onTidyUp={tidyUp}
            onImport={() => fileInput.current?.click()}
            onExport={io.exportJourney}
            onCopyJson={() => void io.copyJson()}
            onSavePng={() => void savePng()}
            extras={props.toolbarExtras}
          />
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="jc-editor-sr"
            tabIndex={-1}
            aria-hidden="true"
            onChange={onFileChosen}
          />
        </div>
        <div className="jc-editor__palette">
          <Palette onAdd={addStep} />
        </div>
        <div className="jc-editor__canvas" ref={canvasBox}>
          <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
          <Canvas
            journey={journey}
            view={view}
            selection={selection}
            onSelectionChange={setSelection}
            execute={run}
            onRefusal={showRefusal}
            onDropStep={dropStep}
            onDropFiles={onDropFiles}
          />
        </div>
        <div className="jc-editor__side">
          <Inspector
            journey={journey}
            selectedNodeIds={selectedNodeIds}
            lints={lints}
            {...inspectorHandlers}
          />
          {props.sidePanel}
        </div>
        <div className="jc-editor__problems">
          <ProblemsPanel
            journey={journey}
            lints={lints}
            externalProblems={props.externalProblems ?? NO_PROBLEMS}
            onShowNode={showNode}
          />
        </div>
        {io.refusedImport && (
          <ImportRefusedDialog refused={io.refusedImport} onClose={io.closeRefusedImport} />
        )}
      </div>
    </ShowCustomersContext.Provider>
  );
}
