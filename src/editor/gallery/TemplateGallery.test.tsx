// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import { journeyTemplates } from '../../journey/templates/index.ts';
import { TemplateGallery, type TemplateGalleryProps } from './TemplateGallery.tsx';

afterEach(cleanup);

function renderGallery(props: Partial<TemplateGalleryProps> = {}, locale: Locale = 'en') {
  const handlers = { onChoose: vi.fn(), onBlank: vi.fn(), ...props };
  render(
    <I18nProvider locale={locale}>
      <TemplateGallery {...handlers} />
    </I18nProvider>,
  );
  return handlers;
}

describe('TemplateGallery', () => {
  it('shows a card per template plus the blank card, each with a preview', () => {
    renderGallery();
    const list = screen.getByRole('list', { name: 'Playbooks' });
    const cards = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(cards).toHaveLength(journeyTemplates.length + 1);
    expect(screen.getAllByRole('img', { name: /Preview of the journey/ })).toHaveLength(
      journeyTemplates.length,
    );
  });

  it('describes a playbook: title, expected use, suited cohort, the channels it uses', () => {
    renderGallery();
    const card = screen.getByRole('listitem', { name: 'Churn-risk recall with AI call' });
    expect(
      within(card).getByText('Keep valuable customers before they leave, with a person where it counts.'),
    ).toBeTruthy();
    expect(within(card).getByText('Cake shop')).toBeTruthy();
    const channelNames = within(card)
      .getAllByRole('listitem')
      .map((chip) => chip.textContent);
    expect(channelNames).toEqual(['SMS', 'WeChat', 'WeCom', 'AI call']);
  });

  it('draws the mini canvas from the journey: one block per node, one curve per edge', () => {
    renderGallery();
    const card = screen.getByRole('listitem', { name: 'Cart abandoned' });
    const journey = journeyTemplates.find((template) => template.id === 'cart-abandoned')!.build('en');
    const preview = within(card).getByRole('img');
    expect(preview.querySelectorAll('rect')).toHaveLength(journey.nodes.length);
    expect(preview.querySelectorAll('path')).toHaveLength(journey.edges.length);
    expect(preview.querySelectorAll('.gallery-preview__node--touch')).toHaveLength(
      journey.nodes.filter((node) => node.type === 'touch').length,
    );
  });

  it('chooses a template by its named button, with the mouse or the keyboard', async () => {
    const user = userEvent.setup();
    const { onChoose, onBlank } = renderGallery();
    await user.click(screen.getByRole('button', { name: 'Use playbook: Birthday double points' }));
    expect(onChoose).toHaveBeenLastCalledWith('birthday-double-points');

    screen.getByRole('button', { name: 'Use playbook: Cart abandoned' }).focus();
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenLastCalledWith('cart-abandoned');
    await user.tab();
    await user.keyboard(' ');
    expect(onChoose).toHaveBeenLastCalledWith('welcome-second-purchase');
    expect(onBlank).not.toHaveBeenCalled();
  });

  it('starts a blank journey', async () => {
    const user = userEvent.setup();
    const { onBlank, onChoose } = renderGallery();
    await user.click(screen.getByRole('button', { name: 'Start blank' }));
    expect(onBlank).toHaveBeenCalledOnce();
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('closes with its button or Escape only when it may be closed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderGallery({ onClose });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    screen.getByRole('button', { name: 'Start blank' }).focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    cleanup();
    renderGallery();
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
  });

  it('speaks Chinese, previews included', () => {
    renderGallery({}, 'zh-CN');
    expect(screen.getByRole('heading', { level: 2, name: '从营销剧本开始' })).toBeTruthy();
    const card = screen.getByRole('listitem', { name: '流失预警:AI 外呼召回' });
    expect(within(card).getByText('蛋糕店客户')).toBeTruthy();
    expect(within(card).getByText('AI 外呼')).toBeTruthy();
    expect(screen.getByRole('button', { name: '使用剧本:生日双倍积分' })).toBeTruthy();
    expect(screen.getAllByRole('img', { name: /旅程预览/ })).toHaveLength(journeyTemplates.length);
  });
});
