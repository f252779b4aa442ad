/** The MIME type a palette item carries while it is dragged onto the canvas. */
export const STEP_DRAG_TYPE = 'application/x-journey-canvas-step';

/**
 * The edge under a screen point, if any: React Flow draws a wide invisible interaction path along
 * every edge, so dropping "on the line" is forgiving.
 */
export function edgeIdAtPoint(clientX: number, clientY: number): string | null {
  if (typeof document.elementsFromPoint !== 'function') return null;
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    const edge = element.closest('.react-flow__edge');
    const id = edge?.getAttribute('data-id');
    if (id) return id;
  }
  return null;
}

/** The node card under a screen point, if any. */
export function nodeIdAtPoint(clientX: number, clientY: number): string | null {
  if (typeof document.elementsFromPoint !== 'function') return null;
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    const id = element.closest('.react-flow__node')?.getAttribute('data-id');
    if (id) return id;
  }
  return null;
}
