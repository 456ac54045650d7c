import styles from './Field.module.css';

/**
 * A visible asterisk for sighted users. Screen readers hear "required" from the control's
 * aria-required, so the word is not repeated in the label: the accessible name stays the label
 * ("Name", not "Name (required)"), and is not read as "Name required, required".
 * The asterisk is drawn by CSS (Field.module.css .marker::after), not written in the label: the
 * label's text stays the label alone, so finding a field by its label's exact text ("Name")
 * finds it, marked or not, as its accessible name does.
 */
export function RequiredMarker() {
  return <span aria-hidden="true" className={styles.marker} data-required-marker="" />;
}
