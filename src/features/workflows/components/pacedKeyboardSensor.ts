import { KeyboardSensor, type KeyboardSensorProps, type SensorInstance } from '@dnd-kit/core';

/** The keys a keyboard drag reacts to: lift/drop, cancel, Tab (drops), and the moves. */
const dragKeys = new Set([
  'Space',
  'Enter',
  'Escape',
  'Tab',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
]);

/** Longest wait for the list to settle (animation frames do not run in a hidden tab). */
const settleTimeoutMs = 1000;

/**
 * dnd-kit's keyboard sensor, given one key at a time. dnd-kit works out where an arrow key moves
 * the item from the positions it measured after the previous key, a frame or two later, and it
 * starts listening for keys only after a timer. Keys pressed faster than that (a quick typist, a
 * screen reader's or a test's key presses) were lost or measured from the old position: Space,
 * ↑, ↑, Space moved a step up one place, not two. Here the keys a drag uses wait while the list
 * settles and are handed on in order, each once the previous one has been measured.
 */
export class PacedKeyboardSensor implements SensorInstance {
  static activators = KeyboardSensor.activators;

  autoScrollEnabled = false;
  private readonly window: Window;
  private readonly node: HTMLElement | null;
  private readonly waiting: KeyboardEvent[] = [];
  private readonly handedOn = new WeakSet<Event>();
  private settling = false;
  private done = false;

  constructor(props: KeyboardSensorProps) {
    this.window = (props.event.target as Node | null)?.ownerDocument?.defaultView ?? window;
    this.node = props.activeNode.node.current;
    // Capture on the window runs before dnd-kit's own listener on the document.
    this.window.addEventListener('keydown', this.onKeyDown, true);
    new KeyboardSensor({
      ...props,
      onEnd: () => {
        this.detach();
        props.onEnd();
      },
      onCancel: () => {
        this.detach();
        props.onCancel();
      },
    });
    this.settle();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (this.done || this.handedOn.has(event) || !dragKeys.has(event.code)) return;
    if (!this.settling && this.waiting.length === 0) {
      // Handed on as it is; the next key waits until the list has settled after this one.
      this.settle();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    this.waiting.push(event);
  };

  /**
   * Holds keys back until dnd-kit has listened and measured: until the item being moved has stood
   * still for two frames (a move scrolls the page smoothly and slides the item), at most 1 s.
   */
  private settle() {
    this.settling = true;
    let settled = false;
    const next = () => {
      if (settled) return;
      settled = true;
      this.settling = false;
      this.handOnNext();
    };
    let last: string | null = null;
    let still = 0;
    const watch = () => {
      if (settled) return;
      const box = this.node?.getBoundingClientRect();
      const now = box ? `${box.top},${box.left}` : '';
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 2) next();
      else this.window.requestAnimationFrame(watch);
    };
    // dnd-kit attaches its key listener after a timer: keys before that would be lost.
    this.window.setTimeout(() => this.window.requestAnimationFrame(watch));
    this.window.setTimeout(next, settleTimeoutMs);
  }

  private handOnNext() {
    const key = this.waiting.shift();
    if (!key || this.done) return;
    const copy = new KeyboardEvent('keydown', {
      key: key.key,
      code: key.code,
      shiftKey: key.shiftKey,
      bubbles: true,
      cancelable: true,
    });
    this.handedOn.add(copy);
    this.settle();
    this.window.document.dispatchEvent(copy);
  }

  private detach() {
    this.done = true;
    this.waiting.length = 0;
    this.window.removeEventListener('keydown', this.onKeyDown, true);
  }
}
