import { nameParts } from '../../../shared/text/names';

/** The photo placeholder: the given name's initial, as on a badge without a photo. */
export function Initials(props: { readonly name: string }) {
  const parts = nameParts(props.name);
  const letters = (parts.family.charAt(0) + parts.given.charAt(0)).toLocaleUpperCase('vi');
  return (
    <div className="initials" aria-hidden="true">
      {letters}
    </div>
  );
}
