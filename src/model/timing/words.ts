// Word counts and speaking-time estimates: pure arithmetic over the text.

/** Counts the words a speaker says: runs of text holding a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Seconds needed to say `words` at `wordsPerMinute`, rounded to the second. */
export function speakingSeconds(words: number, wordsPerMinute: number): number {
  return wordsPerMinute > 0 ? Math.round((words / wordsPerMinute) * 60) : 0;
}

/** Writes a duration as m:ss, such as 2:05. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
