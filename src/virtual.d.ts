// The identity and version of the speech the content plugin in vite.config.ts validated at build
// time; the speech itself is embedded in the page as JSON (see scripts/boot-script.ts).
declare module 'virtual:lectern/speech' {
  /** The content version: the fingerprint of the speech, computed at build time. */
  export const fingerprint: string;
  /** The speech's identity: the name of its folder. */
  export const speechId: string;
}
