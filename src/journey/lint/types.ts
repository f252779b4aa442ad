import { z } from 'zod';
import { lintCodes, type LintCode } from './codes.ts';
import { lintParamsSchemas, type LintParams } from './params.ts';

/** A finding with a given code: its severity is the catalogue's, its params the code's own. */
export interface LintOf<C extends LintCode> {
  severity: (typeof lintCodes)[C];
  /** stable: tools and translations key on it (catalogue in codes.ts and docs/journey-format.md) */
  code: C;
  /** in English, for the CLI and the API; a UI words it from `code` and `params` */
  message: string;
  /** the values the message is built from (params.ts) */
  params: LintParams[C];
  nodeId?: string;
  edgeId?: string;
}

/** A finding about a schema-valid journey that a marketer should fix (error) or know (warning). */
export type Lint = { [C in LintCode]: LintOf<C> }[LintCode];

function lintVariant<C extends LintCode>(code: C) {
  return z.strictObject({
    severity: z.literal(lintCodes[code]),
    code: z.literal(code),
    message: z.string(),
    params: lintParamsSchemas[code],
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
  });
}

/** A lint as JSON carries it (API error bodies, CLI --json), checked code by code. */
export const LintSchema = z.discriminatedUnion('code', [
  lintVariant('no-trigger'),
  lintVariant('timezone-invalid'),
  lintVariant('frequency-cap-invalid'),
  lintVariant('quiet-hours-same-start-end'),
  lintVariant('goal-attribution-not-positive'),
  lintVariant('goal-attribution-long'),
  lintVariant('duplicate-node-id'),
  lintVariant('split-percent-sum'),
  lintVariant('duplicate-variant-id'),
  lintVariant('touch-template-blank'),
  lintVariant('offer-percent-over-100'),
  lintVariant('condition-no-rules'),
  lintVariant('rule-mismatch'),
  lintVariant('trigger-journey-fact'),
  lintVariant('unconnected-output'),
  lintVariant('unreachable-node'),
  lintVariant('cycle-without-wait'),
  lintVariant('loop-without-exit'),
  lintVariant('duplicate-edge-id'),
  lintVariant('edge-unknown-node'),
  lintVariant('edge-unknown-handle'),
  lintVariant('duplicate-output-edge'),
  lintVariant('edge-into-trigger'),
  lintVariant('self-loop'),
]) satisfies z.ZodType<Lint>;
