import styles from './EventConsolePage.module.css';

/** An event type as users know it, with the enum name the API uses beside it. */
export function EventTypeName({
  value,
  label,
}: {
  value: string | null | undefined;
  label?: string;
}) {
  if (!value) return <>–</>;
  if (!label || label === value) return <span className={styles.mono}>{value}</span>;
  return (
    <>
      {label} <span className={styles.enumName}>{value}</span>
    </>
  );
}
