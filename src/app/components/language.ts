// The speech's language, handed down by each view to every text it shows, so numbers are read
// and the app's own words written in that language wherever they stand (the time strip too,
// which the root hands to the presenter view ready-made).
import { createContext, useContext } from 'react';
import { wordsFor, type AppWords } from '../../model/speech/language.ts';

/** The BCP 47 tag of the speech shown; English until a view provides the speech's own. */
export const LanguageContext = createContext('en');

/** The language of the speech shown. */
export function useLanguage(): string {
  return useContext(LanguageContext);
}

/** The words the app writes on the document, in the speech's language. */
export function useWords(): AppWords {
  return wordsFor(useContext(LanguageContext));
}
