import { VisuallyHidden } from './VisuallyHidden.tsx';
import styles from './Field.module.css';

/** A visible asterisk for sighted users and the word "required" for screen readers. */
export function RequiredMarker() {
  return (
    <>
      {' '}
      <span aria-hidden="true" className={styles.marker}>
        *
      </span>
      <VisuallyHidden>(required)</VisuallyHidden>
    </>
  );
}
