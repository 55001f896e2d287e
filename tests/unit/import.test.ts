// @vitest-environment node
// The import: the Icarus seed as plain text, Markdown and Word gives the points of
// the Icarus speech word for word, the signature, the 17 + 1 + 1 countries and the footnote,
// and every word of the source lands in the files or in the list of what was not placed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { approve } from '../../tooling/commands/approve.ts';
import { loadSpeech, speechDir, speechSlots } from '../../tooling/content/load.ts';
import { importCommand } from '../../tooling/commands/import.ts';
import { importSource, importTarget, MAX_BYTES, MAX_UNPACKED_BYTES, writeSpeech } from '../../tooling/commands/importer.ts';
import { CONTENT_COMMENTS, commentLines } from '../../tooling/content/headers.ts';
import { parseSpeech } from '../../tooling/content/parse.ts';
import { fold } from '../../tooling/import/blocks.ts';
import { contentFiles } from '../../tooling/import/write.ts';
import { makeDocx, paragraph, picture, seedBody, SEED, table } from '../fixtures/docx.ts';
import { runCommand } from '../support/cli.ts';
import { ICARUS, icarus } from '../support/speech.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'lectern-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const speech = icarus();

/** Writes a file in the test's folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** The seed as a Word document, paragraphs and line breaks as in the text. */
const seedDocx = async () => file('icarus.docx', await makeDocx(seedBody(readFileSync(SEED, 'utf8'))));

describe.each([
  ['the seed text', async () => SEED],
  ['a Markdown copy', async () => resolve(root, 'tests/fixtures/icarus-seed.md')],
  ['a Word copy', seedDocx],
])('importing %s', (_, path) => {
  it('gives the points of the Icarus speech word for word, in order', async () => {
    const { speech: imported } = await importSource(await path());
    expect(imported.points.map((p) => p.text)).toEqual(speech.points.map((p) => p.text));
  });

  it('gives the kind, the title, the signature, the note title and intro', async () => {
    const { speech: imported } = await importSource(await path());
    expect(imported.event).toEqual({ kind: speech.event.kind, title: speech.event.title });
    expect(imported.signature).toEqual(speech.signature);
    expect(imported.note?.title).toBe(speech.note.title);
    expect(imported.note?.intro).toBe(speech.note.intro);
  });

  it('gives the 17 + 1 + 1 countries with their outcomes and remarks, and the footnote with its mark', async () => {
    const { speech: imported } = await importSource(await path());
    expect(imported.note?.results).toEqual(speech.note.results);
    expect(imported.note?.footnotes).toEqual(speech.note.footnotes);
    // The figure is the same, standing in the same point (the import names points by their first words).
    const index = speech.points.findIndex((p) => p.id === 'results');
    const [figure] = imported.note?.figures ?? [];
    expect(figure).toEqual({ ...speech.note.figures[0], in: [imported.points[index]?.id, 'note'] });
  });

  it('places every word of the source', async () => {
    const { unplaced, notes } = await importSource(await path());
    expect(unplaced).toEqual([]);
    expect(notes).toEqual([]);
  });
});

describe('the files the import writes', () => {
  it('are valid content with the comments of the hand-written files, and carry the seed speech', async () => {
    const { speech: imported } = await importSource(SEED);
    const texts = contentFiles(imported);
    for (const kind of ['event', 'points', 'signature', 'note'] as const) {
      expect(texts[kind]?.startsWith(`${commentLines(CONTENT_COMMENTS[kind].header)}\n`)).toBe(true);
    }
    const parsed = parseSpeech('imported', texts);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.speech.points.map((p) => p.text)).toEqual(speech.points.map((p) => p.text));
    expect(parsed.speech.note?.results).toEqual(speech.note.results);
  });

  it('write note.yaml as the Icarus note.yaml is written, line for line: declared outcomes, rows, figure, footnote', async () => {
    const { speech: imported } = await importSource(SEED);
    const results = imported.points[speech.points.findIndex((p) => p.id === 'results')]?.id ?? '';
    const written = contentFiles(imported).note?.replace(`in: [${results}, note]`, 'in: [results, note]');
    expect(written).toBe(readFileSync(resolve(root, ICARUS, 'note.yaml'), 'utf8'));
  });

  it('write no note.yaml for a speech with no note, and the folder loads as a speech that ends at its signature', async () => {
    const path = file('no-note.md', '# A statement\n\n1. We met today.\n2. We agreed on a plan.\n\nby Jane Doe, Director\n');
    const { speech: imported } = await importSource(path);
    const texts = contentFiles(imported);
    expect(texts.note).toBeUndefined();
    // Over a folder that had a note, as a redraft that drops it would be.
    const into = join(work, 'no-note');
    writeSpeech(contentFiles((await importSource(SEED)).speech), into, false);
    writeSpeech(texts, into, true);
    expect(readdirSync(into).sort()).toEqual(['.imported.json', 'event.yaml', 'points.yaml', 'signature.yaml']);
    expect(readdirSync(work).find((name) => name.startsWith('no-note.backup-') && existsSync(join(work, name, 'note.yaml')))).toBeDefined();
    const loaded = loadSpeech(work, into);
    expect(loaded.ok && loaded.speech.note).toBeUndefined();
    expect(loaded.ok && loaded.speech.points.map((p) => p.text)).toEqual(['We met today.', 'We agreed on a plan.']);
  });

  it('match the comments the hand-written files of the Icarus speech carry, from the one source', () => {
    for (const kind of ['event', 'points', 'signature', 'note'] as const) {
      const text = readFileSync(resolve(root, ICARUS, `${kind}.yaml`), 'utf8');
      const { header, before = {}, after = [] } = CONTENT_COMMENTS[kind];
      expect(text.startsWith(`${commentLines(header)}\n`)).toBe(true);
      for (const [field, lines] of Object.entries(before)) expect(text).toContain(`${commentLines(lines)}\n${field}:`);
      if (after.length > 0) expect(text.trimEnd().endsWith(commentLines(after))).toBe(true);
    }
  });
});

const deletion = paragraph([]).replace(
  '<w:p>',
  '<w:p><w:r><w:t xml:space="preserve">So far 220 suspects </w:t></w:r><w:del w:id="1" w:author="Jan Smit" w:date="2011-10-04T10:00:00Z"><w:r><w:delText>and 40 victims </w:delText></w:r></w:del><w:r><w:t>have been identified;</w:t></w:r>',
);
const insertion = '<w:p><w:ins w:id="2" w:author="Jan Smit"><w:r><w:t>Europol will report again in December;</w:t></w:r></w:ins></w:p>';
/** The seed, with a point holding a tracked deletion and one that is a tracked insertion, before the signature. */
const changedDocx = async (name: string, comments: string[] = []) => {
  const body = seedBody(readFileSync(SEED, 'utf8')).replace(/<w:p><w:r><w:t xml:space="preserve">by/, `${deletion}${insertion}$&`);
  return file(name, await makeDocx(body, { comments }));
};

describe('a Word document with tracked changes or comments', () => {
  it('is refused, naming the deleted and inserted text and the fix', async () => {
    const path = await changedDocx('tracked.docx');
    await expect(importSource(path)).rejects.toThrow(/deletion by Jan Smit: "and 40 victims"/);
    await expect(importSource(path)).rejects.toThrow(/insertion by Jan Smit: "Europol will report again in December;"/);
    await expect(importSource(path)).rejects.toThrow(/Accept or reject the tracked changes in Word/);
  });

  it('is refused for a comment, naming it', async () => {
    const path = file('commented.docx', await makeDocx(seedBody(readFileSync(SEED, 'utf8')), { comments: ['Check the 220 with Denmark'] }));
    await expect(importSource(path)).rejects.toThrow(/comment by Press Office: "Check the 220 with Denmark"/);
  });

  it('with --accept-changes keeps the insertion and drops the deletion, and says so', async () => {
    const { speech: imported, resolved } = await importSource(await changedDocx('accept.docx'), 'accept');
    const texts = imported.points.map((p) => p.text);
    expect(texts).toContain('So far 220 suspects have been identified;');
    expect(texts).toContain('Europol will report again in December;');
    expect(resolved.map((c) => c.kind)).toEqual(['insertion', 'deletion']);
  });

  it('with --reject-changes keeps the deletion and drops the insertion', async () => {
    const { speech: imported } = await importSource(await changedDocx('reject.docx', ['a comment']), 'reject');
    const texts = imported.points.map((p) => p.text);
    expect(texts).toContain('So far 220 suspects and 40 victims have been identified;');
    expect(texts.join(' ')).not.toContain('December');
  });
});

describe('bad input', () => {
  it('refuses a .docx that is not a Word file', async () => {
    await expect(importSource(file('letter.docx', 'Dear colleagues, this is plain text.'))).rejects.toThrow(
      /letter\.docx: this is not a Word document \(\.docx\)\. Save the document from Word/,
    );
  });

  it('refuses a zip that holds no Word document', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip().file('readme.txt', 'hello');
    await expect(importSource(file('archive.docx', await zip.generateAsync({ type: 'uint8array' })))).rejects.toThrow(/not a Word document \(it has no word\/document\.xml\)/);
  });

  it('refuses a password-protected .docx with the way to remove the password', async () => {
    // Word keeps an encrypted .docx in an OLE compound file holding an "EncryptedPackage" stream.
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    await expect(importSource(file('locked.docx', bytes))).rejects.toThrow(/locked\.docx: the document is protected by a password\. .*remove the password/);
  });

  it('refuses an old Word 97-2003 .doc saved under .docx', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(importSource(file('old.docx', bytes))).rejects.toThrow(/old Word 97-2003 file/);
  });

  it('refuses a huge file before reading it', async () => {
    await expect(importSource(file('huge.txt', new Uint8Array(MAX_BYTES + 1)))).rejects.toThrow(/huge\.txt: the file is 10\.0 MB; a speech is never that large/);
  });

  it('refuses a small .docx that unpacks to a huge one, before unpacking it', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await makeDocx(seedBody(readFileSync(SEED, 'utf8'))));
    zip.file('word/media/huge.bin', new Uint8Array(MAX_UNPACKED_BYTES));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(MAX_BYTES);
    await expect(importSource(file('bomb.docx', bytes))).rejects.toThrow(/bomb\.docx: the document unpacks to 50\.0 MB; a speech is never that large \(the limit is 50\.0 MB\)/);
  });

  it('refuses an empty file', async () => {
    await expect(importSource(file('empty.docx', ''))).rejects.toThrow(/empty\.docx: the file is empty/);
    await expect(importSource(file('empty.txt', ''))).rejects.toThrow(/empty\.txt: the file is empty/);
    await expect(importSource(file('blank.txt', '  \n\u00a0\n'))).rejects.toThrow(/blank\.txt: the document has no text/);
  });

  it('refuses a .txt in Windows-1252, naming the line and the fix', async () => {
    // "Europol’s" with the apostrophe as Windows-1252 writes it (0x92).
    const bytes = Buffer.concat([Buffer.from('Speaking points\n\nTitle\n\nAbout '), Buffer.from([0x93]), Buffer.from('Icarus'), Buffer.from([0x94]), Buffer.from(';\n')]);
    await expect(importSource(file('ansi.txt', bytes))).rejects.toThrow(/ansi\.txt:5: the file is not UTF-8 .*Windows-1252.*Save it again as UTF-8/);
  });

  it('refuses a document with no recognisable points, saying so', async () => {
    await expect(importSource(file('title-only.txt', 'Speaking points\n\nOperation Icarus press conference\n'))).rejects.toThrow(
      /title-only\.txt: no speaking points found after the title "Operation Icarus press conference"\. Write each point as a paragraph, a numbered or bulleted item, or a line ending with ";".*nothing was written/,
    );
  });

  it('makes a table of countries and outcomes the note’s list, with its heading reported as not placed', async () => {
    const body = [
      paragraph('Speaking points'),
      paragraph('A press conference', 'Title'),
      paragraph('Good morning;'),
      paragraph('by Jane Doe, Director'),
      paragraph('Note'),
      paragraph('So far 2 countries have reported positive results:'),
      table([
        ['Country', 'Outcome', 'Remark'],
        ['Austria', 'Positive', ''],
        ['Belgium', 'positive', ''],
        ['Malta', 'Not actionable', 'Malta had one target.'],
      ]),
    ].join('');
    const { speech: imported, unplaced } = await importSource(file('table.docx', await makeDocx(body)));
    expect(imported.note?.results).toEqual([
      { country: 'Austria', outcome: 'positive' },
      { country: 'Belgium', outcome: 'positive' },
      { country: 'Malta', outcome: 'not-actionable', remark: 'Malta had one target.' },
    ]);
    expect(unplaced.map((u) => `${u.what}: ${u.text}`)).toEqual(['table heading: Country | Outcome | Remark']);
  });

  it('reports a table that is not a list of countries, and an image, as not placed, with their words', async () => {
    const body = [
      paragraph('Speaking points'),
      paragraph('A press conference'),
      paragraph('Good morning;'),
      table([['Budget', '2 million euro']]),
      picture('Europol logo'),
      paragraph('by Jane Doe, Director'),
      paragraph('Note'),
      paragraph('So far 1 country has reported positive results:'),
      paragraph('Austria'),
    ].join('');
    const { speech: imported, unplaced } = await importSource(file('extras.docx', await makeDocx(body)));
    expect(imported.points.map((p) => p.text)).toEqual(['Good morning;']);
    expect(unplaced.map((u) => `${u.what}: ${u.text}`)).toEqual(['table: Budget | 2 million euro', 'image: Europol logo']);
  });

  it('lists a Markdown image as not placed', async () => {
    const md = 'Speaking points\n\n# Title\n\n- First point;\n- Second point.\n\n![The Europol building](building.png)\n\nby Jane Doe, Director\n\nNote\n\nSo far 1 country has reported positive results:\n\n- Austria\n';
    const { speech: imported, unplaced } = await importSource(file('image.md', md));
    expect(imported.points.map((p) => p.text)).toEqual(['First point;', 'Second point.']);
    expect(unplaced.map((u) => `${u.what}: ${u.text}`)).toEqual(['image: The Europol building']);
  });
});

describe('writing the content folder', () => {
  const files = async () => contentFiles((await importSource(SEED)).speech);

  it('refuses an existing folder unless forced, and leaves it as it was', async () => {
    const into = join(work, 'existing');
    mkdirSync(into);
    writeFileSync(join(into, 'points.yaml'), 'hand-written');
    const texts = await files();
    expect(() => writeSpeech(texts, into, false)).toThrow(/existing already exists\. Import into a new folder, or add --force .* every other file there stays/);
    expect(readFileSync(join(into, 'points.yaml'), 'utf8')).toBe('hand-written');
    writeSpeech(texts, into, true);
    expect(loadSpeech(work, into).ok).toBe(true);
    expect(readdirSync(into).filter((name) => name.includes('.importing-'))).toEqual([]);
  });

  it('with --force writes only its content files: the press office\'s own files and folders stay as they were', async () => {
    const into = join(work, 'own-files');
    writeSpeech(await files(), into, false);
    writeFileSync(join(into, 'signed-off.docx'), 'the signed-off draft');
    writeFileSync(join(into, 'notes.txt'), 'call the minister');
    mkdirSync(join(into, 'archive'));
    writeFileSync(join(into, 'archive', 'v1.txt'), 'first draft');
    writeSpeech(await files(), into, true);
    expect(readFileSync(join(into, 'signed-off.docx'), 'utf8')).toBe('the signed-off draft');
    expect(readFileSync(join(into, 'notes.txt'), 'utf8')).toBe('call the minister');
    expect(readFileSync(join(into, 'archive', 'v1.txt'), 'utf8')).toBe('first draft');
    expect(loadSpeech(work, into).ok).toBe(true);
  });

  it('copies the files it replaces into a dated folder beside the speech, which no loader takes for a speech', async () => {
    const project = mkdtempSync(join(work, 'backup-'));
    const into = join(project, 'content', 'icarus');
    writeSpeech(await files(), into, false);
    const before = readFileSync(join(into, 'points.yaml'), 'utf8').replace('So far 220', 'So far 230');
    writeFileSync(join(into, 'points.yaml'), before);
    const { backup } = writeSpeech(await files(), into, true, new Date(2026, 11, 4, 9, 5, 7));
    expect(backup).toBe(join(project, 'content', 'icarus.backup-2026-12-04-090507'));
    expect(readFileSync(join(project, 'content', 'icarus.backup-2026-12-04-090507', 'points.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(join(project, 'content')).sort()).toEqual(['icarus', 'icarus.backup-2026-12-04-090507']);
    // A second import in the same second gets its own folder.
    expect(writeSpeech(await files(), into, true, new Date(2026, 11, 4, 9, 5, 7)).backup).toBe(`${backup}-2`);
    expect(speechDir(project, {})).toBe(into);
    expect(speechSlots(project, {}).map((slot) => slot.id)).toEqual(['icarus']);
  });

  it('lists each content file edited since the last import that it overwrites, quoting the lost lines, and no other', async () => {
    const into = join(work, 'edited');
    expect(writeSpeech(await files(), into, false).overwritten).toEqual([]);
    expect(writeSpeech(await files(), into, true).overwritten).toEqual([]);
    const points = readFileSync(join(into, 'points.yaml'), 'utf8');
    writeFileSync(join(into, 'points.yaml'), points.replace('So far 220', 'So far 230'));
    const { overwritten } = writeSpeech(await files(), into, true);
    expect(overwritten.map((edit) => edit.file)).toEqual(['points.yaml']);
    expect(overwritten[0]?.lines.join('\n')).toContain('So far 230');
    expect(readFileSync(join(into, 'points.yaml'), 'utf8')).toBe(points);
  });

  it('counts every differing file of a folder it never wrote as an overwritten edit', async () => {
    const into = join(work, 'hand-written');
    mkdirSync(into);
    writeFileSync(join(into, 'signature.yaml'), 'name: Jane Doe\nrole: Director\n');
    const { overwritten } = writeSpeech(await files(), into, true);
    expect(overwritten).toEqual([{ file: 'signature.yaml', lines: ['name: Jane Doe', 'role: Director'] }]);
  });

  it('keeps the approval, the settings and the approved copy of the folder it replaces', async () => {
    const into = join(work, 'approved');
    writeSpeech(await files(), into, false);
    const event = readFileSync(join(into, 'event.yaml'), 'utf8');
    writeFileSync(join(into, 'event.yaml'), `${event}venue: Europol\napproval:\n  by: Head of Press\n  date: 2011-10-05\n  fingerprint: "0123456789ab"\n`);
    writeFileSync(join(into, 'approved.json'), '{"kept": true}');
    writeSpeech(await files(), into, true);
    const after = parseSpeech('approved', { ...(await files()), event: readFileSync(join(into, 'event.yaml'), 'utf8') });
    expect(after.ok && after.speech.event.approval?.by).toBe('Head of Press');
    expect(after.ok && after.speech.event.venue).toBe('Europol');
    expect(readFileSync(join(into, 'approved.json'), 'utf8')).toBe('{"kept": true}');
  });

  it('writes nothing when the write fails half way', async () => {
    const into = join(work, 'half');
    // The disk fails while the last file is written.
    const broken = {
      ...(await files()),
      get note(): string {
        throw new Error('no space left on device');
      },
    };
    expect(() => writeSpeech(broken, into, false)).toThrow('no space left on device');
    expect(existsSync(into)).toBe(false);
    expect(readdirSync(work).filter((name) => name.startsWith('half'))).toEqual([]);
  });

  it('leaves an existing folder as it was, with no backup, when the write fails half way', async () => {
    const into = join(work, 'half-existing');
    writeSpeech(await files(), into, false);
    const before = readdirSync(into).map((name) => [name, readFileSync(join(into, name), 'utf8')]);
    const broken = {
      ...(await files()),
      get points(): string {
        throw new Error('no space left on device');
      },
    };
    expect(() => writeSpeech(broken, into, true)).toThrow('no space left on device');
    expect(readdirSync(into).map((name) => [name, readFileSync(join(into, name), 'utf8')])).toEqual(before);
    expect(readdirSync(work).filter((name) => name.startsWith('half-existing.'))).toEqual([]);
  });
});

describe('where the import may write', () => {
  const project = join(work, 'project');
  mkdirSync(join(project, 'content', 'icarus'), { recursive: true });

  it('takes a speech\'s folder inside content/, new or existing', () => {
    expect(importTarget(project, 'content/icarus')).toBe(join(project, 'content', 'icarus'));
    expect(importTarget(project, 'content/icarus-v4/')).toBe(join(project, 'content', 'icarus-v4'));
  });

  it.each([
    ['content', /that is the folder of all the speeches/],
    ['content/', /that is the folder of all the speeches/],
    ['content/icarus/..', /that is the folder of all the speeches/],
    ['.', /that is the whole project/],
    ['..', /outside content\//],
    ['src', /outside content\//],
    ['content/../src', /outside content\//],
    [tmpdir(), /outside content\//],
  ])('refuses --into %s, naming the fix', (into, reason) => {
    expect(() => importTarget(project, into)).toThrow(reason);
    expect(() => importTarget(project, into)).toThrow(/Name .*--into content\/my-speech/);
  });

  it('refuses a folder inside content/ that a symbolic link leads outside, and a file', () => {
    symlinkSync(work, join(project, 'content', 'elsewhere'));
    writeFileSync(join(project, 'content', 'running-order.yaml'), 'speeches: []\n');
    expect(() => importTarget(project, 'content/elsewhere')).toThrow(/symbolic link leads that folder outside content\//);
    expect(() => importTarget(project, 'content/elsewhere/speech')).toThrow(/symbolic link/);
    expect(() => importTarget(project, 'content/running-order.yaml')).toThrow(/that is a file, not a folder/);
  });
});

describe('npm run import', () => {
  const files = async () => contentFiles((await importSource(SEED)).speech);
  const tsx = resolve(root, 'node_modules/.bin/tsx');
  const script = resolve(root, 'tooling/commands/import.ts');
  /** A project of its own for each test, as a checkout with content/ and a .git folder. */
  function project(name: string): string {
    const dir = join(work, name);
    mkdirSync(join(dir, 'content'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    return dir;
  }
  /** Runs the import in-process as a user does in `cwd`, returning its exit code and output. */
  async function run(cwd: string, ...args: string[]): Promise<{ status: number; out: string }> {
    const done = await runCommand(importCommand, args, cwd);
    return { status: done.status, out: `${done.out}${done.err}` };
  }
  /** Runs the script itself with tsx: the one test that the command line reaches the function. */
  function spawnRun(cwd: string, ...args: string[]): { status: number; out: string } {
    try {
      const out = execFileSync(tsx, [script, ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, out };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, out: `${e.stdout}${e.stderr}` };
    }
  }
  /** Every file under `dir` with its text, to show that nothing changed. */
  function snapshot(dir: string): Record<string, string> {
    const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    return Object.fromEntries(entries.map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]));
  }

  it('imports the seed, says every word is placed, and shows the check report', () => {
    const cwd = project('cli-seed');
    const { status, out } = spawnRun(cwd, SEED, '--into', 'content/icarus');
    expect(status).toBe(0);
    expect(out).toContain('19 points, 19 countries, 1 footnote');
    expect(out).toContain('Every word of the document is in the content files.');
    expect(out).toContain('content is valid');
    expect(out).toContain('Total: 17 + 1 + 1 = 19');
  }, 30_000);

  it('refuses --force into content/ itself and into the project, and deletes nothing', async () => {
    const cwd = project('cli-refusals');
    writeSpeech(await files(), join(cwd, 'content', 'icarus'), false);
    writeFileSync(join(cwd, 'content', 'running-order.yaml'), 'speeches:\n  - folder: icarus\n    minutes: 5\n');
    const before = snapshot(cwd);
    for (const into of ['content', '.']) {
      const { status, out } = await run(cwd, SEED, '--into', into, '--force');
      expect(status).toBe(1);
      expect(out).toMatch(/the import writes (one|only a) speech's folder inside/);
    }
    expect(snapshot(cwd)).toEqual(before);
  }, 60_000);

  it('with --force into a speech\'s folder keeps the press office\'s files, backs up what it replaces, and lists the edits it overwrote', async () => {
    const cwd = project('cli-force');
    const into = join(cwd, 'content', 'icarus');
    expect((await run(cwd, SEED, '--into', 'content/icarus')).status).toBe(0);
    writeFileSync(join(into, 'Icarus signed off.docx'), 'signed');
    mkdirSync(join(into, 'archive'));
    writeFileSync(join(into, 'archive', 'notes.txt'), 'notes');
    const edited = readFileSync(join(into, 'points.yaml'), 'utf8').replace('So far 220', 'So far 230');
    writeFileSync(join(into, 'points.yaml'), edited);
    const { status, out } = await run(cwd, SEED, '--into', 'content/icarus', '--force');
    expect(status).toBe(0);
    const backup = readdirSync(join(cwd, 'content')).find((name) => name.startsWith('icarus.backup-')) ?? '';
    expect(backup).toMatch(/^icarus\.backup-\d{4}-\d{2}-\d{2}-\d{6}$/);
    expect(out).toContain(`The content files it replaced are kept in content/${backup}/; every other file in the folder is as it was.`);
    expect(out).toContain('Overwrote 1 file edited since the last import');
    expect(out).toContain(`content/${backup}/points.yaml, lines the new file no longer holds:`);
    expect(out).toContain('So far 230');
    expect(readFileSync(join(cwd, 'content', backup, 'points.yaml'), 'utf8')).toBe(edited);
    expect(readFileSync(join(into, 'Icarus signed off.docx'), 'utf8')).toBe('signed');
    expect(readFileSync(join(into, 'archive', 'notes.txt'), 'utf8')).toBe('notes');
    expect(readFileSync(join(cwd, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  }, 60_000);

  it('resolves tracked changes only when asked, and says so', async () => {
    const cwd = project('cli-tracked');
    const path = await changedDocx('cli-tracked.docx');
    const refused = await run(cwd, path, '--into', 'content/refused');
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('deletion by Jan Smit: "and 40 victims"');
    expect(existsSync(join(cwd, 'content', 'refused'))).toBe(false);
    const accepted = await run(cwd, path, '--into', 'content/accepted', '--accept-changes');
    expect(accepted.out).toContain('Accepted 2 tracked changes and comments, as asked with --accept-changes');
    expect(accepted.out).toContain('insertion by Jan Smit: "Europol will report again in December;"');
  }, 60_000);

  it('takes a new draft of an approved speech to the check, which shows what changed since approval', async () => {
    const cwd = project('cli-redraft');
    expect((await run(cwd, SEED, '--into', 'content/icarus')).status).toBe(0);
    expect((await runCommand(approve, ['--by', 'Jane Doe, Head of Press'], cwd, { LECTERN_CONTENT: 'content/icarus' })).status).toBe(0);
    const draft = file('icarus-v2.txt', readFileSync(SEED, 'utf8').replace('So far 220', 'So far 230'));
    const again = await run(cwd, draft, '--into', 'content/icarus', '--force');
    expect(again.status).toBe(0);
    expect(again.out).toContain('Changes since approval: 1 point, 1 figure');
    expect(again.out).toContain('So far [-220-] {+230+} suspects');
    // The approval and the import's own files are not edits it overwrote.
    expect(again.out).not.toContain('Overwrote');
  }, 60_000);

  it('writes nothing and says why when the document has no points', async () => {
    const cwd = project('cli-nothing');
    const { status, out } = await run(cwd, file('no-points.txt', 'Speaking points\n\nA title\n'), '--into', 'content/nothing');
    expect(status).toBe(1);
    expect(fold(out)).toContain('no speaking points found');
    expect(existsSync(join(cwd, 'content', 'nothing'))).toBe(false);
  }, 30_000);
});
