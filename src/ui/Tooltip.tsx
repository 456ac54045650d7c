import {
  cloneElement,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { lazyWithPreload, preloadWhenIdle } from './lazyWithPreload.ts';

export type TooltipSide = 'top' | 'right' | 'bottom' | 'left';

export interface TooltipProps {
  content: ReactNode;
  /** One focusable element (it becomes the trigger); its own handlers still run. */
  children: ReactElement<TriggerProps>;
  side?: TooltipSide;
  /** ms of hovering before it shows (keyboard focus shows it at once). */
  delayDuration?: number;
}

interface TriggerProps {
  onPointerEnter?: (e: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (e: PointerEvent<HTMLElement>) => void;
  onPointerDown?: (e: PointerEvent<HTMLElement>) => void;
  onFocus?: (e: FocusEvent<HTMLElement>) => void;
  onBlur?: (e: FocusEvent<HTMLElement>) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  'aria-describedby'?: string;
}

// The bubble (floating-ui positioning, portal) is not needed to show a page: fetched once the
// page has settled, or on the first hover or focus.
const TooltipBubble = lazyWithPreload(() => import('./TooltipBubble.tsx'));

/** Focus from the keyboard (a click's focus does not show the tooltip). */
function focusVisible(el: HTMLElement): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible
  }
}

/**
 * Calls `hide` when focus goes anywhere but `trigger`, or when `trigger` turns disabled; returns
 * the clean-up. The trigger's blur is not enough: a focused button that turns disabled loses the
 * focus without a blur, and focus then moved on by code (a Move button at the top handing it to
 * its neighbour) leaves the tooltip of the first on screen.
 */
function hideWhenFocusLeaves(trigger: HTMLElement, hide: () => void): () => void {
  const onFocusIn = (e: Event) => {
    if (!(e.target instanceof Node && trigger.contains(e.target))) hide();
  };
  const disabled = new MutationObserver(() => {
    if (trigger.matches(':disabled')) hide();
  });
  document.addEventListener('focusin', onFocusIn);
  disabled.observe(trigger, { attributes: true, attributeFilter: ['disabled'] });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    disabled.disconnect();
  };
}

/**
 * A hover/focus tooltip (WCAG 1.4.13: dismissible with Escape, stays while hovered, no click
 * needed). Supplementary only: never the sole name of a control.
 */
export function Tooltip({ content, children, side = 'top', delayDuration = 400 }: TooltipProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = useId();
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => preloadWhenIdle([TooltipBubble.preload]), []);
  useEffect(() => {
    if (!anchor) return;
    return hideWhenFocusLeaves(anchor, () => {
      clearTimeout(timer.current);
      setAnchor(null);
    });
  }, [anchor]);

  const show = (el: HTMLElement, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnchor(el), delay);
  };
  const hide = (delay = 0) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnchor(null), delay);
  };
  const p = children.props;
  const trigger = cloneElement(children, {
    'aria-describedby': anchor
      ? [p['aria-describedby'], id].filter(Boolean).join(' ')
      : p['aria-describedby'],
    onPointerEnter: (e) => {
      p.onPointerEnter?.(e);
      if (e.pointerType === 'mouse') show(e.currentTarget, delayDuration);
    },
    // A short grace period, so the pointer can move onto the tooltip (1.4.13 "hoverable").
    onPointerLeave: (e) => {
      p.onPointerLeave?.(e);
      hide(100);
    },
    onPointerDown: (e) => {
      p.onPointerDown?.(e);
      hide();
    },
    onFocus: (e) => {
      p.onFocus?.(e);
      if (focusVisible(e.currentTarget)) show(e.currentTarget, 0);
    },
    onBlur: (e) => {
      p.onBlur?.(e);
      hide();
    },
    onKeyDown: (e) => {
      p.onKeyDown?.(e);
      if (e.key === 'Escape' && anchor) hide();
    },
  });
  return (
    <>
      {trigger}
      {anchor && (
        <Suspense fallback={null}>
          <TooltipBubble
            id={id}
            anchor={anchor}
            side={side}
            onPointerEnter={() => clearTimeout(timer.current)}
            onPointerLeave={() => hide(100)}
            onEscape={() => hide()}
          >
            {content}
          </TooltipBubble>
        </Suspense>
      )}
    </>
  );
}
