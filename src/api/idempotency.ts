/**
 * One Idempotency-Key per call of a mutation, kept across react-query's retries of that call (it
 * passes the same variables object each time): a retried create whose first answer was lost
 * gets that answer again instead of making a second journey.
 */
const keys = new WeakMap<object, string>();

export function idempotencyKeyFor(variables: object): string {
  let key = keys.get(variables);
  if (!key) {
    key = crypto.randomUUID();
    keys.set(variables, key);
  }
  return key;
}
