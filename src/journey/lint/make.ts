import { lintCodes, type LintCode } from './codes.ts';
import { englishFormat } from './format.ts';
import { lintMessages } from './messages.ts';
import type { LintParams } from './params.ts';
import type { LintOf } from './types.ts';

/**
 * A lint with the catalogue's severity and its English message written from the same params the
 * UI translates, so the two cannot disagree.
 */
export function makeLint<C extends LintCode>(
  code: C,
  params: LintParams[C],
  place: { nodeId?: string; edgeId?: string } = {},
): LintOf<C> {
  const message = lintMessages[code](params, englishFormat);
  return { severity: lintCodes[code], code, message, params, ...place };
}
