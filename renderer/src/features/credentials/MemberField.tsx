import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommitteeMember } from './member';

/** The committee member's name, saved when the box is left (not on every key). */
export function MemberField() {
  const { t } = useTranslation();
  const [member, setMember] = useCommitteeMember();
  const [draft, setDraft] = useState(member);
  useEffect(() => setDraft(member), [member]);
  const save = () => {
    if (draft.trim() !== member) setMember(draft.trim());
  };
  return (
    <label className="field member-field">
      <span>{t('credentials.member.label')}</span>
      <input
        id="committee-member"
        data-testid="committee-member"
        value={draft}
        maxLength={80}
        placeholder={t('credentials.member.placeholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
            (e.target as HTMLInputElement).blur();
          }
        }}
        className={member === '' ? 'needs-value' : undefined}
      />
    </label>
  );
}
