import { useMemo, type KeyboardEvent } from 'react';
import { journeyTemplates } from '../../journey/templates/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TemplateCard } from './TemplateCard.tsx';
import './gallery.css';

export interface TemplateGalleryProps {
  onChoose(templateId: string): void;
  onBlank(): void;
  /** when given, a close button is shown and Escape closes the gallery */
  onClose?(): void;
}

/** The playbook gallery: a blank-journey card and one card per template, in the current language. */
export function TemplateGallery({ onChoose, onBlank, onClose }: TemplateGalleryProps) {
  const { t, locale } = useI18n();
  const words = t.templates.gallery;
  const built = useMemo(
    () => journeyTemplates.map((template) => ({ template, journey: template.build(locale) })),
    [locale],
  );
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <section className="gallery" aria-labelledby="gallery-title" onKeyDown={closeOnEscape}>
      <header className="gallery__header">
        <div>
          <h2 id="gallery-title" className="gallery__title">
            {words.title}
          </h2>
          <p className="gallery__subtitle">{words.subtitle}</p>
        </div>
        {onClose && (
          <button type="button" className="gallery-button" onClick={onClose}>
            {words.close}
          </button>
        )}
      </header>
      <ul className="gallery__grid" aria-label={words.listLabel}>
        <li className="gallery-card gallery-card--blank" aria-labelledby="gallery-blank-title">
          <div className="gallery-card__body">
            <h3 id="gallery-blank-title" className="gallery-card__title">
              {words.blankTitle}
            </h3>
            <p className="gallery-card__description">{words.blankDescription}</p>
            <div className="gallery-card__footer">
              <button type="button" className="gallery-button" onClick={onBlank}>
                {words.blankAction}
              </button>
            </div>
          </div>
        </li>
        {built.map(({ template, journey }) => (
          <TemplateCard key={template.id} template={template} journey={journey} onChoose={onChoose} />
        ))}
      </ul>
    </section>
  );
}
