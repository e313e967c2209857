/** Start the static server on 127.0.0.1; resolves with its base URL and a way to stop it. */
export function serve(port?: number): Promise<{ url: string; close: () => void }>;
