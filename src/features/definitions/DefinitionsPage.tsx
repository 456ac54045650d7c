import { PageHeader } from '../../ui/PageHeader.tsx';
import { Banner } from '../../ui/Banner.tsx';
import { Skeleton } from '../../ui/Skeleton.tsx';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { useConnection } from '../../app/auth/useConnection.ts';
import { useDefinitions, usePlatformAccount } from '../../api/definitions/hooks.ts';
import { DEFAULT_MAX_FILE_BYTES } from './model/fileRules.ts';
import { definitionsIntro, readOnlyNoticeText } from './model/pageWording.ts';
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
  // The sandbox says who may edit; a real platform does not, and answers 403 instead.
  const canEdit = settled && (account.data?.canEditDefinitions ?? true);
  const all = useDefinitions(null, settled);
  const existingNames = (all.data ?? []).map((d) => d.Name);
  const existingKeys = all.data ? new Set(all.data.map((d) => d.Key)) : null;
  const who = account.data?.fullName || connection?.displayName || connection?.userName || 'You';

  return (
    <div className={styles.page}>
      <PageHeader
        title="Workflow definitions"
        description={definitionsIntro({
          mayChange: settled ? canEdit : null,
          signsInWithPassword: Boolean(connection?.password),
        })}
      />
      {!settled ? (
        <Skeleton blocks={[160]} label="Signing in to the API platform…" />
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
