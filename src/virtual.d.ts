// The speech, validated at build time by the content plugin in vite.config.ts.
declare module 'virtual:lectern/speech' {
  const speech: import('./content/speech').Speech;
  export default speech;
  /** The content version: the fingerprint of the speech, computed at build time. */
  export const fingerprint: string;
  /** The speech's identity: the name of its folder. */
  export const speechId: string;
}
