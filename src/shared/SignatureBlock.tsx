// The closing signature: "by", the speaker's name and title.
import type { Signature } from '../content/speech.ts';
import { searchKey } from '../review/search.ts';
import { Highlighted } from './Highlighted.tsx';

/** Shows who gives the speech. */
export function SignatureBlock({ signature }: { signature: Signature }) {
  return (
    <div className="signature">
      {signature.by && (
        <p className="signature-by">
          <Highlighted text={signature.by} searchKey={searchKey.signature('by')} />
        </p>
      )}
      <p className="signature-name">
        <Highlighted text={signature.name} searchKey={searchKey.signature('name')} />,
      </p>
      <p className="signature-role">
        <Highlighted text={signature.role} searchKey={searchKey.signature('role')} />
      </p>
    </div>
  );
}
