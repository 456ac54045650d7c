import { useEffect } from 'react';
import { Banner } from '../../../ui/Banner.tsx';
import { announce } from '../../../ui/announcer.ts';
import { keptWhileNotAllowedText } from '../model/keptWhileNotAllowed.ts';

/**
 * In place of the batch while the platform user may not upload: the files not uploaded yet are
 * kept, and this says so (and announces it once), rather than the batch vanishing without a word.
 */
export function KeptWhileNotAllowedNotice({ who, unsent }: { who: string; unsent: number }) {
  const { title, text, announcement } = keptWhileNotAllowedText(who, unsent);
  useEffect(() => {
    announce(announcement);
    // Said when the files were set aside, not again as their count changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Banner tone="warning" title={title}>
      {text}
    </Banner>
  );
}
