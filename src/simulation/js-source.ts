/**
 * Helpers for the JavaScript the engine writes per journey (walk-source.ts): numbers are written
 * so that they read back as exactly the same double.
 */

/** A JS literal for `value` that evaluates to the identical double (String round-trips; -0 needs care). */
export function numberLiteral(value: number): string {
  if (Object.is(value, -0)) return '-0';
  // NaN and Infinity are the global names, which generated code never shadows
  return String(value);
}

/** functions by source: a re-run of an unchanged journey reuses the one V8 has already optimized */
const functions = new Map<string, unknown>();
const MAX_FUNCTIONS = 32;

/**
 * The function that `body` returns, made once per distinct body with `new Function`: the only
 * runtime code generation in the app (see walk-source.ts). A new function starts cold in V8's
 * interpreter and costs an optimizing compile, so the body must not depend on run data (pass that
 * through `this`), and the same body gives back the same, already optimized function.
 */
export function functionFromSource<T>(body: string): T {
  let made = functions.get(body) as T | undefined;
  if (made === undefined) {
    made = (new Function(body) as () => T)();
    if (functions.size >= MAX_FUNCTIONS) functions.delete(functions.keys().next().value!);
    functions.set(body, made);
  }
  return made;
}
