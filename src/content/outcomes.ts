// The outcomes a country can report, kept free of the schemas so the app can use them.

/** Every outcome, in the order the note shows them. */
export const OUTCOMES = ['positive', 'not-actionable', 'negative'] as const;

/** One outcome a country reported. */
export type Outcome = (typeof OUTCOMES)[number];

/** How each outcome is named on screen. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  positive: 'Positive results',
  'not-actionable': 'Not actionable',
  negative: 'Negative results',
};

/** How each outcome is named in a table cell, next to the country. */
export const OUTCOME_NAMES: Record<Outcome, string> = {
  positive: 'Positive',
  'not-actionable': 'Not actionable',
  negative: 'Negative',
};
