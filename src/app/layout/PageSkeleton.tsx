import styles from './PageSkeleton.module.css';

/** Shown while a page's code or first data loads. */
export function PageSkeleton() {
  return (
    <div className={styles.wrap} role="status" aria-label="Loading">
      <div className={`${styles.bar} ${styles.title}`} />
      <div className={`${styles.bar} ${styles.line}`} />
      <div className={styles.block} />
    </div>
  );
}
