// The record of the delivery, for the press office: what was shown and when, saved from the
// console as text ("as delivered", for the published transcript) or as JSON. The files are
// made in the page (a Blob), so saving needs no network.
import type { DeliveryRecord as Record, RecordScreen } from '../../model/timing/record.ts';
import { recordAsJson, recordAsText } from '../../model/timing/record.ts';

interface Props {
  record: Record;
  screens: readonly RecordScreen[];
  title: string;
  version: string;
  /** Saves a file; passed in so tests need no download. */
  save?: (name: string, type: string, text: string) => void;
}

/** Saves text as a file through a temporary object URL. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The record's file name: the title and the start time, safe on every system. */
function fileName(title: string, record: Record, extension: string): string {
  const start = record.entries[0]?.at;
  const when = start === undefined ? 'not-started' : new Date(start).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `${title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-as-delivered-${when}.${extension}`;
}

/** Offers the record as a text file and a JSON file. */
export function DeliveryRecord({ record, screens, title, version, save = download }: Props) {
  const heading = { title, version };
  const shown = record.entries.filter((e) => e.kind === 'screen').length;
  return (
    <section className="panel delivery-record" aria-labelledby="delivery-record-title">
      <h2 id="delivery-record-title">Delivery record</h2>
      <p>{shown === 0 ? 'Nothing shown yet.' : `${shown} ${shown === 1 ? 'screen' : 'screens'} shown so far.`}</p>
      <div className="button-row">
        <button type="button" onClick={() => save(fileName(title, record, 'txt'), 'text/plain;charset=utf-8', recordAsText(record, screens, heading))}>
          Save as text
        </button>
        <button type="button" onClick={() => save(fileName(title, record, 'json'), 'application/json', recordAsJson(record, screens, heading))}>
          Save as JSON
        </button>
      </div>
    </section>
  );
}
