import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import type { EditorProps } from './editor-props.ts';
import { EditorWorkspace } from './EditorWorkspace.tsx';

/**
 * The canvas editor on one journey: palette, canvas, inspector, toolbar and problems. It owns the
 * live document from mount on and reports every change through `onDocumentChange`.
 */
export function Editor(props: EditorProps) {
  return (
    <ReactFlowProvider>
      <EditorWorkspace {...props} />
    </ReactFlowProvider>
  );
}
