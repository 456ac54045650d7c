import { useCallback, useState } from 'react';
import {
  MAX_CSV_IMPORT_BYTES,
  csvDialect,
  exportCsv,
  previewCsvImport,
  refusedImport,
  tooLargeMessage,
  type CsvImportPreview,
} from '../model/csv.ts';
import { decodeCsvBytes } from '../model/decodeCsvBytes.ts';
import { csvLeftOutText } from '../model/csvLeftOut.ts';
import { notCsvFile } from '../model/notCsvFile.ts';
import type { Period } from '../model/periods.ts';
import type { Planner } from './usePlanner.ts';

/** CSV export of the rows shown, and CSV import through a preview. */
export function useCsv(
  planner: Planner,
  periods: readonly Period[],
  locale: string,
  fileBase: string,
) {
  const [pending, setPending] = useState<{ fileName: string; preview: CsvImportPreview } | null>(
    null,
  );
  const { get, run, say } = planner;

  const exportFile = useCallback(() => {
    const dialect = csvDialect(locale);
    const csv = exportCsv(get().rows, periods, dialect);
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileBase}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say(
      `Exported ${get().rows.length.toLocaleString(locale)} rows to ${fileBase}.csv (${dialect.description}).`,
    );
  }, [get, periods, fileBase, say, locale]);

  const importFile = useCallback(
    async (file: File) => {
      const show = (preview: CsvImportPreview) => setPending({ fileName: file.name, preview });
      // Not read at all when too large: a huge file would hold the page up while it is parsed.
      if (file.size > MAX_CSV_IMPORT_BYTES) return show(refusedImport(tooLargeMessage(file.size)));
      let text: string;
      try {
        const bytes = await file.arrayBuffer();
        const notCsv = notCsvFile(bytes);
        if (notCsv) return show(refusedImport(notCsv));
        text = decodeCsvBytes(bytes);
      } catch {
        return show(refusedImport('The file could not be read. Choose it again.'));
      }
      show(previewCsvImport(text, get().rows, periods, locale));
    },
    [get, periods, locale],
  );

  const applyImport = useCallback(() => {
    if (pending) {
      const { action, rounded } = pending.preview;
      // What the preview said beside the changes is said again: only 'Imported a CSV file (1
      // cell changed).' was heard, not the rows the file asked to change and did not.
      const leftOut = csvLeftOutText(pending.preview);
      const more = [leftOut && `Rows left out: ${leftOut}.`, rounded].filter(Boolean).join(' ');
      if (!more) run({ ok: true, action });
      else if (run({ ok: true, action }, true)) say(`${action.label}. ${more}`);
    }
    setPending(null);
  }, [pending, run, say]);

  return { exportFile, importFile, pending, applyImport, cancelImport: () => setPending(null) };
}
