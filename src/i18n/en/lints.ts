/**
 * The English lint messages are the very functions `Lint.message` is written with (the CLI and
 * the API show that text), so the English UI and the journey file's lints never word a finding
 * differently. Each takes the lint's params and a `MessageFormat` for numbers.
 */
export { lintMessages as lints } from '../../journey/lint/messages.ts';
