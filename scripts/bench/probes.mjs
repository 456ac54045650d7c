/* global window, document, requestAnimationFrame, DataTransfer, ClipboardEvent */
/* Functions run inside the page (page.evaluate / addInitScript): no imports, no closures. */

/** Init script: records when the first grid cell is on screen and the main thread is free. */
export function interactiveProbe() {
  const check = () => {
    const cell = document.querySelector('[role="grid"] [role="gridcell"]');
    if (!cell) return requestAnimationFrame(check);
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.__tgInteractive = performance.now();
      }, 0),
    );
  };
  requestAnimationFrame(check);
}

/** Starts recording requestAnimationFrame intervals. */
export function startFrames() {
  window.__tgFrames = [];
  window.__tgFramesOn = true;
  let last = performance.now();
  const tick = (t) => {
    if (!window.__tgFramesOn) return;
    window.__tgFrames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => {
    last = t;
    requestAnimationFrame(tick);
  });
}

export function stopFrames() {
  window.__tgFramesOn = false;
  return window.__tgFrames;
}

/** Resolves with ms from now until the frame after the next one is painted. */
export function armPaintTimer() {
  window.__tgPaint = new Promise((resolve) => {
    const onKey = (e) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    };
    window.addEventListener('keydown', onKey, true);
  });
}

/** Pastes a rows × cols TSV block at the active cell; resolves with ms until painted. */
export function pasteBlock([rows, cols, seed]) {
  const lines = [];
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let c = 0; c < cols; c++) cells.push(String(seed * 10000 + 1000 + r + c));
    lines.push(cells.join('\t'));
  }
  const text = lines.join('\n');
  const target = document.activeElement;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return new Promise((resolve) => {
    const t0 = performance.now();
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  });
}
