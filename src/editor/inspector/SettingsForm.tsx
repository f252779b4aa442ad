import { produce, type Draft } from 'immer';
import { useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import {
  eventNames,
  JourneySchema,
  SettingsSchema,
  type Journey,
  type JourneySettings,
} from '../../journey/index.ts';
import { CheckboxField, DraftField, FieldGroup, SelectField } from './controls.tsx';
import { checkAgainst, type TextFormat } from './field-issue.ts';
import { numberText, parseNumber, sameText, useIssueText } from './use-node-editor.ts';

type Settings = JourneySettings;
export type SettingsChange = (recipe: (settings: Draft<Settings>) => void, mergeKey?: string) => void;
export type MetaChange = (recipe: (journey: Draft<Journey>) => void, mergeKey?: string) => void;

/** What a setting is turned on with, the first time (documented in docs/inspector.md). */
const startFrequencyCap = { maxTouches: 3, windowDays: 7 };
const startQuietHours = { start: '21:00', end: '09:00' };
const startGoal = { event: 'purchase', attributionDays: 7, exitOnGoal: true } as const;
const startCooldownDays = 30;

/** The IANA names this browser knows, offered while typing a timezone (none where Intl cannot list them). */
const timezoneNames: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

interface SettingsFormProps {
  journey: Journey;
  onSettingsChange: SettingsChange;
  onMetaChange: MetaChange;
}

/** Nothing selected: the journey's name and description, and its settings. */
export function SettingsForm({ journey, onSettingsChange, onMetaChange }: SettingsFormProps) {
  const { t } = useI18n();
  const words = t.inspector.journey;
  const issueText = useIssueText();
  const settings = journey.settings;
  // A setting turned off and on again comes back as it was, not at its start values.
  const lastOn = useRef({
    frequencyCap: settings.frequencyCap ?? startFrequencyCap,
    quietHours: settings.quietHours ?? startQuietHours,
    goal: settings.goal ?? startGoal,
  });
  if (settings.frequencyCap) lastOn.current.frequencyCap = settings.frequencyCap;
  if (settings.quietHours) lastOn.current.quietHours = settings.quietHours;
  if (settings.goal) lastOn.current.goal = settings.goal;

  /** A commit function for a typed setting, checked against the settings schema at `path`. */
  const field =
    <T,>(path: string, apply: (draft: Draft<Settings>, value: T) => void, format: TextFormat | null = null) =>
    (value: T) => {
      const recipe = (draft: Draft<Settings>) => apply(draft, value);
      const issue = checkAgainst(SettingsSchema, produce(settings, recipe), path.split('.'), format);
      if (issue) return issueText(issue);
      onSettingsChange(recipe, `settings:${path}`);
      return null;
    };
  const metaField = (key: 'name' | 'description') => (value: string) => {
    const issue = checkAgainst(JourneySchema.shape[key], value, []);
    if (issue) return issueText(issue);
    onMetaChange((draft) => {
      // an empty description is left out of the file rather than written as ""
      if (key === 'description' && value === '') delete draft.description;
      else draft[key] = value;
    }, `meta:${key}`);
    return null;
  };
  const numberField = (
    label: string,
    value: number | undefined,
    commit: (value: number | undefined) => string | null,
  ) => (
    <DraftField
      label={label}
      input="decimal"
      value={value}
      format={numberText}
      parse={parseNumber}
      commit={commit}
    />
  );

  return (
    <section className="insp-section" aria-labelledby="inspector-journey">
      <h2 className="insp-heading" id="inspector-journey">
        {words.heading}
      </h2>
      <DraftField
        label={words.name}
        value={journey.name}
        format={sameText}
        parse={sameText}
        commit={metaField('name')}
      />
      <DraftField
        label={words.description}
        input="textarea"
        value={journey.description ?? ''}
        format={sameText}
        parse={sameText}
        commit={metaField('description')}
      />
      <h3 className="insp-subheading">{words.settings}</h3>
      <DraftField
        label={words.timezone}
        hint={words.timezoneHint}
        suggestions={timezoneNames}
        value={settings.timezone}
        format={sameText}
        parse={(text) => text.trim()}
        commit={field('timezone', (draft, value: string) => {
          draft.timezone = value;
        })}
      />
      <FieldGroup legend={words.reentry}>
        <SelectField
          label={words.reentryQuestion}
          value={settings.reentry.mode}
          options={[
            { value: 'once', label: words.reentryOnce },
            { value: 'after-exit', label: words.reentryAfterExit },
          ]}
          onChange={(mode) =>
            onSettingsChange((draft) => {
              draft.reentry = mode === 'once' ? { mode } : { mode, cooldownDays: startCooldownDays };
            })
          }
        />
        {settings.reentry.mode === 'after-exit'
          ? numberField(
              words.cooldownDays,
              settings.reentry.cooldownDays,
              field('reentry.cooldownDays', (draft, value: number | undefined) => {
                if (draft.reentry.mode === 'after-exit') draft.reentry.cooldownDays = value as number;
              }),
            )
          : null}
      </FieldGroup>
      <FieldGroup legend={words.frequencyCap}>
        <CheckboxField
          label={words.frequencyCapOn}
          checked={settings.frequencyCap !== null}
          onChange={(on) =>
            onSettingsChange((draft) => {
              draft.frequencyCap = on ? { ...lastOn.current.frequencyCap } : null;
            })
          }
        />
        {settings.frequencyCap ? (
          <div className="insp-row">
            {numberField(
              words.maxTouches,
              settings.frequencyCap.maxTouches,
              field('frequencyCap.maxTouches', (draft, value: number | undefined) => {
                if (draft.frequencyCap) draft.frequencyCap.maxTouches = value as number;
              }),
            )}
            {numberField(
              words.windowDays,
              settings.frequencyCap.windowDays,
              field('frequencyCap.windowDays', (draft, value: number | undefined) => {
                if (draft.frequencyCap) draft.frequencyCap.windowDays = value as number;
              }),
            )}
          </div>
        ) : null}
      </FieldGroup>
      <FieldGroup legend={words.quietHours}>
        <CheckboxField
          label={words.quietHoursOn}
          checked={settings.quietHours !== null}
          onChange={(on) =>
            onSettingsChange((draft) => {
              draft.quietHours = on ? { ...lastOn.current.quietHours } : null;
            })
          }
        />
        <p className="insp-field__hint">{words.quietHoursHint}</p>
        {settings.quietHours ? (
          <div className="insp-row">
            {(['start', 'end'] as const).map((end) => (
              <DraftField
                key={end}
                label={end === 'start' ? words.quietStart : words.quietEnd}
                input="time"
                value={settings.quietHours?.[end] ?? ''}
                format={sameText}
                parse={sameText}
                commit={field(
                  `quietHours.${end}`,
                  (draft, value: string) => {
                    if (draft.quietHours) draft.quietHours[end] = value;
                  },
                  'time',
                )}
              />
            ))}
          </div>
        ) : null}
      </FieldGroup>
      <FieldGroup legend={words.goal}>
        <CheckboxField
          label={words.goalOn}
          checked={settings.goal !== null}
          onChange={(on) =>
            onSettingsChange((draft) => {
              draft.goal = on ? { ...lastOn.current.goal } : null;
            })
          }
        />
        {settings.goal ? (
          <>
            <SelectField
              label={words.goalEvent}
              value={settings.goal.event}
              options={eventNames.map((event) => ({ value: event, label: t.summary.events[event] }))}
              onChange={(event) =>
                onSettingsChange((draft) => {
                  if (draft.goal) draft.goal.event = event;
                })
              }
            />
            {numberField(
              words.attributionDays,
              settings.goal.attributionDays,
              field('goal.attributionDays', (draft, value: number | undefined) => {
                if (draft.goal) draft.goal.attributionDays = value as number;
              }),
            )}
            <CheckboxField
              label={words.exitOnGoal}
              checked={settings.goal.exitOnGoal}
              onChange={(on) =>
                onSettingsChange((draft) => {
                  if (draft.goal) draft.goal.exitOnGoal = on;
                })
              }
            />
          </>
        ) : null}
      </FieldGroup>
      <DraftField
        label={words.holdoutPercent}
        hint={words.holdoutHint}
        input="decimal"
        value={settings.holdoutPercent as number | undefined}
        format={numberText}
        parse={parseNumber}
        commit={field('holdoutPercent', (draft, value: number | undefined) => {
          draft.holdoutPercent = value as number;
        })}
      />
    </section>
  );
}
