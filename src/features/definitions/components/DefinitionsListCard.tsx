import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FileCode2, Search } from 'lucide-react';
import { Card } from '../../../ui/Card.tsx';
import { Field } from '../../../ui/Field.tsx';
import { TextInput } from '../../../ui/TextInput.tsx';
import { Select } from '../../../ui/Select.tsx';
import { Skeleton } from '../../../ui/Skeleton.tsx';
import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { EmptyState } from '../../../ui/EmptyState.tsx';
import { VisuallyHidden } from '../../../ui/VisuallyHidden.tsx';
import { useToast } from '../../../ui/toastContext.ts';
import { useDefinitions, useDeleteDefinition } from '../../../api/definitions/hooks.ts';
import { objectTypeLabel, objectTypeOptions } from '../../../api/definitions/objectTypes.ts';
import { isApiError } from '../../../api/http/ApiError.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { filterByName } from '../model/formatUpdated.ts';
import {
  ALL_TYPES as ALL,
  readListFilters,
  withListFilters,
  type ListFilters,
} from '../model/listFilters.ts';
import {
  deleteFailureText,
  deleteMayHaveGoneThrough,
  deleteOutcomeText,
} from '../model/deleteOutcome.ts';
import { useOfferedTypeInAddress } from '../hooks/useOfferedTypeInAddress.ts';
import { DefinitionsTable } from './DefinitionsTable.tsx';
import { useCountAnnouncement } from './useCountAnnouncement.ts';
import { useSearchText } from './useSearchText.ts';
import styles from './DefinitionsListCard.module.css';

const filterOptions = [{ value: ALL, label: 'All resource types' }, ...objectTypeOptions];

function countText(total: number, shown: number, objectType: string): string {
  const kind = objectType === ALL ? '' : `${objectTypeLabel(objectType)} `;
  const all = `${total} ${kind}${total === 1 ? 'definition' : 'definitions'}`;
  return shown === total ? all : `${all}, ${shown} matching the search`;
}

export interface DefinitionsListCardProps {
  enabled: boolean;
  canDelete: boolean;
  /**
   * False while the page's own notice offers Try again (the platform's sign-in failed): that one
   * signs in again and reloads this list too, so a second "Try again" would only be ambiguous.
   */
  offersRetry?: boolean;
  locale?: string;
  timeZone?: string;
}

/** What is on the platform: filter by resource type, search by name, delete. */
export function DefinitionsListCard({
  enabled,
  canDelete,
  offersRetry = true,
  locale,
  timeZone,
}: DefinitionsListCardProps) {
  // In the address, as the Workflows list keeps its search: Back, a reload and a shared link
  // open the list as it was left. Replaced, not pushed, so Back does not step through each letter.
  const [params, setParams] = useSearchParams();
  useOfferedTypeInAddress(params, setParams);
  const { objectType, search } = readListFilters(params);
  const setFilters = (change: Partial<ListFilters>) =>
    setParams((current) => withListFilters(current, change), { replace: true });
  const setObjectType = (value: string) => setFilters({ objectType: value });
  const [searchText, setSearchText] = useSearchText(search);
  const setSearch = (value: string) => {
    setSearchText(value);
    setFilters({ search: value });
  };
  const list = useDefinitions(objectType === ALL ? null : objectType, enabled);
  const remove = useDeleteDefinition();
  const { toast } = useToast();
  const shown = filterByName(list.data ?? [], search);
  const count = list.data ? countText(list.data.length, shown.length, objectType) : null;
  const announcedCount = useCountAnnouncement(`${objectType}\n${search}`, count);
  // Loading failed with nothing to show. A refresh that failed keeps the list it had on view (an
  // upload's message may point the user to it), with a warning above it.
  const failed = list.isError && list.data === undefined;
  const refreshFailed = list.isError && list.data !== undefined;
  // Nothing on the platform at all: there is nothing to filter or search, so no controls for it
  // (they stay while a filter or search merely matches nothing, to change it back).
  const noneAtAll =
    objectType === ALL && !list.isPending && !failed && (list.data ?? []).length === 0;
  // A search typed before the last one went would hide the next upload behind a hidden box.
  const clearHiddenSearch = noneAtAll && search !== '';
  useEffect(() => {
    if (!clearHiddenSearch) return;
    setSearchText('');
    setParams((current) => withListFilters(current, { search: '' }), { replace: true });
  }, [clearHiddenSearch, setParams, setSearchText]);

  // The last row shown was deleted: once the empty state is there, its heading takes focus.
  const [focusEmpty, setFocusEmpty] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const isEmpty = !list.isPending && !failed && shown.length === 0;
  useEffect(() => {
    if (!focusEmpty || !isEmpty) return;
    setFocusEmpty(false);
    const heading = bodyRef.current?.querySelector('h3');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [focusEmpty, isEmpty]);

  // Try again and Show all definitions go away once the list is back: the card's title takes focus
  // then, rather than leaving it on <body> (unless focus has moved on meanwhile).
  // After Show all definitions, once the cleared filters are in the address (a navigation, which
  // lands a render later than this state), so the button is gone by then.
  const [focusTitle, setFocusTitle] = useState<'afterRetry' | 'afterShowAll' | null>(null);
  const loaded = list.isSuccess && !list.isFetching;
  const filtersCleared = search === '' && objectType === ALL;
  useEffect(() => {
    if (!focusTitle || !loaded) return;
    if (focusTitle === 'afterShowAll' && !filtersCleared) return;
    setFocusTitle(null);
    const active = document.activeElement;
    if (active && active !== document.body) return;
    // The card's title: a visible focus ring (a table's is clipped by its scroll area), and the
    // count and filters come next.
    const target = bodyRef.current?.closest('section')?.querySelector<HTMLElement>('h2');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }, [focusTitle, loaded, filtersCleared]);

  const tryAgain = () => {
    setFocusTitle('afterRetry');
    void list.refetch();
  };

  // Definitions whose delete may have gone through although it failed (a proxy answered): found
  // gone on the next try, it was that try that removed them, not someone else.
  const [maybeDeleted] = useState(() => new Set<string>());
  const onDelete = async (d: WorkflowDefinition) => {
    const wasLast = shown.length === 1 && shown[0].Key === d.Key;
    let outcome;
    try {
      outcome = await remove.mutateAsync(d.Key);
    } catch (e) {
      if (deleteMayHaveGoneThrough(e)) maybeDeleted.add(d.Key);
      throw new Error(deleteFailureText(e, d.Name), { cause: e });
    }
    if (wasLast) setFocusEmpty(true);
    const said = deleteOutcomeText(outcome, d.Name, maybeDeleted.has(d.Key));
    maybeDeleted.delete(d.Key);
    // The notification is the one announcement (a toast says itself): not the announcer too.
    toast({ title: said.title, description: said.description, tone: said.tone });
  };

  const retry = offersRetry ? (
    <Button size="sm" onClick={tryAgain}>
      Try again
    </Button>
  ) : undefined;

  let body;
  if (list.isPending) body = <Skeleton lines={5} label="Loading definitions…" />;
  else if (failed)
    body = (
      <Banner tone="danger" title="The definitions could not be loaded" actions={retry}>
        {isApiError(list.error) ? list.error.userMessage : String(list.error)}
      </Banner>
    );
  else if (shown.length === 0)
    body = (
      <EmptyState
        headingLevel={3}
        icon={<FileCode2 />}
        title={noneAtAll ? 'No definitions yet' : 'No definitions match'}
        text={
          !noneAtAll
            ? 'Try another name or resource type.'
            : canDelete
              ? 'Upload an OSWorkflow XML file to add the first one.'
              : 'Nothing has been uploaded to the API platform yet.'
        }
        action={
          !noneAtAll ? (
            <Button
              size="sm"
              onClick={() => {
                setSearchText('');
                setFilters({ search: '', objectType: ALL });
                setFocusTitle('afterShowAll');
              }}
            >
              Show all definitions
            </Button>
          ) : undefined
        }
      />
    );
  else
    body = (
      <DefinitionsTable
        definitions={shown}
        canDelete={canDelete}
        onDelete={onDelete}
        locale={locale}
        timeZone={timeZone}
      />
    );

  return (
    <Card title="On the platform" description={count ?? ''}>
      {/* The count is announced when the search or type changes it; a delete or an upload that
          changes it has its own notification, the one announcement of that event. */}
      {announcedCount !== null && <VisuallyHidden role="status">{announcedCount}</VisuallyHidden>}
      {!noneAtAll && (
        <div className={styles.filters}>
          <Field label="Resource type" className={styles.type}>
            <Select options={filterOptions} value={objectType} onValueChange={setObjectType} />
          </Field>
          <Field label="Search by name" className={styles.search}>
            {(control) => (
              <div className={styles.searchBox}>
                <Search aria-hidden="true" className={styles.searchIcon} />
                <TextInput
                  {...control}
                  type="search"
                  value={searchText}
                  onChange={(e) => setSearch(e.target.value)}
                />
              </div>
            )}
          </Field>
        </div>
      )}
      <div className={styles.body} ref={bodyRef}>
        {refreshFailed && (
          <Banner tone="warning" title="The list could not be refreshed" actions={retry}>
            {isApiError(list.error) ? list.error.userMessage : String(list.error)} It shows the
            definitions as they were last loaded.
          </Banner>
        )}
        {body}
      </div>
    </Card>
  );
}
