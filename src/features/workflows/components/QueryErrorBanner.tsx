import { RotateCw } from 'lucide-react';
import { isApiError } from '../../../api/http/ApiError.ts';
import { Banner, Button } from '../../../ui/index.ts';

/** A failed load: what went wrong, in words, and a retry. */
export function QueryErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = isApiError(error)
    ? error.userMessage
    : error instanceof Error
      ? error.message
      : 'Loading failed.';
  return (
    <Banner
      tone="danger"
      title="Could not load this page"
      actions={
        onRetry && (
          <Button variant="secondary" size="sm" icon={<RotateCw size={14} />} onClick={onRetry}>
            Retry
          </Button>
        )
      }
    >
      {message}
    </Banner>
  );
}
