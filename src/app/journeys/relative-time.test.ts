import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time.ts';

const now = new Date('2026-11-23T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('picks the largest unit that fits, in English and Chinese', () => {
    expect(formatRelativeTime(ago(10), now, 'en')).toBe('now');
    expect(formatRelativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime(ago(24 * 3600), now, 'en')).toBe('yesterday');
    expect(formatRelativeTime(ago(15 * 24 * 3600), now, 'en')).toBe('2 weeks ago');
    expect(formatRelativeTime(ago(400 * 24 * 3600), now, 'en')).toBe('last year');
    expect(formatRelativeTime(ago(5 * 60), now, 'zh-CN')).toBe('5分钟前');
    expect(formatRelativeTime(ago(24 * 3600), now, 'zh-CN')).toBe('昨天');
  });
});
