import { describe, expect, it } from 'vitest';
import { outputHandles } from '../handles.ts';
import { lintJourney } from '../lint/index.ts';
import { parseJourney } from '../parse.ts';
import { serializeJourney } from '../canonical.ts';
import type { Journey } from '../schema.ts';
import { journeyTemplates, templateIds } from './index.ts';
import type { TemplateLocale } from './types.ts';

const locales: TemplateLocale[] = ['en', 'zh-CN'];

/** Everything about a journey except the words: ids, types, configs without text, edges, settings. */
function structureOf(journey: Journey) {
  return {
    id: journey.id,
    settings: journey.settings,
    nodes: journey.nodes.map((node) => {
      const { label: _label, ...rest } = node;
      if (rest.type === 'touch') return { ...rest, config: { ...rest.config, message: '' } };
      if (rest.type === 'split')
        return { ...rest, config: { variants: rest.config.variants.map((v) => ({ ...v, label: '' })) } };
      return rest;
    }),
    edges: journey.edges,
  };
}

describe('journey templates', () => {
  it('registers every template id once', () => {
    expect(journeyTemplates.map((template) => template.id).sort()).toEqual([...templateIds].sort());
  });

  describe.each(journeyTemplates.flatMap((template) => locales.map((locale) => ({ template, locale }))))(
    '$template.id ($locale)',
    ({ template, locale }) => {
      const journey = template.build(locale);

      it('parses with no problems', () => {
        const parsed = parseJourney(serializeJourney(journey));
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      });

      it('has no lint findings at all', () => {
        expect(lintJourney(journey)).toEqual([]);
      });

      it('is already in canonical form and round-trips byte-identically', () => {
        const text = serializeJourney(journey);
        expect(`${JSON.stringify(journey, null, 2)}\n`).toBe(text);
        const parsed = parseJourney(text);
        if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
        expect(serializeJourney(parsed.journey)).toBe(text);
      });

      it('connects every output and places no two nodes on the same spot', () => {
        const connected = new Set(journey.edges.map((e) => `${e.source}/${e.sourceHandle}`));
        for (const node of journey.nodes)
          for (const handle of outputHandles(node)) expect(connected).toContain(`${node.id}/${handle}`);
        const spots = journey.nodes.map((node) => `${node.position.x},${node.position.y}`);
        expect(new Set(spots).size).toBe(spots.length);
      });

      it('lays out top to bottom: every forward edge goes down the canvas', () => {
        const y = new Map(journey.nodes.map((node) => [node.id, node.position.y]));
        for (const e of journey.edges) expect(y.get(e.target)!).toBeGreaterThan(y.get(e.source)!);
      });

      it('uses the journey settings every playbook shares', () => {
        expect(journey.settings.timezone).toBe('Asia/Shanghai');
        expect(journey.settings.quietHours).toEqual({ start: '21:00', end: '09:00' });
        expect(journey.settings.frequencyCap).not.toBeNull();
        expect(journey.settings.goal?.event).toBe('purchase');
        expect(journey.settings.goal?.attributionDays).toBeGreaterThan(0);
      });
    },
  );

  it.each(journeyTemplates)('$id has the same structure in English and Chinese', (template) => {
    const english = template.build('en');
    const chinese = template.build('zh-CN');
    expect(structureOf(chinese)).toEqual(structureOf(english));
    expect(chinese.name).not.toBe(english.name);
    const englishLabels = english.nodes.map((node) => node.label);
    chinese.nodes.forEach((node, index) => {
      if (node.type !== 'exit') expect(node.label).not.toBe(englishLabels[index]);
    });
  });
});
