import { useEffect } from 'react';

/** Sets the tab title to "<page> · Flowdesk". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Flowdesk` : 'Flowdesk';
  }, [title]);
}
