import type { FileCheck } from '../model/fileCheck.ts';

/** Page → worker: one file's bytes, transferred (not copied). */
export interface CheckRequest {
  id: number;
  bytes: ArrayBuffer;
}

/** Worker → page: the check's result, or null when the worker could not check it. */
export interface CheckReply {
  id: number;
  result: FileCheck | null;
}
