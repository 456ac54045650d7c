import { PageHeader } from '../../ui/PageHeader.tsx';
import { Banner } from '../../ui/Banner.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { useConnection } from '../../app/auth/useConnection.ts';
import { useDefinitions, usePlatformAccount } from '../../api/definitions/hooks.ts';
import { DEFAULT_MAX_FILE_BYTES } from './model/fileRules.ts';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../ui/Button.tsx';
import { definitionsKeys } from '../../api/definitions/keys.ts';
import { definitionsIntro, readOnlyNoticeText, rightsUnknownText } from './model/pageWording.ts';
import { usePlatformSignInPrompt } from './hooks/usePlatformSignInPrompt.ts';
import { UploadPanel } from './components/UploadPanel.tsx';
import { DefinitionsListCard } from './components/DefinitionsListCard.tsx';
import { PlatformSignInDialog } from './components/PlatformSignInDialog.tsx';
import { PlatformNotReachable } from './components/PlatformNotReachable.tsx';
import { platformElsewhere } from '../../api/definitions/platformOrigin.ts';
import styles from './DefinitionsPage.module.css';

/** Largest file the page accepts; configurable at build time (VITE_DEFINITION_MAX_BYTES). */
const maxBytes = Number(import.meta.env.VITE_DEFINITION_MAX_BYTES) || DEFAULT_MAX_FILE_BYTES;

/**
 * Workflow definitions on the Akana API platform: upload (admins), list, delete (admins). Only
 * when the platform is on Flowdesk's own address; else nothing is sent and the page says why.
 */
export function DefinitionsPage() {
  useDocumentTitle('Workflow definitions');
  // Read again whenever the connection (its API base URL) changes.
  const connection = useConnection();
  const elsewhere = connection ? platformElsewhere() : null;
  return elsewhere ? <PlatformNotReachable host={elsewhere} /> : <DefinitionsOnPlatform />;
}

function DefinitionsOnPlatform() {
  const connection = useConnection();
  const account = usePlatformAccount();
  const prompt = usePlatformSignInPrompt();
  const settled = !account.isPending;
  // Whether the platform user may upload and delete, once a sign-in to the platform has worked:
  // the sandbox says; a real platform does not, and answers 403 instead. Null while none has (the
  // platform could not be reached, refused the password, or waits for the user's own sign-in):
  // then no one gets upload or delete, as while signing in, or a viewer would be offered them.
  const mayChange = account.data ? (account.data.canEditDefinitions ?? true) : null;
  const canEdit = mayChange === true;
  const queryClient = useQueryClient();
  const tryAgain = async () => {
    await account.refetch();
    void queryClient.invalidateQueries({ queryKey: definitionsKeys.lists() });
  };
  const signsInWithPassword = Boolean(connection?.password);
  const unknown = rightsUnknownText(signsInWithPassword);
  const all = useDefinitions(null, settled);
  const existingNames = (all.data ?? []).map((d) => d.Name);
  const existingKeys = all.data ? new Set(all.data.map((d) => d.Key)) : null;
  const who = account.data?.fullName || connection?.displayName || connection?.userName || 'You';

  return (
    <div className={styles.page}>
      <PageHeader
        title="Workflow definitions"
        description={definitionsIntro({ mayChange, signsInWithPassword })}
      />
      {!settled ? (
        <Skeleton blocks={[160]} label="Signing in to the API platform…" />
      ) : mayChange === null ? (
        <Banner
          title={unknown.title}
          actions={
            <Button size="sm" onClick={() => void tryAgain()}>
              Try again
            </Button>
          }
        >
          {unknown.text}
        </Banner>
      ) : (
        <>
          {!canEdit && (
            // Worded as the other pages' read-only notices (ReadOnlyBanner, the event console).
            <Banner tone="warning">
              <strong>Read-only:</strong> {readOnlyNoticeText(who)}
            </Banner>
          )}
          {/* Mounted either way: signing in to the platform again as a user who may not upload
              must not drop the files of the batch (the panel keeps them and says so). */}
          <UploadPanel
            maxBytes={maxBytes}
            existingNames={existingNames}
            existingKeys={existingKeys}
            locale={connection?.culture}
            mayUpload={canEdit}
            who={who}
          />
        </>
      )}
      <DefinitionsListCard
        enabled={settled}
        canDelete={canEdit}
        offersRetry={mayChange !== null}
        locale={connection?.culture}
        timeZone={connection?.timeZone}
      />
      <PlatformSignInDialog
        key={prompt.open ? 'open' : 'closed'}
        open={prompt.open}
        reason={prompt.reason}
        defaultUserName={connection?.userName ?? ''}
        error={prompt.error}
        busy={prompt.busy}
        onSubmit={(u, p) => void prompt.submit(u, p)}
        onCancel={prompt.cancel}
      />
    </div>
  );
}
