import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { DeskError } from '../../../../shared/domain/errors';

/** What the user must know about the session file: a recovery on opening, a refused write. */
export function SessionBanners() {
  const { t } = useTranslation();
  const session = useDesk((v) => v.session);
  const writeError = useDesk((v) => v.writeError);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const recovery = session?.recovery;
  return (
    <>
      {recovery && dismissed !== session.openedAt && (
        <div className="banner banner-warning" role="alert" data-testid="recovery-banner">
          <span>
            {recovery.kind === 'tornTail'
              ? t('desk.recovery.tornTail', { kept: recovery.keptEvents, bytes: recovery.droppedBytes, copy: recovery.copiedTo })
              : t('desk.recovery.damagedLine', { line: recovery.line, kept: recovery.keptEvents, dropped: recovery.droppedLines, copy: recovery.copiedTo })}
          </span>
          <button type="button" className="btn small" onClick={() => setDismissed(session.openedAt)}>
            {t('common.actions.close')}
          </button>
        </div>
      )}
      {writeError && (
        <div className="banner banner-error" role="alert" data-testid="write-error">
          {errorMessage(new DeskError(writeError.code, writeError.params))}
        </div>
      )}
      {session?.writeBlocked && (
        <div className="banner banner-error" role="alert">
          {t('errors.session.readOnly')}
        </div>
      )}
      {session?.readOnly && (
        <div className="banner banner-warning" role="alert" data-testid="read-only-banner">
          {t('desk.readOnlyFile', { path: session.path })}
        </div>
      )}
    </>
  );
}
