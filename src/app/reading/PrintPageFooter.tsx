// Puts the content version and approval at the foot of every printed page, and the
// "DRAFT, not approved" and embargo notices at the head of every page. The rule is
// added as a constructed style sheet, not a <style> element: the built page's
// Content-Security-Policy admits only the styles hashed at build time, and a sheet built
// through the CSSOM is outside what that policy governs.
import { useEffect } from 'react';
import { describeApproval, type ApprovalState } from '../../model/speech/approval.ts';
import { printFooterCss } from '../../model/review/print.ts';

interface Props {
  state: ApprovalState;
  header?: string;
  /** In a conference read as one document: the speech's pages (see printFooterCss), and the speaker the footer names. */
  page?: string;
  speaker?: string;
}

/**
 * Adds the @page rule of the running footer while reading mode is shown, and of the running
 * head (the draft and embargo notices) when there is one; renders nothing.
 */
export function PrintPageFooter({ state, header = '', page = '', speaker = '' }: Props) {
  const footer = `${speaker ? `${speaker} · ` : ''}Content version ${state.fingerprint} · ${describeApproval(state)}`;
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(printFooterCss(footer, header, page));
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [footer, header, page]);
  return null;
}
