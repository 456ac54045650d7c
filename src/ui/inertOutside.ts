/**
 * Makes everything on the page except `keep` inert until the returned function is called.
 *
 * Radix Select hides the rest of the page with aria-hidden while its list is open but leaves it
 * focusable (it relies on its focus trap), which axe reports as hidden focusable content;
 * `inert` is what takes it out of both the tab order and the accessibility tree. Live regions
 * (and the elements around them) are left alone, so announcements made meanwhile are still heard.
 * Elements that were inert already stay inert afterwards.
 */
export function inertOutside(keep: Element): () => void {
  const body = keep.ownerDocument.body;
  const kept = new Set<Element>();
  for (const target of [keep, ...body.querySelectorAll('[aria-live]')]) {
    for (let el: Element | null = target; el && el !== body; el = el.parentElement) kept.add(el);
  }
  const made: Element[] = [];
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (kept.has(child)) {
        // Only its ancestors are kept: walk in, unless it is the element (or live region) itself.
        if (child !== keep && !child.hasAttribute('aria-live')) walk(child);
      } else if (
        !child.hasAttribute('inert') &&
        !['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(child.tagName)
      ) {
        child.setAttribute('inert', '');
        made.push(child);
      }
    }
  };
  walk(body);
  return () => {
    for (const el of made) el.removeAttribute('inert');
  };
}
