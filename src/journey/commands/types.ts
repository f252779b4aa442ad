import type { Draft, Patch } from 'immer';
import type { JourneyNode, NodeType } from '../nodes.ts';
import type { Journey, JourneyEdge, JourneySettings } from '../schema.ts';
import type { Point } from './new-node.ts';

/** The fields of a journey that describe it rather than its graph or its settings. */
export type JourneyMeta = Pick<Journey, 'id' | 'name' | 'description'>;

/** What a new node starts as: its type, a label in the user's language and where it lands. */
export interface NodeSeed {
  nodeType: NodeType;
  label: string;
  position: Point;
}

/** Every way the document may change. The canvas, the inspector and the keyboard all speak these. */
export type Command =
  | { type: 'addNode'; seed: NodeSeed }
  /** placed below `afterNodeId` and connected from its first free output (if it has one) */
  | { type: 'addNodeAfter'; seed: Omit<NodeSeed, 'position'>; afterNodeId: string }
  /** the edge's source → new node → the edge's target */
  | { type: 'insertOnEdge'; seed: NodeSeed; edgeId: string }
  /** one edge per output: connecting a used output replaces its edge */
  | { type: 'connect'; source: string; sourceHandle: string; target: string }
  | { type: 'disconnect'; edgeIds: readonly string[] }
  | { type: 'moveNodes'; positions: Readonly<Record<string, Point>> }
  /** removes the nodes, every edge touching them, and the edges listed */
  | { type: 'deleteSelection'; nodeIds: readonly string[]; edgeIds: readonly string[] }
  | { type: 'duplicate'; nodeIds: readonly string[]; offset: Point }
  /** nodes and edges from a clipboard, given fresh ids; edges leaving the pasted set are dropped */
  | { type: 'paste'; nodes: readonly JourneyNode[]; edges: readonly JourneyEdge[]; offset: Point }
  | { type: 'updateNode'; nodeId: string; recipe: (node: Draft<JourneyNode>) => void }
  | { type: 'updateSettings'; recipe: (settings: Draft<JourneySettings>) => void }
  | { type: 'updateMeta'; recipe: (meta: Draft<JourneyMeta>) => void }
  /** positions computed by an auto-layout */
  | { type: 'tidyUp'; positions: Readonly<Record<string, Point>> }
  /** an imported journey takes the open one's place (undoable) */
  | { type: 'replaceAll'; journey: Journey };

/** Why a command was refused; the editor words it in the user's language. */
export type RefusalCode =
  'unknown-node' | 'unknown-edge' | 'unknown-output' | 'into-trigger' | 'into-itself' | 'duplicate-node-id';

export interface Refusal {
  code: RefusalCode;
  nodeId?: string;
}

export type CommandResult =
  | {
      ok: true;
      journey: Journey;
      patches: Patch[];
      inversePatches: Patch[];
      /** ids of nodes the command created, for the editor to select */
      created: string[];
    }
  | { ok: false; refusal: Refusal };
