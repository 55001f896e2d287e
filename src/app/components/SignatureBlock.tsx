// The closing signature: "by", the speaker's name and, if given, their title. The punctuation
// after the name is the language's, and only there when a title follows.
import { memo } from 'react';
import type { Signature } from '../../model/speech/speech.ts';
import { searchKey } from '../../model/review/search.ts';
import { Highlighted } from './Highlighted.tsx';
import { useWords } from './language.ts';

/** Shows who gives the speech. */
export const SignatureBlock = memo(function SignatureBlock({ signature }: { signature: Signature }) {
  const words = useWords();
  return (
    <div className="signature" dir="auto">
      {signature.by && (
        <p className="signature-by">
          <Highlighted text={signature.by} searchKey={searchKey.signature('by')} />
        </p>
      )}
      <p className="signature-name">
        <Highlighted text={signature.name} searchKey={searchKey.signature('name')} />
        {signature.role && words.nameEnd}
      </p>
      {signature.role && (
        <p className="signature-role">
          <Highlighted text={signature.role} searchKey={searchKey.signature('role')} />
        </p>
      )}
    </div>
  );
});
