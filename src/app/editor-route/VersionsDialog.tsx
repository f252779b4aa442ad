import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { VersionSummary } from '../../api/contract.ts';
import { exportVersion } from '../../api/export-version.ts';
import { versionsQueryOptions } from '../../api/list-versions.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { apiErrorReason } from '../journeys/api-error-text.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { fill } from '../../i18n/fill.ts';
import { downloadText } from './download.ts';
import { formatClockTime } from './format-time.ts';

interface VersionsDialogProps {
  journeyId: string;
  /** makes version `n` the draft; resolves once the editor shows it */
  onRestore(version: number): Promise<void>;
  onClose(): void;
}

/** The published versions, newest first: restore one as the draft, or download it as published. */
export function VersionsDialog({ journeyId, onRestore, onClose }: VersionsDialogProps) {
  const { t } = useI18n();
  const words = t.route.versions;
  const versions = useQuery(versionsQueryOptions(journeyId));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (action: () => Promise<void>, what: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      console.error(`${what} failed`, error);
      setFailure(fill(words.failed, { reason: apiErrorReason(error, t.api.errors) }));
    } finally {
      setBusy(false);
    }
  };
  const download = (version: number) =>
    run(async () => {
      const file = await exportVersion({ id: journeyId, version });
      downloadText(file.text, file.fileName);
    }, `Downloading version ${version}`);

  let body;
  if (versions.isPending) body = <p>{words.loading}</p>;
  else if (versions.isError)
    body = (
      <p role="alert">{fill(words.loadFailed, { reason: apiErrorReason(versions.error, t.api.errors) })}</p>
    );
  else if (versions.data.length === 0) body = <p>{words.empty}</p>;
  else
    body = (
      <ul className="jc-versions">
        {versions.data.map((version) => (
          <VersionItem
            key={version.version}
            version={version}
            busy={busy}
            onRestore={() => run(() => onRestore(version.version), `Restoring version ${version.version}`)}
            onDownload={() => download(version.version)}
          />
        ))}
      </ul>
    );

  return (
    <Dialog title={words.title} onClose={onClose}>
      {body}
      {failure && <p role="alert">{failure}</p>}
      <div className="jc-dialog__actions">
        <button type="button" onClick={onClose}>
          {words.close}
        </button>
      </div>
    </Dialog>
  );
}

interface VersionItemProps {
  version: VersionSummary;
  busy: boolean;
  onRestore(): void;
  onDownload(): void;
}

function VersionItem({ version, busy, onRestore, onDownload }: VersionItemProps) {
  const { t, locale } = useI18n();
  const words = t.route.versions;
  const n = version.version;
  return (
    <li className="jc-versions__item">
      <span>
        <strong>{fill(words.item, { version: n })}</strong> · {version.name} ·{' '}
        {fill(words.publishedAt, { time: formatClockTime(version.publishedAt, locale) })}
      </span>
      <span className="jc-versions__actions">
        <button
          type="button"
          disabled={busy}
          aria-label={fill(words.restoreLabel, { version: n })}
          onClick={onRestore}
        >
          {words.restore}
        </button>
        <button
          type="button"
          disabled={busy}
          aria-label={fill(words.exportLabel, { version: n })}
          onClick={onDownload}
        >
          {words.export}
        </button>
      </span>
    </li>
  );
}
