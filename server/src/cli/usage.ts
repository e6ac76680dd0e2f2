import * as l10n from '@vscode/l10n';

/** What `law-report --help` prints, and what follows a usage mistake. */
export function usage(): string {
  return [
    l10n.t('用法：'),
    l10n.t('  law-report outline 文件或文件夹... [--json]   打印报告的章节大纲'),
    l10n.t('  law-report check 文件或文件夹... [--json | --summary | --csv | --format text|json|summary|csv] [--fix] [--config 配置文件] [--corpus 文件夹]... [--no-seeds]   检查报告，问题按行列列出（有“错误”级问题时退出码为 1）；--summary 每份报告一行（规定内容 ✓ 有 ✗ 缺 – 不要求，“重复”列与其他报告及语料比较）；--csv 把这张表写成 CSV（带 BOM，Excel、WPS表格可直接打开）'),
    l10n.t('  law-report lookup 词句 [--corpus 文件夹]... [--no-seeds] [--json]   在语料（随附范例和指定文件夹）中查找词句（找不到时退出码为 1）'),
    l10n.t('  law-report similar 文件或文件夹... [--corpus 文件夹]... [--no-seeds] [--min 字数] [--json]   列出共有文字的报告（彼此之间及与语料之间），最相似的在前'),
    l10n.t('  law-report review 文件或文件夹... [-o review.html] [--corpus 文件夹]... [--no-seeds] [--json]   把收到的一批报告做成一个审阅网页（可离线打开、排序、筛选、打印）'),
    l10n.t('  law-report export 文件 [-o 输出.docx] [--force] [--strict]   导出为符合 GB/T 9704-2012 公文格式的 Word 文档（默认与原文件同名同目录；已存在时须加 --force 才覆盖；报告还有错误或警告时照常导出并提示，加 --strict 则不导出）'),
    l10n.t('  law-report serve --stdio                     以语言服务器方式运行（供 Neovim、Emacs、Helix 等编辑器使用）'),
    l10n.t('  law-report --version | --help'),
    l10n.t('  --lang zh-CN|en|auto（或环境变量 LAW_REPORT_LANG）  输出语言，默认中文；auto 跟随系统语言'),
  ].join('\n');
}
