// Puts the content version and approval at the foot of every printed page.
import { describeApproval, type ApprovalState } from '../content/fingerprint.ts';
import { printFooterCss } from '../review/print.ts';

/** A style rule, rendered as text, that Chromium uses for the running footer of printed pages. */
export function PrintPageFooter({ state }: { state: ApprovalState }) {
  return <style>{printFooterCss(`Content version ${state.fingerprint} · ${describeApproval(state)}`)}</style>;
}
