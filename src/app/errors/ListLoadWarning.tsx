import { RotateCw } from 'lucide-react';
import { isApiError } from '../../api/http/ApiError.ts';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { focusAfterRetry } from './focusAfterRetry.ts';

export interface ListLoadWarningProps {
  /** What could not be loaded: "the goal types". */
  what: string;
  error: Error;
  /** How the form copes meanwhile: "Goal type offers the standard types meanwhile." */
  meanwhile: string;
  retrying: boolean;
  /** Loads the list again; true when it came. */
  onRetry: () => Promise<boolean>;
  /**
   * Where keyboard focus goes once the list came and this warning (with the focused Try again)
   * is gone: the picker that uses the list, so focus is not dropped on the page. When it cannot
   * take focus (none, or disabled for this user), the form's first field that can, or the page.
   */
  focusAfter: () => void;
  className?: string;
}

/**
 * A list the editor needs (a picklist, the restrictable fields) failed to load: the editor still
 * works with what it has, and this says so, why, and offers to load it again.
 */
export function ListLoadWarning({
  what,
  error,
  meanwhile,
  retrying,
  onRetry,
  focusAfter,
  className,
}: ListLoadWarningProps) {
  return (
    <Banner
      tone="warning"
      className={className}
      title={`Could not load ${what}`}
      actions={
        <Button
          variant="secondary"
          size="sm"
          icon={<RotateCw size={14} />}
          loading={retrying}
          onClick={async (e) => {
            const refocus = focusAfterRetry(e.currentTarget);
            if (await onRetry()) refocus(focusAfter);
          }}
        >
          Try again
        </Button>
      }
    >
      {failureText(error)} {meanwhile}
    </Banner>
  );
}

/** The reason only: this warning carries its own Try again and says how the editor copes meanwhile. */
function failureText(e: Error): string {
  if (!isApiError(e)) return e.message;
  return e.kind === 'parse'
    ? `The server sent data Flowdesk does not understand (${e.message}).`
    : e.userMessage;
}
