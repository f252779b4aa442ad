/**
 * Runs tasks one after another. The mock database reads, decides and writes across several awaits;
 * two requests interleaving there would both pass an If-Match check and one save would be lost.
 */
export function createSerializer() {
  let tail: Promise<unknown> = Promise.resolve();
  return function serialize<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    // The queue only needs to know when a task has finished; its failure is the caller's, via `run`.
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}
