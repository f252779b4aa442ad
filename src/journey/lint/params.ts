/**
 * The values each lint's message is built from, one schema per code. They travel with the lint
 * (CLI `--json`, API error bodies) so that any UI can word the finding in its own language
 * instead of translating the English sentence.
 */
import { z } from 'zod';
import { FilterFieldSchema, FilterOpSchema } from '../filter.ts';
import { nodeTypes } from '../nodes.ts';
import type { FieldKind } from '../../cohort/fields.ts';
import type { LintCode } from './codes.ts';

/** A node as a message names it: by label, or by type and id when unlabelled. */
export const NodeRefSchema = z.strictObject({
  id: z.string(),
  /** null: no node has this id (a connection pointing nowhere) */
  type: z.enum(nodeTypes).nullable(),
  label: z.string(),
});
export type NodeRef = z.infer<typeof NodeRefSchema>;

/** An output of a node: split outputs are known to marketers by their variant's label. */
export const HandleRefSchema = z.strictObject({
  id: z.string(),
  /** the split variant's label, or null for other outputs ("yes", "no", "out", …) */
  variant: z.string().nullable(),
});
export type HandleRef = z.infer<typeof HandleRefSchema>;

export const EdgeRefSchema = z.strictObject({ id: z.string(), source: NodeRefSchema, target: NodeRefSchema });
export type EdgeRef = z.infer<typeof EdgeRefSchema>;

export const fieldKinds = [
  'number',
  'boolean',
  'enum',
  'text',
  'tags',
  'monthDay',
  'date',
] as const satisfies readonly FieldKind[];

/** What is wrong with one filter rule; `value` is the offending value written as JSON. */
export const RuleProblemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('operator'),
    field: FilterFieldSchema,
    op: FilterOpSchema,
    fieldKind: z.enum(fieldKinds),
    allowed: z.array(FilterOpSchema),
  }),
  z.strictObject({
    kind: z.literal('not-a-list'),
    field: FilterFieldSchema,
    op: FilterOpSchema,
    value: z.string(),
  }),
  z.strictObject({ kind: z.literal('empty-list'), field: FilterFieldSchema, op: FilterOpSchema }),
  z.strictObject({
    kind: z.literal('list-not-allowed'),
    field: FilterFieldSchema,
    op: FilterOpSchema,
    /** whether "in"/"notIn" apply to the field, so the message can point to them */
    listOperators: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('wrong-value'),
    field: FilterFieldSchema,
    fieldKind: z.enum(['number', 'boolean', 'text', 'tags', 'monthDay', 'date']),
    value: z.string(),
  }),
  z.strictObject({
    kind: z.literal('out-of-range'),
    field: FilterFieldSchema,
    value: z.number(),
    min: z.number().nullable(),
    max: z.number().nullable(),
  }),
  z.strictObject({
    kind: z.literal('not-a-choice'),
    field: FilterFieldSchema,
    value: z.string(),
    choices: z.array(z.string()),
  }),
]);
export type RuleProblem = z.infer<typeof RuleProblemSchema>;

const node = NodeRefSchema;
const edge = EdgeRefSchema;
/** 1-based, as the filter builder numbers rules */
const ruleNumber = z.int().min(1);

export const lintParamsSchemas = {
  'no-trigger': z.strictObject({}),
  'timezone-invalid': z.strictObject({
    timezone: z.string(),
    /** what the runtime said, when it failed for another reason than an unknown name */
    reason: z.string().nullable(),
  }),
  'frequency-cap-invalid': z.discriminatedUnion('problem', [
    z.strictObject({ problem: z.literal('max-touches'), maxTouches: z.number() }),
    z.strictObject({ problem: z.literal('window-days'), windowDays: z.number(), longest: z.number() }),
  ]),
  'quiet-hours-same-start-end': z.strictObject({ time: z.string() }),
  'goal-attribution-not-positive': z.strictObject({ days: z.number() }),
  'goal-attribution-long': z.strictObject({ days: z.number(), longest: z.number() }),
  'duplicate-node-id': z.strictObject({ node }),
  'split-percent-sum': z.strictObject({ node, sum: z.number() }),
  'duplicate-variant-id': z.strictObject({ node, variantId: z.string(), variantLabel: z.string() }),
  'touch-template-blank': z.strictObject({ node }),
  'offer-percent-over-100': z.strictObject({ node, percent: z.number() }),
  'condition-no-rules': z.strictObject({ node, match: z.enum(['all', 'any']) }),
  'rule-mismatch': z.strictObject({ node, rule: ruleNumber, problem: RuleProblemSchema }),
  'trigger-journey-fact': z.strictObject({ node, rule: ruleNumber, field: FilterFieldSchema }),
  'unconnected-output': z.strictObject({ node, handle: HandleRefSchema }),
  'unreachable-node': z.strictObject({ node }),
  'cycle-without-wait': z.strictObject({ nodes: z.array(node).min(1) }),
  'loop-without-exit': z.strictObject({ nodes: z.array(node).min(1) }),
  'duplicate-edge-id': z.strictObject({ edge }),
  'edge-unknown-node': z.strictObject({
    edgeId: z.string(),
    end: z.enum(['source', 'target']),
    nodeId: z.string(),
  }),
  'edge-unknown-handle': z.strictObject({
    edge,
    handle: z.string(),
    node,
    /** the outputs the node does have */
    outputs: z.array(HandleRefSchema),
  }),
  'duplicate-output-edge': z.strictObject({
    node,
    handle: HandleRefSchema,
    firstEdgeId: z.string(),
    edgeId: z.string(),
  }),
  'edge-into-trigger': z.strictObject({ edge }),
  'self-loop': z.strictObject({ edgeId: z.string(), node }),
} as const satisfies Record<LintCode, z.ZodType>;

export type LintParams = { [C in LintCode]: z.infer<(typeof lintParamsSchemas)[C]> };
