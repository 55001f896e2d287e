// npm run check: validates the speech's content files and prints a short report.
// Exits with 1, listing every problem with its file, line and fix, if anything is wrong.
import { formatIssues } from '../src/content/parse.ts';
import { figureNumber } from '../src/content/figures.ts';
import { countWords, formatDuration, speakingSeconds } from '../src/timing/words.ts';
import { loadSpeech, speechDir } from './content.ts';

const root = process.cwd();
try {
  const dir = speechDir(root);
  const result = loadSpeech(root, dir);
  if (!result.ok) {
    console.error(formatIssues(result.issues));
    process.exit(1);
  }
  const { event, points, note } = result.speech;
  const words = points.reduce((sum, p) => sum + countWords(p.text), 0);
  const lines = [
    `${event.title} (${dir.slice(root.length + 1)}): content is valid.`,
    `  ${points.length} points, ${words} words, about ${formatDuration(speakingSeconds(words, event.wordsPerMinute))} at ${event.wordsPerMinute} words per minute`,
    `  ${note.results.length} countries in the note`,
    ...note.figures.map((f) => `  figure "${f.phrase}" agrees with the ${figureNumber(f.phrase)} countries listed as ${f.counts}`),
  ];
  console.log(lines.join('\n'));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
