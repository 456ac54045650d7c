import { Copy } from 'lucide-react';
import { IconButton } from '../../../ui/IconButton.tsx';
import { VisuallyHidden } from '../../../ui/VisuallyHidden.tsx';
import { useToast } from '../../../ui/toastContext.ts';
import styles from './DefinitionsTable.module.css';

/** A definition key: its first part on screen, the whole key for screen readers and on copy. */
export function KeyCell({ definitionKey, name }: { definitionKey: string; name: string }) {
  const { toast } = useToast();
  const short = definitionKey.length > 13 ? `${definitionKey.slice(0, 8)}…` : definitionKey;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(definitionKey);
      toast({ title: 'Key copied', description: definitionKey, tone: 'success' });
    } catch {
      toast({ title: 'Could not copy the key', description: definitionKey, tone: 'error' });
    }
  };
  return (
    <span className={styles.keyCell}>
      <code aria-hidden="true" title={definitionKey}>
        {short}
      </code>
      <VisuallyHidden>{definitionKey}</VisuallyHidden>
      <IconButton
        size="sm"
        label={`Copy key of ${name}`}
        icon={<Copy />}
        onClick={() => void copy()}
      />
    </span>
  );
}
