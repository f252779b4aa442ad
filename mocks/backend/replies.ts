import type { ErrorBody } from '../../src/api/contract.ts';

/** What a backend operation answers, before it becomes an HTTP response (kept HTTP-shaped on purpose). */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** a body sent as text as is (exports: the canonical JSON must reach the client byte for byte) */
  text?: string;
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

export const failure = (status: number, body: ErrorBody): Reply => ({ status, body });

export const notFound = (id: string): Reply =>
  failure(404, { code: 'not-found', message: `There is no journey "${id}".` });

export const deletedReply = (id: string): Reply =>
  failure(410, {
    code: 'deleted',
    message: `The journey "${id}" is in the trash; restore it first.`,
  });
