import { useMdoList } from '../../../api/mdo/useMdoList.ts';
import { ListLoadWarning } from '../../../app/errors/ListLoadWarning.tsx';
import styles from '../pages/TargetsPage.module.css';

/** The picker whose list came; ListLoadWarning falls back to the page when it cannot take focus. */
const focusPicker = (id: string) => () => document.getElementById(id)?.focus();

/**
 * The Year and Target type lists (shared with GroupPickers through the query cache) failed to
 * load: the pickers then offered only this year, or "–", with nothing saying why.
 */
export function GroupListWarnings({ year }: { year: number }) {
  const years = useMdoList('targetyear');
  const types = useMdoList('targettypes');
  return (
    <>
      {years.error && (
        <ListLoadWarning
          className={styles.listWarning}
          what="the target years"
          error={years.error}
          meanwhile={`Year offers only ${year} meanwhile.`}
          retrying={years.isFetching}
          onRetry={async () => (await years.refetch()).isSuccess}
          focusAfter={focusPicker('targets-year')}
        />
      )}
      {types.error && (
        <ListLoadWarning
          className={styles.listWarning}
          what="the target types"
          error={types.error}
          meanwhile="The targets of the default type are shown meanwhile."
          retrying={types.isFetching}
          onRetry={async () => (await types.refetch()).isSuccess}
          focusAfter={focusPicker('targets-type')}
        />
      )}
    </>
  );
}
