/** Launch options for the system Chromium. */
export const CHROMIUM: { executablePath: string; args: string[] };
