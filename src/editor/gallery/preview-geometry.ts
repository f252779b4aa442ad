import type { Journey, NodeType } from '../../journey/index.ts';

/** Size of a node card in journey coordinates, as the canvas draws it (position = top-left corner). */
export const PREVIEW_NODE_WIDTH = 200;
export const PREVIEW_NODE_HEIGHT = 64;
const PADDING = 24;

export interface PreviewNode {
  id: string;
  type: NodeType;
  x: number;
  y: number;
}

export interface PreviewGeometry {
  viewBox: string;
  nodes: PreviewNode[];
  /** SVG path data, one curve per edge whose both ends exist */
  edgePaths: { id: string; d: string }[];
}

/**
 * A still drawing of a journey from its saved positions: no React Flow, no measuring. Edges run
 * from the bottom of their source to the top of their target, as on the top-to-bottom canvas.
 */
export function previewGeometry(journey: Journey): PreviewGeometry {
  const nodes = journey.nodes.map((node) => ({
    id: node.id,
    type: node.type,
    x: node.position.x,
    y: node.position.y,
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edgePaths = journey.edges.flatMap((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) return [];
    const x1 = source.x + PREVIEW_NODE_WIDTH / 2;
    const y1 = source.y + PREVIEW_NODE_HEIGHT;
    const x2 = target.x + PREVIEW_NODE_WIDTH / 2;
    const y2 = target.y;
    const bend = Math.max(40, Math.abs(y2 - y1) / 2);
    return [{ id: edge.id, d: `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}` }];
  });
  if (nodes.length === 0)
    return { viewBox: `0 0 ${PREVIEW_NODE_WIDTH} ${PREVIEW_NODE_HEIGHT}`, nodes, edgePaths };
  const left = Math.min(...nodes.map((node) => node.x)) - PADDING;
  const top = Math.min(...nodes.map((node) => node.y)) - PADDING;
  const right = Math.max(...nodes.map((node) => node.x)) + PREVIEW_NODE_WIDTH + PADDING;
  const bottom = Math.max(...nodes.map((node) => node.y)) + PREVIEW_NODE_HEIGHT + PADDING;
  return { viewBox: `${left} ${top} ${right - left} ${bottom - top}`, nodes, edgePaths };
}
