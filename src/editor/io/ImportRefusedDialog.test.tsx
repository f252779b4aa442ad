// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import { parseJourney } from '../../journey/index.ts';
import { validJourney } from '../../journey/problem-corpus.test-support.ts';
import { ImportRefusedDialog } from './ImportRefusedDialog.tsx';

afterEach(cleanup);

/** A file with three problems: a timezone left empty, a split of one variant, an unknown channel. */
function refusedProblems() {
  const journey = validJourney() as {
    settings: { timezone: string };
    nodes: { config: Record<string, unknown> }[];
  };
  journey.settings.timezone = '';
  journey.nodes[5]!.config.channel = 'fax';
  journey.nodes[7]!.config.variants = [{ id: 'a', label: 'A', percent: 100 }];
  const parsed = parseJourney(journey);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problems;
}

function renderDialog(locale: Locale, onClose = vi.fn()) {
  render(
    <I18nProvider locale={locale}>
      <ImportRefusedDialog
        refused={{ source: 'bad.journey.json', problems: refusedProblems() }}
        onClose={onClose}
      />
    </I18nProvider>,
  );
  const dialog = screen.getByRole('dialog');
  const items = within(dialog)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  return { dialog, items, onClose };
}

describe('ImportRefusedDialog', () => {
  it('in Chinese, lists every problem in Chinese after its path', async () => {
    const { dialog, items, onClose } = renderDialog('zh-CN');
    expect(within(dialog).getByRole('heading').textContent).toBe('无法导入此文件');
    expect(dialog.textContent).toContain(
      'bad.journey.json 未导入，当前旅程没有改动。请修正以下 3 个问题后重试',
    );
    expect(items).toEqual([
      'settings.timezone 必须填写时区，例如 Asia/Shanghai。',
      'nodes[5].config.channel 必须是以下之一："sms"、"email"、"push"、"wechat"、"wecom"、"ai_call"。',
      'nodes[7].config.variants 分流至少需要 2 个分支。',
    ]);
    // the path stays code, as written in the file
    expect(dialog.querySelectorAll('li > code')[2]?.textContent).toBe('nodes[7].config.variants');
    await userEvent.setup().click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('in English, shows the parser’s own words', () => {
    const { items } = renderDialog('en');
    expect(items).toEqual([
      'settings.timezone must name a timezone, e.g. Asia/Shanghai',
      'nodes[5].config.channel must be one of "sms", "email", "push", "wechat", "wecom", "ai_call"',
      'nodes[7].config.variants a split needs at least 2 variants',
    ]);
  });
});
