import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import {
  channelDefaults,
  channels,
  offerTypes,
  type Channel,
  type NodeOf,
  type Offer,
} from '../../../journey/index.ts';
import { DraftField, FieldGroup, SelectField } from '../controls.tsx';
import { numberText, parseNumber, sameText, useNodeEditor, type NodeChange } from '../use-node-editor.ts';

type OfferChoice = Offer['type'] | 'none';
const rateNames = ['delivery', 'click', 'conversion'] as const;

/** The value a new offer starts with, so that it parses and reads sensibly at once. */
const offerStart: Record<Offer['type'], number> = { percent_off: 10, amount_off: 20, points: 100, gift: 1 };

export function TouchForm({ node, onNodeChange }: { node: NodeOf<'touch'>; onNodeChange: NodeChange }) {
  const editor = useNodeEditor(node, onNodeChange);
  const { t } = useI18n();
  const words = t.inspector.touch;
  const config = editor.node.config;
  // Which channel's defaults were just filled in, said under the select; the form is remounted
  // for each selected step, so the note never outlives the step it was about.
  const [filledFor, setFilledFor] = useState<Channel | null>(null);

  const chooseChannel = (channel: Channel) => {
    const defaults = channelDefaults[channel];
    editor.set((draft) => {
      draft.config.channel = channel;
      draft.config.costPerSend = defaults.costPerSend;
      draft.config.rates = { ...defaults.rates };
    });
    setFilledFor(channel);
  };

  const chooseOffer = (choice: OfferChoice) =>
    editor.set((draft) => {
      if (choice === 'none') delete draft.config.offer;
      else if (draft.config.offer) draft.config.offer.type = choice;
      else draft.config.offer = { type: choice, value: offerStart[choice] };
    });

  return (
    <>
      <SelectField
        label={words.channel}
        value={config.channel}
        options={channels.map((channel) => ({ value: channel, label: t.summary.channels[channel] }))}
        onChange={chooseChannel}
        hint={filledFor === null ? words.channelHint : words.defaultsFilled(t.summary.channels[filledFor])}
      />
      <DraftField
        label={words.template}
        value={config.template}
        format={sameText}
        parse={sameText}
        commit={editor.field('config.template', (draft, value: string) => {
          draft.config.template = value;
        })}
      />
      <DraftField
        label={words.message}
        input="textarea"
        value={config.message ?? ''}
        format={sameText}
        parse={sameText}
        commit={editor.field('config.message', (draft, value: string) => {
          // an empty message is left out of the file rather than written as ""
          if (value === '') delete draft.config.message;
          else draft.config.message = value;
        })}
      />
      <FieldGroup legend={words.offer}>
        <SelectField<OfferChoice>
          label={words.offerType}
          value={config.offer?.type ?? 'none'}
          options={[
            { value: 'none', label: words.offerNone },
            ...offerTypes.map((type) => ({ value: type, label: words.offerTypes[type] })),
          ]}
          onChange={chooseOffer}
        />
        {config.offer ? (
          <>
            <DraftField
              label={words.offerValue}
              input="decimal"
              value={config.offer.value as number | undefined}
              format={numberText}
              parse={parseNumber}
              commit={editor.field('config.offer.value', (draft, value: number | undefined) => {
                if (draft.config.offer) draft.config.offer.value = value as number;
              })}
            />
            <DraftField
              label={words.validHours}
              input="decimal"
              value={config.offer.validHours}
              format={numberText}
              parse={parseNumber}
              commit={editor.field('config.offer.validHours', (draft, value: number | undefined) => {
                if (!draft.config.offer) return;
                if (value === undefined) delete draft.config.offer.validHours;
                else draft.config.offer.validHours = value;
              })}
            />
          </>
        ) : null}
      </FieldGroup>
      <DraftField
        label={words.costPerSend}
        input="decimal"
        value={config.costPerSend as number | undefined}
        format={numberText}
        parse={parseNumber}
        commit={editor.field('config.costPerSend', (draft, value: number | undefined) => {
          draft.config.costPerSend = value as number;
        })}
      />
      <FieldGroup legend={words.rates}>
        {rateNames.map((rate) => (
          <DraftField
            key={rate}
            label={words[rate]}
            input="decimal"
            value={config.rates[rate] as number | undefined}
            format={numberText}
            parse={parseNumber}
            commit={editor.field(`config.rates.${rate}`, (draft, value: number | undefined) => {
              draft.config.rates[rate] = value as number;
            })}
          />
        ))}
      </FieldGroup>
    </>
  );
}
