import type { CohortSummary } from '../../src/api/contract.ts';
import type { MockStore } from '../db/store.ts';
import type { BackendContext } from './records.ts';
import type { Reply } from './replies.ts';
import { createSerializer } from './serialize.ts';

export interface Backend {
  context: BackendContext;
  /** every operation goes through here, one at a time (see serialize.ts) */
  run(operation: (context: BackendContext) => Promise<Reply>): Promise<Reply>;
  /**
   * Like `run`, but a request repeated with the same Idempotency-Key gets the first answer again
   * instead of creating a second journey: a client may safely retry a POST whose answer it lost.
   */
  runOnce(key: string | null, operation: (context: BackendContext) => Promise<Reply>): Promise<Reply>;
  cohorts: () => CohortSummary[];
}

export interface BackendOptions {
  store: MockStore;
  cohorts: () => CohortSummary[];
  now?: () => Date;
  randomSuffix?: () => string;
}

const randomBase36 = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');

export function createBackend({ store, cohorts, now, randomSuffix }: BackendOptions): Backend {
  const context: BackendContext = {
    store,
    now: now ?? (() => new Date()),
    randomSuffix: randomSuffix ?? randomBase36,
  };
  const serialize = createSerializer();
  // Kept in memory only: a retry comes within seconds, not across a reload of the page.
  const answered = new Map<string, Reply>();
  return {
    context,
    cohorts,
    run: (operation) => serialize(() => operation(context)),
    runOnce: (key, operation) =>
      serialize(async () => {
        if (key === null) return operation(context);
        const earlier = answered.get(key);
        if (earlier) return earlier;
        const reply = await operation(context);
        if (reply.status < 500) answered.set(key, reply);
        return reply;
      }),
  };
}
