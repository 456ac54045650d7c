/** Whether a drag carries files from the desktop (not text or a link dragged within the page). */
function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Keeps files dragged onto the app anywhere but a place that takes them (the definitions drop
 * zone, which cancels the drag itself) from being opened by the browser, which would leave the app
 * and whatever is being edited. The pointer shows that they cannot be dropped there. On `window`,
 * so a page's own handlers (on the document and below) have had their say first.
 */
export function keepStrayFileDrops(target: Window): () => void {
  const onDragOver = (e: DragEvent) => {
    if (e.defaultPrevented || !carriesFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
  };
  const onDrop = (e: DragEvent) => {
    if (!e.defaultPrevented && carriesFiles(e)) e.preventDefault();
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
