import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, TEXT_STEPS, readSettings, stepText, textScale } from '../../src/app/settings.ts';
import { safeStore } from '../../src/app/storage.ts';

describe('presenter settings', () => {
  it('falls back to the defaults for missing, corrupt or foreign values', () => {
    for (const raw of [null, '', '{', 'null', '42', '"mirrored"']) expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid field and drops each invalid one', () => {
    const raw = JSON.stringify({ mirrored: 'yes', textSteps: { welcome: 2, note: 'big', mandate: 99 }, rehearsalWordsPerMinute: 141.4 });
    expect(readSettings(raw)).toEqual({ mirrored: false, textSteps: { welcome: 2, mandate: TEXT_STEPS.max }, rehearsalWordsPerMinute: 141 });
    expect(readSettings(JSON.stringify({ mirrored: true, rehearsalWordsPerMinute: 5 }))).toMatchObject({ mirrored: true, rehearsalWordsPerMinute: null });
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

  it('survive storage that is missing, refuses or is full', () => {
    const broken = safeStore(() => {
      throw new Error('SecurityError');
    });
    expect(readSettings(broken.load('k'))).toEqual(DEFAULT_SETTINGS);
    const fullStorage: Storage = {
      length: 0,
      clear() {},
      key: () => null,
      getItem: () => null,
      removeItem() {},
      setItem() {
        throw new Error('QuotaExceededError');
      },
    };
    const full = safeStore(() => fullStorage);
    expect(() => full.save('k', JSON.stringify(DEFAULT_SETTINGS))).not.toThrow();
  });
});
