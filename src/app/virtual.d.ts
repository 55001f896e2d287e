// The speeches the content plugin in vite.config.ts validated at build time, in running order;
// the speeches themselves are embedded in the page as JSON (see tooling/build/boot-script.ts).
declare module 'virtual:lectern/speech' {
  /** Each speech's identity (its folder), content version (fingerprint) and allotted minutes. */
  export const speeches: readonly import('../model/embedded.ts').Listed[];
}
