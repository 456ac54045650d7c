/**
 * What to tell someone whose server could not start listening, instead of Node's stack trace:
 * the usual causes are another server on the port (often a Flowdesk started earlier) and a port
 * or address this user may not use.
 */
export function listenFailureText(
  error: unknown,
  host: string,
  port: number,
  /** How the server was started, for the example: `npm start` or `npm run dev`. */
  command = 'npm start',
): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE') {
    return (
      `Port ${port} is already in use on ${host} (another Flowdesk, perhaps). Stop that server, ` +
      `or choose another port: PORT=${port === 65535 ? 4174 : port + 1} ${command}`
    );
  }
  if (code === 'EACCES') {
    return `Not allowed to listen on ${where}. Choose a port above 1023: PORT=4173 ${command}`;
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `Cannot listen on ${where}: this machine has no address ${host}. Check HOST.`;
  }
  return `Could not listen on ${where}: ${error instanceof Error ? error.message : String(error)}`;
}
