import { useCreateJourney } from '../../api/create-journey.ts';
import { findJourneyTemplate } from '../../journey/templates/index.ts';
import { rememberPreferredCohort } from '../editor-route/preferred-cohort.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/**
 * Creates a journey from a playbook, built in the user's language, and remembers the sample cohort
 * the playbook suits so the simulate panel opens on it. Resolves with the new journey's id.
 */
export function useTemplateJourney(): { create(templateId: string): Promise<string>; busy: boolean } {
  const { locale } = useI18n();
  const mutation = useCreateJourney();
  const create = async (templateId: string) => {
    const template = findJourneyTemplate(templateId);
    if (!template) throw new Error(`There is no playbook "${templateId}".`);
    const created = await mutation.mutateAsync({
      source: 'template',
      templateId,
      journey: template.build(locale),
    });
    rememberPreferredCohort(created.id, template.cohortId);
    return created.id;
  };
  return { create, busy: mutation.isPending };
}
