import type { CliIo } from './io.ts';

/** An in-memory CliIo for tests: `files` are the readable paths, anything else is missing (ENOENT). */
export function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) =>
      Object.hasOwn(files, path)
        ? Promise.resolve(files[path]!)
        : Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
