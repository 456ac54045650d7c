import { useEffect, useId, useRef, type DragEvent } from 'react';
import { useDropzone, type FileRejection } from 'react-dropzone';
import { FileUp } from 'lucide-react';
import { cx } from '../../../ui/cx.ts';
import {
  acceptedFileTypes,
  checkFileSize,
  checkFileType,
  fileRulesText,
} from '../model/fileRules.ts';
import { focusParts } from '../hooks/useKeepFocusInPanel.ts';
import styles from './DropZone.module.css';
import { shownFileName } from '../model/shownFileName.ts';
import { notFileDrop, type NotFileDrop } from '../model/notFileDrop.ts';

/** What the zone shows, and how its name starts. */
const chooseText = 'Drop XML files here, or choose files';

export interface DropZoneProps {
  maxBytes: number;
  /**
   * Once per drop or choice: the files that passed the type and size rules, and one sentence per
   * refused file (together, so both can be told in one announcement).
   */
  onChoose: (files: File[], refused: string[]) => void;
  /** A drop that held no file (a link or text dragged from a page): nothing is added. */
  onNotFiles: (kind: NotFileDrop) => void;
  disabled?: boolean;
}

/**
 * Drop, click or press Enter/Space to choose OSWorkflow files (files dropped elsewhere on the
 * page are taken as dropped here). The zone is one named, focusable
 * control; the rules are stated beside it and tied to it with aria-describedby. Its name starts
 * with the words it shows, so speech input finds it by them (WCAG 2.5.3), and they say "choose",
 * not "click", as a key press chooses too.
 */
export function DropZone({ maxBytes, onChoose, onNotFiles, disabled }: DropZoneProps) {
  const rulesId = useId();
  const onDrop = (accepted: File[], rejected: FileRejection[]) => {
    const messages: string[] = [];
    const ok: File[] = [];
    for (const file of accepted) {
      const problem = checkFileType(file) ?? checkFileSize(file, maxBytes);
      if (problem) messages.push(problem);
      else ok.push(file);
    }
    for (const r of rejected)
      messages.push(
        checkFileType(r.file) ??
          checkFileSize(r.file, maxBytes) ??
          `${shownFileName(r.file.name)}: ${r.errors[0]?.message ?? 'not accepted'}`,
      );
    onChoose(ok, messages);
  };
  const { getRootProps, getInputProps, isDragActive, rootRef } = useDropzone({
    onDrop,
    accept: acceptedFileTypes,
    multiple: true,
    disabled,
  });
  // Files dropped anywhere else on the page (on the list, or a batch row once the zone has
  // scrolled away): react-dropzone keeps the browser from opening them and drops them without a
  // word. On this page a dropped file can only be meant for upload: it goes through the same
  // rules as one dropped on the zone. (A drop on the zone is the zone's own.)
  const onDropRef = useRef(onDrop);
  onDropRef.current = onDrop;
  useEffect(() => {
    if (disabled) return;
    const onPageDrop = (e: globalThis.DragEvent) => {
      const zone = rootRef.current;
      if (zone && e.target instanceof Node && zone.contains(e.target)) return;
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      onDropRef.current(files, []);
    };
    document.addEventListener('drop', onPageDrop);
    return () => document.removeEventListener('drop', onPageDrop);
  }, [disabled, rootRef]);
  return (
    <div className={styles.wrap}>
      {/* Outside the zone: a control inside a role=button would be a nested interactive control.
          Hidden from assistive technology: the zone, which opens this input's file picker, is the
          one control a user meets; the input would be a second "Definition files" button beside
          it (react-dropzone already keeps it out of the tab order). Its name stays for tests that
          hand it files as the file picker does. */}
      <input {...getInputProps({ 'aria-label': 'Definition files', 'aria-hidden': true })} />
      <div
        {...getRootProps({
          role: 'button',
          'aria-label': `${chooseText} to upload`,
          'aria-describedby': rulesId,
          [focusParts.dropZone]: '',
          // react-dropzone ignores a drop without files; the page says why nothing was added.
          onDrop: (e: DragEvent<HTMLElement>) => {
            const dt = e.dataTransfer;
            const kind = notFileDrop(
              [...dt.types],
              [...dt.items].map((i) => i.kind),
            );
            if (kind) onNotFiles(kind);
          },
          className: cx(styles.zone, isDragActive && styles.active, disabled && styles.disabled),
        })}
      >
        <FileUp aria-hidden="true" className={styles.icon} />
        <span className={styles.primary}>
          {isDragActive ? 'Drop the files to add them' : chooseText}
        </span>
        <span className={styles.secondary}>You can add several files at once.</span>
      </div>
      <p id={rulesId} className={styles.rules}>
        {fileRulesText(maxBytes)} Each file needs a <code>&lt;workflow&gt;</code> root with{' '}
        <code>&lt;initial-actions&gt;</code> and <code>&lt;steps&gt;</code>.
      </p>
    </div>
  );
}
