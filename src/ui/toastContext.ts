import { createContext, useContext } from 'react';

export type ToastTone = 'success' | 'error' | 'info';

export interface ToastOptions {
  title: string;
  description?: string;
  tone?: ToastTone;
  /** ms before it hides; errors stay longer by default. */
  duration?: number;
}

/** Shows a toast; the returned function closes it early (a no-op once it has gone). */
export type ShowToast = (options: ToastOptions) => () => void;

export const ToastContext = createContext<ShowToast | null>(null);

/** `const { toast } = useToast(); toast({ title: 'Saved', tone: 'success' })`. */
export function useToast(): { toast: ShowToast } {
  const toast = useContext(ToastContext);
  if (!toast) throw new Error('useToast must be used inside <ToastProvider>');
  return { toast };
}
