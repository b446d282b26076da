/**
 * The programs that print the benchmark's tables to PDF, as Debian ships them. Each producer
 * takes the names of documents written to `dir` (`<name>.html`, `<name>.tex`) and leaves
 * `<name>.<producer>.pdf` beside them. Conversions are batched where the program allows it
 * (one LibreOffice call for all files) and otherwise run two at a time (2 cores).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Producer {
  name: string;
  /** What it does, for the printed table. */
  label: string;
  /** Producers whose output this one rewrites (run first). */
  after?: string;
  run(dir: string, names: string[]): Promise<void>;
}

export function sh(cmd: string, args: string[], cwd?: string, timeoutMs = 300_000): Promise<{ code: number; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    p.on('close', (code) => resolve({ code: code ?? -1, err }));
    p.on('error', (e) => resolve({ code: -1, err: String(e) }));
  });
}

export async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

const WIDTH = 2;

/** The type sizes an author tries in turn for a table too wide for the page. */
const TABLE_SIZES = ['\\small', '\\footnotesize\\setlength{\\tabcolsep}{4pt}', '\\scriptsize\\setlength{\\tabcolsep}{3pt}'];

/** TeX's log says a table row ran more than a point past the text width (not a long word in a label cell). */
function overfull(log: string): boolean {
  if (!existsSync(log)) return false;
  return [...readFileSync(log, 'latin1').matchAll(/Overfull \\hbox \(([\d.]+)pt too wide\) in alignment/g)].some((m) => Number(m[1]) > 1);
}

/** One soffice call over many files: it starts once (several seconds) and converts them in turn. */
async function soffice(dir: string, files: string[], to: string, infilter: string | null, outdir: string): Promise<void> {
  const profile = join(dir, '.lo-profile');
  const chunk = 60;
  for (let k = 0; k < files.length; k += chunk) {
    const args = ['--headless', `-env:UserInstallation=file://${profile}`];
    if (infilter) args.push(`--infilter=${infilter}`);
    args.push('--convert-to', to, '--outdir', outdir, ...files.slice(k, k + chunk));
    await sh('soffice', args, dir, 1_200_000);
  }
}

function moveOut(from: string, dir: string, names: string[], producer: string): void {
  for (const n of names) {
    const src = join(from, `${n}.pdf`);
    if (existsSync(src)) renameSync(src, join(dir, `${n}.${producer}.pdf`));
  }
}

export const PRODUCERS: Producer[] = [
  {
    name: 'libreoffice',
    label: 'LibreOffice Writer (HTML → PDF)',
    async run(dir, names) {
      const out = join(dir, 'lo-out');
      mkdirSync(out, { recursive: true });
      await soffice(dir, names.map((n) => `${n}.html`), 'pdf:writer_pdf_Export', 'HTML (StarWriter)', out);
      moveOut(out, dir, names, 'libreoffice');
    },
  },
  {
    name: 'word',
    label: 'Word-style (HTML → .docx → PDF, LibreOffice)',
    async run(dir, names) {
      const docx = join(dir, 'docx');
      const out = join(dir, 'docx-out');
      mkdirSync(docx, { recursive: true });
      mkdirSync(out, { recursive: true });
      await soffice(dir, names.map((n) => `${n}.html`), 'docx:MS Word 2007 XML', 'HTML (StarWriter)', docx);
      await soffice(dir, names.map((n) => join(docx, `${n}.docx`)).filter(existsSync), 'pdf:writer_pdf_Export', null, out);
      moveOut(out, dir, names, 'word');
    },
  },
  {
    name: 'chromium',
    label: 'Chromium (print to PDF)',
    async run(dir, names) {
      // One browser for all files (Debian's chromium through playwright-core): starting
      // chromium per file costs seconds each.
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
      try {
        const context = await browser.newContext();
        await pool(names, WIDTH, async (n) => {
          const page = await context.newPage();
          await page.goto(`file://${join(dir, `${n}.html`)}`);
          await page.pdf({ path: join(dir, `${n}.chromium.pdf`), preferCSSPageSize: true, displayHeaderFooter: false });
          await page.close();
        });
      } finally {
        await browser.close();
      }
    },
  },
  {
    name: 'pdftex',
    label: 'pdfTeX (longtable, booktabs, Type 1)',
    async run(dir, names) {
      const work = join(dir, 'tex');
      mkdirSync(work, { recursive: true });
      await pool(names, WIDTH, async (n) => {
        const tex = join(dir, `${n}.tex`);
        // An author whose table runs past the margin sets it smaller, as TeX's log tells them to:
        // a table printed past the page edge holds digits nobody can read, in any reader.
        for (const size of TABLE_SIZES) {
          if (size !== TABLE_SIZES[0]) writeFileSync(tex, readFileSync(tex, 'utf8').replace(/^\{\\[a-z]+(?:\\setlength\{\\tabcolsep\}\{\d+pt\})?$/m, `{${size}`));
          // Twice: longtable settles its column widths on the second run.
          for (let k = 0; k < 2; k++) await sh('pdflatex', ['-interaction=batchmode', '-halt-on-error', `-output-directory=${work}`, tex], work, 120_000);
          if (!overfull(join(work, `${n}.log`))) break;
        }
      });
      moveOut(work, dir, names, 'pdftex');
    },
  },
  {
    name: 'ghostscript',
    label: 'Ghostscript pdfwrite (re-distilled LibreOffice PDF)',
    after: 'libreoffice',
    async run(dir, names) {
      await pool(names, WIDTH, async (n) => {
        const src = join(dir, `${n}.libreoffice.pdf`);
        if (existsSync(src)) await sh('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', `-sOutputFile=${join(dir, `${n}.ghostscript.pdf`)}`, src]);
      });
    },
  },
  {
    name: 'qpdf',
    label: 'qpdf object streams (Chromium PDF)',
    after: 'chromium',
    async run(dir, names) {
      await pool(names, WIDTH, async (n) => {
        const src = join(dir, `${n}.chromium.pdf`);
        if (existsSync(src)) await sh('qpdf', ['--object-streams=generate', '--compress-streams=y', src, join(dir, `${n}.qpdf.pdf`)]);
      });
    },
  },
  {
    name: 'mutool',
    label: 'mutool clean (pdfTeX PDF, garbage-collected, compressed)',
    after: 'pdftex',
    async run(dir, names) {
      await pool(names, WIDTH, async (n) => {
        const src = join(dir, `${n}.pdftex.pdf`);
        if (existsSync(src)) await sh('mutool', ['clean', '-gggg', '-z', src, join(dir, `${n}.mutool.pdf`)]);
      });
    },
  },
  {
    name: 'ocr',
    label: 'OCR\'d scan (LibreOffice PDF → 300 dpi → tesseract swe)',
    after: 'libreoffice',
    async run(dir, names) {
      const work = join(dir, 'ocr');
      mkdirSync(work, { recursive: true });
      await pool(names, WIDTH, async (n) => {
        const src = join(dir, `${n}.libreoffice.pdf`);
        if (!existsSync(src)) return;
        await sh('pdftoppm', ['-r', '300', '-gray', '-png', src, join(work, n)]);
        const pngs = readdirSync(work).filter((f) => f.startsWith(`${n}-`) && f.endsWith('.png')).sort();
        const parts: string[] = [];
        for (const png of pngs) {
          const base = join(work, png.replace(/\.png$/, ''));
          // tesseract's own page segmentation, as `tesseract page.png out -l swe pdf` runs it: a
          // page of prose with a table is no single uniform block of text (--psm 6 lost rows).
          await sh('tesseract', [join(work, png), base, '-l', 'swe', 'pdf']);
          if (existsSync(`${base}.pdf`)) parts.push(`${base}.pdf`);
        }
        if (parts.length > 0) await sh('qpdf', ['--empty', '--pages', ...parts, '--', join(dir, `${n}.ocr.pdf`)]);
        for (const f of readdirSync(work).filter((f) => f.startsWith(`${n}-`))) rmSync(join(work, f), { force: true });
      });
    },
  },
];
