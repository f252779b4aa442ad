import type { Journey } from '../../journey/index.ts';
import type { JourneyTemplate } from '../../journey/templates/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fillIn } from './fill-in.ts';
import { JourneyPreview } from './JourneyPreview.tsx';
import { journeyChannels } from './journey-channels.ts';

interface TemplateCardProps {
  template: JourneyTemplate;
  /** the template built in the current language */
  journey: Journey;
  onChoose(templateId: string): void;
}

export function TemplateCard({ template, journey, onChoose }: TemplateCardProps) {
  const { t } = useI18n();
  const words = t.templates.gallery;
  const text = t.templates.playbooks[template.id];
  const titleId = `template-${template.id}-title`;
  return (
    <li className="gallery-card" aria-labelledby={titleId}>
      <div className="gallery-card__preview">
        <JourneyPreview journey={journey} />
      </div>
      <div className="gallery-card__body">
        <p className="gallery-card__category">{t.templates.categories[template.category]}</p>
        <h3 id={titleId} className="gallery-card__title">
          {text.title}
        </h3>
        <p className="gallery-card__description">{text.description}</p>
        <dl className="gallery-card__facts">
          <div>
            <dt>{words.expectedUse}</dt>
            <dd>{text.expectedUse}</dd>
          </div>
          <div>
            <dt>{words.cohort}</dt>
            <dd>{t.templates.cohorts[template.cohortId]}</dd>
          </div>
          <div>
            <dt>{words.channels}</dt>
            <dd>
              <ul className="gallery-card__channels">
                {journeyChannels(journey).map((channel) => (
                  <li key={channel} className={`gallery-chip gallery-chip--${channel}`}>
                    {t.templates.channelNames[channel]}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
        <div className="gallery-card__footer">
          <span className="gallery-card__steps">{fillIn(words.steps, { count: journey.nodes.length })}</span>
          <button
            type="button"
            className="gallery-button gallery-button--primary"
            aria-label={fillIn(words.useActionFor, { title: text.title })}
            onClick={() => onChoose(template.id)}
          >
            {words.useAction}
          </button>
        </div>
      </div>
    </li>
  );
}
