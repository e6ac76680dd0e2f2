import { createReportService, type OutlineFile } from '../service';
import { Exit, type ExitCode, forEachReportFile, parseCommand } from './command';
import { formatOutline } from './printOutline';

// law-report outline: the headings a report's reader finds, and which required parts they cover.

export async function outline(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommand(args, { json: { type: 'boolean' } });
  const service = createReportService();
  const results: OutlineFile[] = [];
  const { readFailed } = await forEachReportFile(positionals, ({ file, document }) => {
    const result = service.outline(file, document);
    results.push(result);
    if (!values.json) process.stdout.write(formatOutline(result) + '\n\n');
  });
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return readFailed ? Exit.usageOrRead : Exit.ok;
}
