// The second run of the suite's content readers: the test files that read the shipped content
// (content/, or LECTERN_CONTENT) run again, as the "sample" project, with the sample conference
// as the content; the rest would only repeat themselves. tests/unit/sample-run.test.ts holds
// this list to what the test files import.

/** The test files that read the shipped content, which the sample project runs again on the sample conference. */
export const SAMPLE_RUN_FILES: readonly string[] = [
  'tests/unit/content.test.ts',
  'tests/browser/first-paint.test.ts',
  'tests/browser/fit.test.ts',
  'tests/browser/hygiene.test.ts',
  'tests/browser/navigation.test.ts',
  'tests/browser/podium-file.test.ts',
  'tests/browser/pointer.test.ts',
  'tests/browser/reading.test.ts',
  'tests/browser/standalone.test.ts',
];
