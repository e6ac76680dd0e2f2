// Web-page chrome that comes along when a report is copied from a government site: breadcrumbs,
// metadata lines, share and print links. Recognised in the head of a draft (before the first heading)
// and at its tail; inside the body only the unmistakable ones count.

const HEAD_CHROME = [
  /^(?:您当前的?位置|您的位置|您所在的?位置|当前位置|所在位置)/,
  /首页\s*(?:>|＞|»|\/|→)/,
  /^[>＞|｜•·●▪]/,
  // A metadata list may come as bullets: - 索 引 号：370402/2022-00029.
  /^(?:[-*•·●▪]\s*)?(?:来\s*源|来\s*自|信息来源|作\s*者|日\s*期|时\s*间|发布时间|发布日期|发文日期|更新时间|浏览次数|阅读次数|点击率|点击数|访问量|字\s*号|索\s*引\s*号|主题分类|发布机构|发文机关|成文时间|成文日期|发文时间|文\s*号|标\s*题|效力状态|分\s*类|名\s*称|责任编辑|编辑|栏\s*目|发文字号|分\s*享|信息发布人)\s*[:：]/,
  /扫一扫|在手机(?:上)?打开|欢迎访问|无障碍|设为首页|收藏本站|加入收藏|繁体版?|简体版?|分享到|【\s*打印\s*】|【\s*关闭\s*】|打印本页|关闭窗口|字体[:：]?\s*[[【(（]?\s*[大中小]|^【\s*字体/,
  // Metadata tables: [ 索引号 ] | 11440100/2024-00123 | [ 发布机构 ] | … |
  /^[[【]\s*(?:索\s*引\s*号|发布机构|发文机关|发文字号|主题分类|体裁分类|成文日期|发布日期|有\s*效\s*性|文\s*号|名\s*称)\s*[\]】]/,
  // A menu or metadata row whose cells are set apart by bars: 某某市政府网 | 区县频道 | 网站导航 · 索引号 | … |.
  // A report's own sentences never use the bar.
  /^[^。；;]{0,60}\s[|｜](?:\s|$)/,
  // The site's menu (首页 政务公开 互动交流), account links (登录 注册) and buttons on lines of their own.
  /^首\s*页\s+\S/,
  /^(?:登\s*录|注\s*册)(?:\s*[|｜/]?\s*(?:登\s*录|注\s*册))?$/,
  /^(?:朗读|打印|关闭|收藏|分享[:：]?)$/,
  /^[\u4e00-\u9fa5]{0,8}(?:政务公开|信息公开)$/,
  /^今\s*天\s*是\s*[:：]?/,
  // The site's date banner: 某某区人民政府 2019年12月3日星期二. A report's own lines name no weekday.
  /^[^。，,；;]{0,40}[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:星期|礼拜)[一二三四五六日天]\s*$/,
  /^首\s*页$/,
  // A saved page's own notes above it: # source: https://… · # org: 某局  year: 2023.
  /^#+\s*[A-Za-z][\w-]*\s*:/,
  // The site's name on a line of its own: XX市人民政府门户网站 · XX区政府网.
  /^[\u4e00-\u9fa5A-Za-z]{2,24}(?:门户网站|政府网站|人民政府网|政府网|政务网)$/,
];

const TAIL_CHROME = [
  /扫一扫|在手机(?:上)?打开|分享到|【打印】|【关闭】|打印本页|关闭窗口|相关链接|附件下载/,
  // A metadata list may come as bullets: - 索 引 号：370402/2022-00029.
  /^(?:[-*•·●▪]\s*)?(?:来\s*源|发布时间|发布日期|责任编辑|浏览次数|点击率)\s*[:：]/,
];

export const MAX_CHROME_LINE = 200;

export function isHeadChrome(content: string): boolean {
  return content.length <= MAX_CHROME_LINE && HEAD_CHROME.some((re) => re.test(content));
}

export function isTailChrome(content: string): boolean {
  return content.length <= MAX_CHROME_LINE && TAIL_CHROME.some((re) => re.test(content));
}
