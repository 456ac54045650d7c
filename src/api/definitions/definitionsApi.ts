import { akanaRequest } from './akanaTransport.ts';
import { withPlatformSession } from './platformSession.ts';
import {
  deleteResultSchema,
  workflowDefinitionListSchema,
  workflowDefinitionSchema,
} from './schemas.ts';

const PATH = '/api/workflow/definitions';

/** `GET /api/workflow/definitions[?ObjectType=…]`. */
export const fetchDefinitions = (objectType: string | null, signal?: AbortSignal) =>
  withPlatformSession(() =>
    akanaRequest({
      method: 'GET',
      path: PATH,
      query: { ObjectType: objectType },
      schema: workflowDefinitionListSchema,
      signal,
    }),
  );

/**
 * `DELETE /api/workflow/definitions/{key}`: answers the text `true`, so its Accept must allow
 * text/plain (AK-DEL); JSON too, for an error body.
 */
export const deleteDefinition = (key: string) =>
  withPlatformSession(() =>
    akanaRequest({
      method: 'DELETE',
      path: `${PATH}/${encodeURIComponent(key)}`,
      accept: 'text/plain, application/json',
      schema: deleteResultSchema,
    }),
  );

export interface DefinitionUpload {
  file: File;
  name: string;
  description: string;
  objectType: string;
}

/**
 * `POST /api/workflow/definitions` as multipart/form-data (File, Name, Description, ObjectType),
 * reporting upload progress (0–1) and cancellable through `signal`.
 */
export const uploadDefinition = (
  input: DefinitionUpload,
  opts: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
) =>
  withPlatformSession(() => {
    const form = new FormData();
    form.set('File', input.file, input.file.name);
    form.set('Name', input.name);
    form.set('Description', input.description);
    form.set('ObjectType', input.objectType);
    opts.onProgress?.(0);
    return akanaRequest({
      method: 'POST',
      path: PATH,
      body: form,
      schema: workflowDefinitionSchema,
      signal: opts.signal,
      onUploadProgress: (loaded, total) =>
        opts.onProgress?.(total > 0 ? Math.min(loaded / total, 1) : 0),
    });
  });
