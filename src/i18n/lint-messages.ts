import {
  messageFormat,
  type Lint,
  type LintCode,
  type LintMessages,
  type LintOf,
  type MessageFormat,
} from '../journey/index.ts';
import type { Catalog, Locale } from './catalog.ts';

const formats = new Map<Locale, MessageFormat>();

/** One Intl.NumberFormat per language: a problems panel renders every lint on each change. */
function formatFor(locale: Locale): MessageFormat {
  let format = formats.get(locale);
  if (!format) {
    format = messageFormat(locale);
    formats.set(locale, format);
  }
  return format;
}

// Generic in the code, so the compiler pairs each message function with its own params.
function render<C extends LintCode>(messages: LintMessages, lint: LintOf<C>, format: MessageFormat): string {
  return messages[lint.code](lint.params, format);
}

/**
 * A lint in the UI's language, from its code and params; numbers as the locale writes them.
 * In English this is exactly `lint.message` (the catalog reuses the same functions).
 */
export function localizedLintMessage(lint: Lint, t: Catalog, locale: Locale): string {
  const messages: LintMessages = t.lints;
  return render(messages, lint, formatFor(locale));
}
