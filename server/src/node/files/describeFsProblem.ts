import * as l10n from '@vscode/l10n';

/**
 * One line naming a file or folder the file system refused, and why. `expected: 'file'` when the
 * user named a file (a missing one is "no such file"); otherwise the path may be either.
 */
export function describeFsProblem(path: string, error: unknown, expected?: 'file'): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return expected === 'file' ? l10n.t('{0}：文件不存在', path) : l10n.t('{0}：文件夹或文件不存在', path);
  if (code === 'EACCES' || code === 'EPERM') return l10n.t('{0}：没有读取权限', path);
  if (code === 'ELOOP') return l10n.t('{0}：符号链接循环', path);
  if (code === 'EISDIR') return l10n.t('{0}：是文件夹，不是文件', path);
  return l10n.t('{0}：无法读取（{1}）', path, (error as Error)?.message ?? String(error));
}
