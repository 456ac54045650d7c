import { RotateCw } from 'lucide-react';
import { isApiError } from '../../../api/http/ApiError.ts';
import { notFoundWithWayOnText } from '../../../api/http/refusalText.ts';
import { Banner, Button, ButtonLink } from '../../../ui/index.ts';
import { focusAfterRetry } from '../../../app/errors/focusAfterRetry.ts';

export interface QueryErrorBannerProps {
  error: unknown;
  /** Loads again; when it worked, the page replaces this banner and focus goes to the page. */
  onRetry?: () => Promise<{ isSuccess: boolean }>;
  /** Where to go when the record does not exist (404): retrying would not help. */
  back?: { to: string; label: string };
}

/** A failed load: what went wrong, in words, and a retry (or, for a missing record, a way on). */
export function QueryErrorBanner({
  error,
  onRetry,
  back = { to: '/workflows', label: 'All flows' },
}: QueryErrorBannerProps) {
  const message = isApiError(error)
    ? error.userMessage
    : error instanceof Error
      ? error.message
      : 'Loading failed.';
  if (isApiError(error) && error.kind === 'http' && error.status === 404)
    return (
      <Banner
        tone="warning"
        title="Not found"
        actions={
          <ButtonLink to={back.to} size="sm">
            {back.label}
          </ButtonLink>
        }
      >
        {/* Not the load's userMessage: that one asks for a reload, which finds nothing either;
            the way on is the link. */}
        {notFoundWithWayOnText(error.message)}
      </Banner>
    );
  return (
    <Banner
      tone="danger"
      title="Could not load this page"
      actions={
        onRetry && (
          <Button
            variant="secondary"
            size="sm"
            icon={<RotateCw size={14} />}
            onClick={async (e) => {
              // The banner and this button go once the page loads: focus goes to the page.
              const refocus = focusAfterRetry(e.currentTarget, false);
              if ((await onRetry()).isSuccess) refocus(() => {});
            }}
          >
            Try again
          </Button>
        )
      }
    >
      {message}
    </Banner>
  );
}
