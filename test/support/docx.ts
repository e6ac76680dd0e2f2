import { Document, Packer, Paragraph } from 'docx';

/** A .docx made with a Word-writing library, as Word would save it: one paragraph per line. */
export async function makeDocx(lines: string[]): Promise<Buffer> {
  const document = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return Packer.toBuffer(document);
}
