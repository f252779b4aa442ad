import { ApiError } from '../../api/errors.ts';
import type { Journey, Problem } from '../../journey/index.ts';
import type { Catalog, Locale } from '../../i18n/catalog.ts';
import { localizedLintMessage } from '../../i18n/lint-messages.ts';

/**
 * A refused publish (422) as problems the editor lists beside its live lints: schema problems as
 * the server located them, lint errors in the user's language located on their node or edge by the
 * same JSON paths an import uses (`nodes[2]`), so the problems panel can select what they are about.
 */
export function serverProblemsOf(error: unknown, journey: Journey, t: Catalog, locale: Locale): Problem[] {
  if (!(error instanceof ApiError)) return [];
  const lints = error.lints.map((lint) => ({
    path: pathOf(journey, lint.nodeId, lint.edgeId),
    message: localizedLintMessage(lint, t, locale),
  }));
  return [...error.problems, ...lints];
}

function pathOf(journey: Journey, nodeId: string | undefined, edgeId: string | undefined): string {
  if (nodeId !== undefined) {
    const index = journey.nodes.findIndex((node) => node.id === nodeId);
    if (index >= 0) return `nodes[${index}]`;
  }
  if (edgeId !== undefined) {
    const index = journey.edges.findIndex((edge) => edge.id === edgeId);
    if (index >= 0) return `edges[${index}]`;
  }
  return '(file)';
}
