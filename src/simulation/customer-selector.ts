/**
 * Which customers a marketer asks about from a figure on the canvas ("Show customers"): those who
 * entered a node, took an edge, were suppressed or deferred at a touch, or are still waiting at a node.
 * Shared by the engine's customer selection, the worker protocol and the canvas.
 */
export type CustomerSelector =
  | { kind: 'node'; nodeId: string }
  | { kind: 'edge'; edgeId: string }
  | { kind: 'suppressed'; nodeId: string; reason: 'consent' | 'frequencyCap' }
  | { kind: 'failed'; nodeId: string }
  | { kind: 'deferred'; nodeId: string }
  | { kind: 'waiting'; nodeId: string };
