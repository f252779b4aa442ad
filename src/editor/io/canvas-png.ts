import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng } from 'html-to-image';

const PADDING = 0.1;
const MAX_SIDE = 4096;

/**
 * The whole journey (not just what is in view) drawn into a PNG data URL: the viewport element is
 * rendered with a transform that fits every node, as React Flow's "download image" example does.
 */
export async function canvasToPng(container: HTMLElement, nodes: readonly Node[]): Promise<string> {
  const viewport = container.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('the canvas is not on screen');
  const bounds = getNodesBounds([...nodes]);
  const width = Math.min(MAX_SIDE, Math.max(400, Math.ceil(bounds.width * 1.2)));
  const height = Math.min(MAX_SIDE, Math.max(300, Math.ceil(bounds.height * 1.2)));
  const view = getViewportForBounds(bounds, width, height, 0.1, 2, PADDING);
  // html-to-image is pinned to 1.11.11: later versions drop React Flow's edges (bubkoo/html-to-image#496)
  return toPng(viewport, {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
    },
  });
}
