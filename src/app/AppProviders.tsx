import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ToastProvider } from '../ui/ToastProvider.tsx';
import { TooltipProvider } from '../ui/Tooltip.tsx';
import { LiveAnnouncer } from '../ui/LiveAnnouncer.tsx';
import { createQueryClient } from './queryClient.ts';

/** Server state, toasts, tooltips and the screen-reader live region for the whole app. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        <ToastProvider>
          {children}
          <LiveAnnouncer />
        </ToastProvider>
      </TooltipProvider>
    </QueryClientProvider>
  );
}
