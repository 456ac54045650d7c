import { Undo2 } from 'lucide-react';
import { Button } from '../../../ui/index.ts';

/** "Undo removed Group 2": the editor's last structural change, also on Ctrl+Z (⌘Z). */
export function UndoButton({ label, onUndo }: { label: string | undefined; onUndo: () => void }) {
  if (!label) return null;
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={<Undo2 size={14} />}
      onClick={onUndo}
      aria-keyshortcuts="Control+Z Meta+Z"
      title="Ctrl+Z"
    >
      Undo {label}
    </Button>
  );
}
