import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { credentialsSettings } from '../../../../shared/domain/credentials/standing';
import { isBuiltInCheck } from '../../../../shared/domain/credentials/model';
import { defaultSignerCapacity } from '../../../../shared/domain/credentials/signer';
import { deskStore, useDesk } from '../../store/desk-store';
import { showToast } from '../../ui/toasts';
import { FormDialog, FormProblem } from '../../ui/Dialog';
import { checkLabel } from './labels';
import { SignerFields, signerDraft, signerOfDraft, type SignerDraft } from '../signers/SignerFields';

interface Row {
  readonly key: string;
  readonly id: string | undefined;
  readonly text: string;
}

/** "35, 51, 61" → [35, 51, 61]; null unless whole numbers from 1 to 120, rising. */
export function parseBands(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== '');
  const bounds = parts.map(Number);
  if (bounds.some((b) => !Number.isInteger(b) || b < 1 || b > 120)) return null;
  if (bounds.some((b, i) => i > 0 && b <= (bounds[i - 1] ?? 0))) return null;
  return bounds;
}

/** The congress's checklist (built-in items in the screen's language, its own items as written) and the report's bands. */
export function CredentialsSettingsDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const state = useDesk((v) => v.state);
  const current = credentialsSettings(state);
  const [rows, setRows] = useState<Row[]>(current.checklist.map((item) => ({ key: item.id, id: item.id, text: checkLabel(item) })));
  const [ages, setAges] = useState(current.ageBands.join(', '));
  const [years, setYears] = useState(current.membershipBands.join(', '));
  const [signer, setSigner] = useState<SignerDraft>(() => signerDraft(state.credentials.signer, defaultSignerCapacity));
  let fresh = 0;

  const save = async () => {
    const ageBands = parseBands(ages);
    const membershipBands = parseBands(years);
    if (!ageBands || !membershipBands) throw new FormProblem(t('credentials.settings.bandsInvalid'));
    const empty = rows.findIndex((r) => r.text.trim() === '');
    if (empty >= 0) throw new FormProblem(t('credentials.settings.labelMissing', { index: empty + 1 }));
    const reportSigner = signerOfDraft(signer, t);
    const checklist = rows.map((r) => {
      // A built-in item left as worded keeps following the language of the screen.
      const builtIn = r.id !== undefined && isBuiltInCheck(r.id) && r.text.trim() === t(`credentials.checklist.${r.id}`);
      return builtIn ? { id: r.id, label: null } : { ...(r.id === undefined ? {} : { id: r.id }), label: r.text.trim() };
    });
    await deskStore().api.setCredentialsSettings({ checklist, ageBands, membershipBands });
    // Lines left as the standard ones are kept as standard by the services.
    await deskStore().api.setReportSigner(reportSigner);
    showToast({ tone: 'success', message: t('credentials.settings.saved') });
  };

  return (
    <FormDialog
      title={t('credentials.settings.title')}
      submitLabel={t('common.actions.save')}
      onClose={props.onClose}
      onSubmit={save}
      testId="credentials-settings-dialog"
      submitTestId="settings-save"
      formClassName="credentials-settings"
    >
      <fieldset>
        <legend>{t('credentials.settings.checklist')}</legend>
        <ol className="settings-checklist">
          {rows.map((row, i) => (
            <li key={row.key}>
              <input
                value={row.text}
                maxLength={200}
                aria-label={`${t('credentials.settings.checklist')} ${i + 1}`}
                onChange={(e) => setRows(rows.map((r) => (r.key === row.key ? { ...r, text: e.target.value } : r)))}
              />
              <button type="button" className="btn small ghost" onClick={() => setRows(rows.filter((r) => r.key !== row.key))}>
                {t('credentials.settings.remove')}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="btn small" onClick={() => setRows([...rows, { key: `new-${Date.now()}-${fresh++}`, id: undefined, text: '' }])}>
          {t('credentials.settings.add')}
        </button>
      </fieldset>
      <div className="form-grid">
        <label className="field">
          <span>{t('credentials.settings.ageBands')}</span>
          <input value={ages} onChange={(e) => setAges(e.target.value)} data-testid="age-bands" />
        </label>
        <label className="field">
          <span>{t('credentials.settings.membershipBands')}</span>
          <input value={years} onChange={(e) => setYears(e.target.value)} />
        </label>
        <p className="muted small span-2">{t('credentials.settings.bandsHint')}</p>
      </div>
      <fieldset className="settings-signer" data-testid="settings-signer">
        <legend>{t('credentials.settings.signer.title')}</legend>
        <SignerFields draft={signer} onChange={setSigner} testId="signer" />
        <p className="muted small">{t('credentials.settings.signer.hint')}</p>
      </fieldset>
    </FormDialog>
  );
}
