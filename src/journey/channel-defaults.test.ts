import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelDefaults } from './channel-defaults.ts';
import { ChannelSchema } from '../primitives/domain.ts';

describe('channel defaults', () => {
  const documentation = readFileSync(new URL('../../docs/simulation.md', import.meta.url), 'utf8');
  const section = documentation.slice(documentation.indexOf('## Channel defaults'));

  it.each(ChannelSchema.options)(
    'docs/simulation.md states the figures of %s as the code has them',
    (channel) => {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${channel}\``));
      expect(row, `docs/simulation.md has no channel-defaults row for ${channel}`).toBeDefined();
      const [, , cost, delivery, click, conversion, why] = row!.split('|').map((cell) => cell.trim());
      const { costPerSend, rates } = channelDefaults[channel];
      expect([cost, delivery, click, conversion].map(Number)).toEqual([
        costPerSend,
        rates.delivery,
        rates.click,
        rates.conversion,
      ]);
      expect(why!.length, `the row for ${channel} says where its figures come from`).toBeGreaterThan(40);
    },
  );
});
