import { arrow, autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { TooltipSide } from './Tooltip.tsx';
import styles from './Tooltip.module.css';

export interface TooltipBubbleProps {
  id: string;
  anchor: HTMLElement;
  side: TooltipSide;
  children: ReactNode;
  onPointerEnter(): void;
  onPointerLeave(): void;
  onEscape(): void;
}

/** The tooltip itself: positioned next to its trigger by floating-ui, kept there while open. */
export default function TooltipBubble({
  id,
  anchor,
  side,
  children,
  onPointerEnter,
  onPointerLeave,
  onEscape,
}: TooltipBubbleProps) {
  const bubble = useRef<HTMLDivElement>(null);
  const tip = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const el = bubble.current;
    const arrowEl = tip.current;
    if (!el || !arrowEl) return;
    const place = () =>
      void computePosition(anchor, el, {
        placement: side,
        strategy: 'fixed',
        middleware: [offset(8), flip(), shift({ padding: 8 }), arrow({ element: arrowEl })],
      }).then(({ x, y, placement, middlewareData }) => {
        Object.assign(el.style, { left: `${x}px`, top: `${y}px`, visibility: 'visible' });
        const a = middlewareData.arrow;
        const edge = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[
          placement.split('-')[0] as TooltipSide
        ];
        Object.assign(arrowEl.style, {
          left: a?.x != null ? `${a.x}px` : '',
          top: a?.y != null ? `${a.y}px` : '',
          [edge]: '-4px',
        });
      });
    const stop = autoUpdate(anchor, el, place);
    // Escape anywhere closes it (the trigger may not have focus when hovered).
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onEscape();
    document.addEventListener('keydown', onKey);
    return () => {
      stop();
      document.removeEventListener('keydown', onKey);
    };
  }, [anchor, side, onEscape]);

  return createPortal(
    <div
      ref={bubble}
      id={id}
      role="tooltip"
      className={styles.content}
      style={{ position: 'fixed', left: 0, top: 0, visibility: 'hidden' }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      {children}
      <span ref={tip} className={styles.arrow} aria-hidden />
    </div>,
    document.body,
  );
}
