/** Launch options for the system Chromium. */
export const CHROMIUM: { executablePath: string; args: string[] };
/** Features of Chromium's own UI that it would build beside each page, turned off. */
export const BROWSER_UI_FEATURES: string[];
/** The features Playwright turns off, repeated in CHROMIUM's one --disable-features. */
export const PLAYWRIGHT_FEATURES: string[];
