import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectReview } from '../cli/review/collectReview';
import { renderReviewPage } from '../cli/review/renderReviewPage';
import type { ReviewParams, ReviewReply } from '../protocol';
import { messageLanguage } from './locale';

// The lawReport/review request: the same data and page as `law-report review`, for the editor's webview.
export async function reviewPage(params: ReviewParams, options: { corpusFolders: string[]; log: (line: string) => void }): Promise<ReviewReply> {
  let folder: string;
  try {
    folder = fileURLToPath(String(params?.folder));
  } catch {
    return { ok: false, message: l10n.t('只能审阅本机上的文件夹：{0}', String(params?.folder)) };
  }
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return { ok: false, message: l10n.t('{0}：文件夹不存在', folder) };
  try {
    const data = await collectReview([folder], { corpusFolders: options.corpusFolders, log: options.log });
    const cspSource = typeof params.cspSource === 'string' ? params.cspSource : undefined;
    return { ok: true, html: renderReviewPage(data, { nonce: randomBytes(16).toString('base64'), cspSource, lang: messageLanguage() }) };
  } catch (error) {
    options.log(`review: ${(error as Error)?.stack ?? String(error)}`);
    return { ok: false, message: l10n.t('审阅失败：{0}', (error as Error)?.message ?? String(error)) };
  }
}
