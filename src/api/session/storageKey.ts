/** Where a tab keeps its connection (sessionStorage), for the store and the start script. */
export const CONNECTION_STORAGE_KEY = 'flowdesk.connection';
