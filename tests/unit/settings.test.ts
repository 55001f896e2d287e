// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, TEXT_STEPS, readSettings, stepText, textScale } from '../../src/model/live/settings.ts';

describe('presenter settings', () => {
  it('falls back to the defaults for missing, corrupt or foreign values', () => {
    for (const raw of [null, '', '{', 'null', '42', '"mirrored"']) expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid field and drops each invalid one', () => {
    const raw = JSON.stringify({ mirrored: 'yes', textSteps: { welcome: 2, note: 'big', mandate: 99, intro: Number.NaN } });
    expect(readSettings(raw)).toEqual({ mirrored: false, textSteps: { welcome: 2, mandate: TEXT_STEPS.max } });
    expect(readSettings(JSON.stringify({ mirrored: true, textSteps: [3] }))).toEqual({ mirrored: true, textSteps: {} });
  });

  it('remembers a text size per screen, within bounds, around the fitted size', () => {
    let settings = stepText(DEFAULT_SETTINGS, 'welcome', 1);
    expect(textScale(settings, 'welcome')).toBeCloseTo(1.1);
    expect(textScale(settings, 'mandate')).toBe(1);
    settings = stepText(settings, 'welcome', -1);
    expect(settings.textSteps).toEqual({});
    for (let i = 0; i < 20; i += 1) settings = stepText(settings, 'note', -1);
    expect(settings.textSteps.note).toBe(TEXT_STEPS.min);
  });
});
