/**
 * Every lint code and its severity. Codes are stable: the CLI, CI scripts and the editor's problems
 * panel match on them, and docs/journey-format.md documents each one (a test keeps them in step).
 */
export const lintCodes = {
  'no-trigger': 'error',
  'timezone-invalid': 'error',
  'frequency-cap-invalid': 'error',
  'quiet-hours-same-start-end': 'error',
  'goal-attribution-not-positive': 'error',
  'goal-attribution-long': 'warning',
  'duplicate-node-id': 'error',
  'split-percent-sum': 'error',
  'duplicate-variant-id': 'error',
  'touch-template-blank': 'error',
  'offer-percent-over-100': 'error',
  'condition-no-rules': 'warning',
  'rule-mismatch': 'error',
  'trigger-journey-fact': 'warning',
  'unconnected-output': 'warning',
  'unreachable-node': 'warning',
  'cycle-without-wait': 'error',
  'loop-without-exit': 'warning',
  'duplicate-edge-id': 'error',
  'edge-unknown-node': 'error',
  'edge-unknown-handle': 'error',
  'duplicate-output-edge': 'error',
  'edge-into-trigger': 'error',
  'self-loop': 'error',
} as const satisfies Record<string, 'error' | 'warning'>;

export type LintCode = keyof typeof lintCodes;
