import { CopyCheck } from 'lucide-react';
import { Button } from '../../../ui/Button.tsx';
import { Tooltip } from '../../../ui/Tooltip.tsx';
import type { ApplyToAll } from '../model/applyToAll.ts';
import { shownFileName } from '../model/shownFileName.ts';

export interface ApplyToAllButtonProps {
  apply: ApplyToAll;
  onApply: () => void;
}

/** Copies the first file's Description and Resource type into the other files where empty. */
export function ApplyToAllButton({ apply, onApply }: ApplyToAllButtonProps) {
  const source = shownFileName(apply.source.file.name);
  return (
    <Tooltip
      content={`Copies the Description and Resource type of “${source}”, the first file, into every other file where they are empty.`}
    >
      <Button icon={<CopyCheck />} onClick={onApply}>
        Apply to all files
      </Button>
    </Tooltip>
  );
}
