import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECRETARIAT_DOCUMENTS, type SecretariatDocument } from '../../../../shared/domain/signers/model';
import { documentSignature, standardSecretariatCapacity } from '../../../../shared/domain/signers/select';
import { deskStore, useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { FormDialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';
import { SignerFields, signerDraft, signerOfDraft, type SignerDraft } from './SignerFields';

/**
 * The signers of the secretariat's documents, in the congress settings beside the other texts its
 * documents print (header, motto): each document with its capacity lines and its signer's name.
 */
export function SecretariatSigners() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const [editing, setEditing] = useState(false);
  return (
    <section className="secretariat-signers" data-testid="secretariat-signers">
      <div className="toolbar">
        <h2 className="grow">{t('signers.secretariat.title')}</h2>
        <button type="button" className="btn" onClick={() => setEditing(true)} data-testid="edit-signers">
          {t('signers.secretariat.edit')}
        </button>
      </div>
      <dl className="settings-list">
        {SECRETARIAT_DOCUMENTS.map((document) => {
          const signature = documentSignature(state, document, language);
          return (
            <div key={document} data-testid={`signer-summary-${document}`}>
              <dt>{t(`print.documents.${document}.name`)}</dt>
              <dd>
                {signature.capacity.join(' / ')}: {signature.name === '' ? <span className="muted">{t('signers.noName')}</span> : signature.name}
              </dd>
            </div>
          );
        })}
      </dl>
      {editing && <SecretariatSignersDialog onClose={() => setEditing(false)} />}
    </section>
  );
}

function SecretariatSignersDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const signers = useDesk((v) => v.state.signers.byDocument);
  const [drafts, setDrafts] = useState<Readonly<Record<SecretariatDocument, SignerDraft>>>(() => ({
    'speech-log': signerDraft(signers['speech-log'], (language) => standardSecretariatCapacity('speech-log', language)),
    attendance: signerDraft(signers.attendance, (language) => standardSecretariatCapacity('attendance', language)),
  }));

  const save = async () => {
    // Every document is checked before anything is saved: a refusal saves nothing.
    const chosen = SECRETARIAT_DOCUMENTS.map((document) => ({ document, signer: signerOfDraft(drafts[document], t, t(`print.documents.${document}.name`)) }));
    // Each document is one event; one left as it was writes nothing.
    for (const { document, signer } of chosen) await deskStore().api.setDocumentSigner({ document, ...signer });
    showToast({ tone: 'success', message: t('signers.secretariat.saved') });
  };

  return (
    <FormDialog
      title={t('signers.secretariat.dialogTitle')}
      submitLabel={t('common.actions.save')}
      onClose={props.onClose}
      onSubmit={save}
      testId="signers-dialog"
      submitTestId="signers-save"
    >
      {SECRETARIAT_DOCUMENTS.map((document) => (
        <fieldset key={document} className="span-2 signer-document" data-testid={`signer-${document}`}>
          <legend>{t(`print.documents.${document}.name`)}</legend>
          <SignerFields draft={drafts[document]} onChange={(draft) => setDrafts({ ...drafts, [document]: draft })} testId={`signer-${document}`} />
        </fieldset>
      ))}
      <p className="muted small span-2">{t('signers.secretariat.hint')}</p>
    </FormDialog>
  );
}
