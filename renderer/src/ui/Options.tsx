import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/domain/congress/model';

/** The desk's languages as the options of a select, named in the language of the screen. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(`common.language.${l}`)}
        </option>
      ))}
    </>
  );
}

/** The congress's sittings as the options of a select, in the congress's order. */
export function SittingOptions(props: { readonly sittings: readonly { readonly id: string; readonly title: string }[] }) {
  return (
    <>
      {props.sittings.map((s) => (
        <option key={s.id} value={s.id}>
          {s.title}
        </option>
      ))}
    </>
  );
}
