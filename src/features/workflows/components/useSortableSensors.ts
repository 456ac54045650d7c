import { PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { PacedKeyboardSensor } from './pacedKeyboardSensor.ts';

/**
 * The sensors of the editors' sortable lists (steps, conditions): a pointer drag starts after
 * 4 px, so a click on the handle is still a click; the keyboard moves by list position, one key
 * at a time (PacedKeyboardSensor), however fast the keys come. The page scrolls to the moved item
 * at once rather than smoothly, so the next key need not wait for the scroll to end.
 */
export function useSortableSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(PacedKeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      scrollBehavior: 'instant',
    }),
  );
}
