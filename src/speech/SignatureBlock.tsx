// The closing signature: "by", the speaker's name and title.
import type { Signature } from '../content/speech.ts';

/** Shows who gives the speech. */
export function SignatureBlock({ signature }: { signature: Signature }) {
  return (
    <div className="signature">
      {signature.by && <p className="signature-by">{signature.by}</p>}
      <p className="signature-name">{signature.name},</p>
      <p className="signature-role">{signature.role}</p>
    </div>
  );
}
