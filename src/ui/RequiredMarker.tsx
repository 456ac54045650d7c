import styles from './Field.module.css';

/**
 * A visible asterisk for sighted users. Screen readers hear "required" from the control's
 * aria-required, so the word is not repeated in the label: the accessible name stays the label
 * ("Name", not "Name (required)"), and is not read as "Name required, required".
 */
export function RequiredMarker() {
  return (
    <>
      {' '}
      <span aria-hidden="true" className={styles.marker}>
        *
      </span>
    </>
  );
}
