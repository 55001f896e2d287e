// Presenter settings kept on this machine, for its own screen: the mirror for teleprompter
// glass and the text size chosen for each screen. Read through a guard, so a stored value
// that is old, edited or corrupt falls back to the defaults field by field. (The speaking
// rate a rehearsal measured is not a setting of one screen: it travels with the live state.)
import { isRecord } from '../wire.ts';

/** Settings that outlive a reload. `textSteps` maps a screen's key to its size step. */
export interface PresenterSettings {
  mirrored: boolean;
  textSteps: Readonly<Record<string, number>>;
}

/** The settings before anything is chosen. */
export const DEFAULT_SETTINGS: PresenterSettings = { mirrored: false, textSteps: {} };

/** Size steps allowed either side of the fitted size. */
export const TEXT_STEPS = { min: -4, max: 6 } as const;

/** Each step scales the text by this factor. */
const STEP_FACTOR = 1.1;

/** Keeps a step inside the allowed range. */
function clampStep(step: number): number {
  return Math.min(TEXT_STEPS.max, Math.max(TEXT_STEPS.min, Math.trunc(step)));
}

/** Reads stored settings, keeping every valid field and defaulting the rest. */
export function readSettings(raw: string | null): PresenterSettings {
  let value: unknown;
  try {
    value = raw === null ? null : JSON.parse(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (!isRecord(value)) return DEFAULT_SETTINGS;
  const { mirrored, textSteps } = value;
  const steps: Record<string, number> = {};
  if (isRecord(textSteps)) {
    for (const [key, step] of Object.entries(textSteps)) {
      if (typeof step === 'number' && Number.isFinite(step) && step !== 0) steps[key] = clampStep(step);
    }
  }
  return { mirrored: mirrored === true, textSteps: steps };
}

/** The settings with a screen's text one step bigger (+1) or smaller (-1). */
export function stepText(settings: PresenterSettings, screenKey: string, by: 1 | -1): PresenterSettings {
  const step = clampStep((settings.textSteps[screenKey] ?? 0) + by);
  const textSteps = { ...settings.textSteps };
  if (step === 0) delete textSteps[screenKey];
  else textSteps[screenKey] = step;
  return { ...settings, textSteps };
}

/** The factor applied to the fitted size of a screen's text. */
export function textScale(settings: PresenterSettings, screenKey: string): number {
  return STEP_FACTOR ** (settings.textSteps[screenKey] ?? 0);
}
