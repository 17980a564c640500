import { exactKey } from '../../text/fold.js';

/** Delegate codes match case-insensitively and whatever spaces a scanner or a person adds. */
export function codeKey(code: string): string {
  return exactKey(code).replace(/\s+/g, '');
}
