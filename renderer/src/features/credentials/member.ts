import { useCallback } from 'react';
import { deskStore, useDesk } from '../../store/desk-store';
import { showToast } from '../../ui/toasts';
import i18next from 'i18next';

/** The committee member who records decisions at this desk: typed once, kept in the desk's preferences. */
export function useCommitteeMember(): readonly [string, (name: string) => void] {
  const member = useDesk((v) => v.info?.preferences.committeeMember ?? '');
  const setMember = useCallback((name: string) => void deskStore().api.setPreferences({ committeeMember: name }), []);
  return [member, setMember] as const;
}

/** The member's name, or a message asking for it (and the focus in the box) when there is none. */
export function requireMember(member: string): string | null {
  if (member.trim() !== '') return member.trim();
  showToast({ tone: 'error', message: i18next.t('credentials.member.needed') });
  document.getElementById('committee-member')?.focus();
  return null;
}
