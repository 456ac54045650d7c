import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import { restoredText } from '../model/keptBatch.ts';
import { focusParts } from '../hooks/useKeepFocusInPanel.ts';

/** After a reload: the files not uploaded before it are back, to upload or discard. */
export function KeptBatchNotice({
  count,
  checking,
  onUpload,
  onDiscard,
}: {
  count: number;
  /** Some of the files are still being checked: they can be uploaded once that is done. */
  checking: boolean;
  onUpload(): void;
  onDiscard(): void;
}) {
  // The buttons go with the notice: focus goes on to the drop zone rather than <body>.
  const thenKeepFocus = (f: () => void) => () => {
    f();
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body)
        document.querySelector<HTMLElement>(`[${focusParts.dropZone}]`)?.focus();
    });
  };
  return (
    <Banner
      tone="info"
      title={restoredText(count)}
      actions={
        <>
          <Button size="sm" variant="primary" loading={checking} onClick={thenKeepFocus(onUpload)}>
            Upload restored files
          </Button>
          <Button size="sm" variant="danger" onClick={thenKeepFocus(onDiscard)}>
            Discard restored files
          </Button>
        </>
      }
    >
      They were kept in this browser with what you typed, and checked again. Upload them, or discard
      them.
    </Banner>
  );
}
