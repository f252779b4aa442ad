import type { Edge, Node } from '@xyflow/react';
import type { JourneyNode } from '../../journey/index.ts';
import type { SimulationResult } from '../../simulation/result.ts';

/** Simulation figures drawn on one node (view state, from the last run). */
export interface NodeOverlay {
  counts: SimulationResult['nodes'][string] | undefined;
  touches: SimulationResult['touches'][string] | undefined;
  stale: boolean;
}

/** What a node card needs: the document node and view facts about it. */
export interface CardData extends Record<string, unknown> {
  node: JourneyNode;
  errors: number;
  warnings: number;
  /** on the highlighted path of a customer trace */
  highlighted: boolean;
  overlay: NodeOverlay | null;
}
export type CardNode = Node<CardData, 'journey'>;

export interface FlowEdgeData extends Record<string, unknown> {
  /** customers who took this edge in the last simulation */
  count: number | null;
  /** the largest edge count of the run, to scale the stroke */
  maxCount: number;
  stale: boolean;
  highlighted: boolean;
}
export type FlowEdge = Edge<FlowEdgeData, 'journey'>;
