import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeliveryRecord } from '../../src/app/console/DeliveryRecord.tsx';
import { EMPTY_RECORD, observe } from '../../src/model/timing/record.ts';

const SCREENS = [
  { key: 'point:welcome', label: 'Point 1 of 2', text: 'Good morning.' },
  { key: 'point:thanks', label: 'Point 2 of 2', text: 'Thank you.' },
];
const ORDER = SCREENS.map((s) => s.key);

describe('DeliveryRecord', () => {
  it('saves the record as text and as JSON', async () => {
    const start = Date.UTC(2026, 10, 30, 10, 0, 0);
    let record = observe(EMPTY_RECORD, { screen: 'point:welcome', part: 0, display: 'text', cue: null }, start, ORDER);
    record = observe(record, { screen: 'point:thanks', part: 0, display: 'text', cue: null }, start + 42_000, ORDER);
    const saved: { name: string; type: string; text: string }[] = [];
    render(<DeliveryRecord record={record} screens={SCREENS} title="Operation Icarus" version="abc" save={(name, type, text) => saved.push({ name, type, text })} />);
    expect(screen.getByText('2 screens shown so far.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save as text' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save as JSON' }));
    expect(saved.map((s) => s.name)).toEqual(['Operation-Icarus-as-delivered-2026-11-30-10-00.txt', 'Operation-Icarus-as-delivered-2026-11-30-10-00.json']);
    expect(saved[0]?.text).toContain('00:42  Point 2 of 2\n       Thank you.');
    expect(JSON.parse(saved[1]?.text ?? '')).toMatchObject({ title: 'Operation Icarus', entries: [{ label: 'Point 1 of 2' }, { label: 'Point 2 of 2' }] });
  });
});
