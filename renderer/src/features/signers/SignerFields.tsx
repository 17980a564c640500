import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/congress/model';
import { SIGNER_LIMITS, type DocumentSigner } from '../../../../shared/domain/signers/model';
import { parseCapacity, type StandardCapacity } from '../../../../shared/domain/signers/signer';
import { FormProblem } from '../../ui/Dialog';
import './signers.css';

/** A document signer as being typed: the capacity lines as one text per language, the name. */
export interface SignerDraft {
  readonly name: string;
  readonly capacity: Readonly<Record<Language, string>>;
}

/** The draft of a signer: standard lines are shown as they print, so there is always something to edit. */
export function signerDraft(signer: DocumentSigner, standard: StandardCapacity): SignerDraft {
  return {
    name: signer.name,
    capacity: { vi: (signer.capacity.vi ?? standard('vi')).join('\n'), en: (signer.capacity.en ?? standard('en')).join('\n') },
  };
}

/**
 * The signer to send, or a `FormProblem` naming the language (and the document, when the form has
 * several) whose lines are not 1 to 4 lines. Lines left standard are kept standard by the services.
 */
export function signerOfDraft(draft: SignerDraft, t: (key: string, params?: Record<string, string>) => string, document?: string): DocumentSigner {
  const vi = parseCapacity(draft.capacity.vi);
  const en = parseCapacity(draft.capacity.en);
  if (!vi || !en) {
    const language = t(`signers.language.${vi ? 'en' : 'vi'}`);
    throw new FormProblem(document === undefined ? t('signers.capacityInvalid', { language }) : t('signers.capacityInvalidIn', { language, document }));
  }
  return { name: draft.name.trim(), capacity: { vi, en } };
}

/** The capacity lines per language and the signer's name, as one block of a form. */
export function SignerFields(props: { readonly draft: SignerDraft; readonly onChange: (draft: SignerDraft) => void; readonly testId: string }) {
  const { t } = useTranslation();
  const { draft, onChange, testId } = props;
  return (
    <div className="form-grid signer-fields">
      {LANGUAGES.map((language) => (
        <label key={language} className="field">
          <span>{t('signers.capacity', { language: t(`signers.language.${language}`) })}</span>
          <textarea
            rows={3}
            value={draft.capacity[language]}
            onChange={(e) => onChange({ ...draft, capacity: { ...draft.capacity, [language]: e.target.value } })}
            data-testid={`${testId}-capacity-${language}`}
          />
        </label>
      ))}
      <label className="field span-2">
        <span>{t('signers.name')}</span>
        <input value={draft.name} maxLength={SIGNER_LIMITS.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} data-testid={`${testId}-name`} />
      </label>
    </div>
  );
}
