import * as l10n from '@vscode/l10n';
import * as yauzl from 'yauzl';

// A .docx is a zip archive, and a zip of a few hundred kilobytes can inflate to gigabytes (a "zip
// bomb"). The Word reader inflates what the archive holds, so the archive is checked first, with yauzl:
// the sizes its central directory declares, then every entry inflated as a stream and counted, with
// yauzl stopping any entry whose data runs past the size it declared (a lying header). What the reader
// inflates afterwards is then no more than what was counted here.

/** A report in Word, with its styles and a few photos, is a few dozen entries and some megabytes; the loader reads 16 files at once, so the bound is kept well below memory. */
export const MAX_DOCX_ENTRIES = 2000;
export const MAX_DOCX_INFLATED_BYTES = 64 * 1024 * 1024;

/** Why the archive must not be opened (one reason, without the file name), or undefined when it may. Throws for an archive yauzl cannot read. */
export async function docxArchiveProblem(bytes: Buffer): Promise<string | undefined> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  try {
    if (zip.entryCount > MAX_DOCX_ENTRIES) {
      return l10n.t('Word 文档内含 {0} 个部件，超过上限 {1}', zip.entryCount, MAX_DOCX_ENTRIES);
    }
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > MAX_DOCX_INFLATED_BYTES) return tooLarge(declared);
      entries.push(entry);
    }
    let inflated = 0;
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      try {
        for await (const chunk of stream) {
          inflated += (chunk as Buffer).length;
          if (inflated > MAX_DOCX_INFLATED_BYTES) return tooLarge(inflated);
        }
      } catch (error) {
        // yauzl's check: more (or fewer) bytes than the entry declared.
        if (/too many bytes|not enough bytes/i.test(String((error as Error)?.message))) {
          return l10n.t('Word 文档中“{0}”解压后的大小与声明的不符（可能是压缩炸弹）', entry.fileName);
        }
        throw error;
      } finally {
        stream.destroy();
      }
    }
    return undefined;
  } finally {
    zip.close();
  }
}

function tooLarge(bytes: number): string {
  return l10n.t('Word 文档解压后至少 {0} MB，超过上限 {1} MB（可能是压缩炸弹）', Math.floor(bytes / 1048576), MAX_DOCX_INFLATED_BYTES / 1048576);
}
