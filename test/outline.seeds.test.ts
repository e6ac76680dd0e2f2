import * as assert from 'node:assert/strict';
import { createReportService } from '../server/src/service';
import { doc, readSeed, renderOutline } from './support/documents';

// The outline of each bundled seed, as read by a person: title, year, every heading with its
// level, part and line, and the nesting (one · per level of depth).
const EXPECTED: Record<string, { title: string; year: number; outline: string }> = {
  '000_ba84c3ee35943474.txt': {
    title: '沙坪坝区科学技术局关于2020年度法治政府建设情况的报告',
    year: 2020,
    outline: `
5 一、主要举措与成效 h1 p1
7 ·（一）履行第一责任人职责情况 h2 p3
8 ··1.加强法治建设组织领导 h3
9 ··2.推进行政决策法治化 h3
10 ··3.提升法治思维能力 h3
11 ·（二）全面依法履行部门职能 h2
12 ··一是强化基础研究，推动成果应用 item
13 ··二是聚焦科学主题，壮大创新主体 item
14 ··三是深化校地融合，促进成果转化 item
15 ··四是完善创新生态，持续优化环境 item
16 ·（三）完善依法行政工作机制 h2
17 ··1.全面提升政务服务效能 h3
18 ··2.持续健全政务公开机制 h3
19 二、存在问题 h1 p2
21 三、2021年工作计划 h1 p4
22 ·1.科学制订专项计划 h3
23 ·2.系统推进法治学习 h3
24 ·3.深入完善法治建设 h3
25 ·4.切实做好依法行政 h3`,
  },
  '001_c2acbeb1ffed216f.txt': {
    title: '遂宁市科学技术局2020年度法治政府建设工作报告',
    year: 2020,
    outline: `
6 一、主要举措和成效 h1 p1
8 ·（一）扎实开展“营商环境优化提升年”行动 h2
10 ·（二）推进行政决策科学化、民主化、法治化 h2
11 ·（三）强化对行政权力的制约和监督 h2
13 ·（四）健全学习制度，持续开展法律法规学习 h2
15 二、存在的不足和原因 h1 p2
17 ·一是工作措施还不够有力 item
18 三、党政主要负责人履行推进法治政府建设第一责任人职责情况 h1 p3
20 ·（一）高度重视，统筹安排 h2
21 ·（二）发挥第一责任人领导核心作用 h2
23 ·（三）坚持领导干部带头学法 h2
25 ·（四）树立正确用人导向 h2
27 ·（五）严格依法依规决策 h2
29 四、2021年度推进法治政府建设的主要安排 h1 p4
31 ·（一）加强法治政府建设宣传教育 h2
33 ·（二）推进各项改革措施 h2
35 ·（三）持续提升政务服务水平 h2`,
  },
  '002_7c7a822b79e1e6d1.txt': {
    title: '重庆市科学技术局2024年度法治政府建设情况报告',
    year: 2024,
    outline: `
9 一、2024年推进法治建设工作主要举措和成效 h1 p1
11 ·(一)加强党的全面领导,完善法治建设推进机制 h2
13 ·(二)提升政务服务质效充分利企便民为民 h2
15 ·(三)开展优化营商环境专项行动优化创新环境 h2
17 ·(四)健全科技管理依法行政制度体系 h2
19 ·(五)健全依法决策工作机制 h2
21 ·(六)依法执法有效处突维护安全稳定 h2
23 ·(七)健全行政权力制约和监督体系 h2
25 ·(八)开展科技创新法规政策宣传解读 h2
27 二、2024年党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况 h1 p3
31 ·(一)强化研究部署 h2
35 ·(二)强化责任落 h2
39 ·(三)强化教育监督 h2
43 三、2024年推进法治建设工作存在的不足和原因 h1 p2
45 ·一是科技法规政策的时效性还有待进一步提升,对于科技创新的立法需求还不够及时,创新政策的一致性还有待加强 item
47 四、下一步工作计划 h1 p4
49 ·(一)不断健全与新时期科技治理需求相匹配的科技政策法规体系 h2
51 ·(二)不断深化科技体制机制改革强化创新制度支撑 h2
53 ·(三)不断强化科技创新政策统筹构建支持全面创新的基础制度 h2`,
  },
  '003_8c3b9c5e3110019a.txt': {
    title: '重庆市大渡口区科学技术局2023年法治政府建设情况报告',
    year: 2023,
    outline: `
5 一、工作情况 h1 p1
6 ·（一）加强组织领导，压实法治政府建设责任 h2
8 ·（二）抓实理论学习，增强法治政府建设能力 h2
10 ·（三）深化法治引领，提升惠企服务水平 h2
11 ··一是规范行政审批事项办理流程 item
12 ·（四）强化宣传教育，营造良好法治氛围 h2
13 ··一是创新打造法治宣传阵地 item
14 二、存在问题 h1 p2
16 三、2024年工作思路 h1 p4
17 ·（一）进一步加强法治人才队伍建设 h2
19 ·（二）进一步打好普法宣传工作基础 h2
21 ·（三）进一步强化法治政府建设组织保障 h2`,
  },
  '004_c6d07f759a9d0f62.txt': {
    title: '市科技局2022年度法治政府建设工作总结',
    year: 2022,
    outline: `
4 一、上一年度法治政府建设的主要举措和成效 h1 p1
5 ·（一）深入学习贯彻习近平法治思想、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设等情况 h2 p3
6 ·（二）推进政府机构职能优化、推进“放管服”改革、优化法治化营商环境等情况 h2
7 ·（三）完善依法行政制度和决策制度情况 h2
8 ·（四）严格规范公正文明执法情况 h2
9 ·（五）依法处置突发事件、提供公共法律服务和化解社会矛盾纠纷等情况 h2
11 ·（六）规范行政权力制约监督情况 h2
12 ·（七）强化法治政府建设保障情况 h2
13 二、上一年度法治政府建设存在的不足和原因 h1 p2
15 三、下一年度推进法治政府建设的主要安排 h1 p4`,
  },
};

describe('the outline of each bundled seed', () => {
  const service = createReportService();
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.title}`, () => {
      const outline = service.outline(name, doc(readSeed(name), `file:///${name}`));
      assert.equal(outline.title, expected.title);
      assert.equal(outline.year, expected.year);
      assert.deepEqual(renderOutline(outline.symbols), expected.outline.trim().split('\n'));
    });
  }

  it('knows the title block of each seed: organisation, addressee, opening', () => {
    const report = (name: string) => service.report(doc(readSeed(name), `file:///${name}`));
    assert.equal(report('001_c2acbeb1ffed216f.txt').title?.organisation, '遂宁市科学技术局');
    assert.deepEqual(report('001_c2acbeb1ffed216f.txt').title?.lines, [0, 2]);
    assert.deepEqual(report('000_ba84c3ee35943474.txt').title?.lines, [0, 1]);
    assert.equal(report('000_ba84c3ee35943474.txt').title?.organisation, '沙坪坝区科学技术局');
    assert.equal(report('002_7c7a822b79e1e6d1.txt').title?.organisation, '重庆市科学技术局');
    assert.equal(report('004_c6d07f759a9d0f62.txt').addressee?.text, '市委法治建设办：');
    assert.equal(report('004_c6d07f759a9d0f62.txt').title?.docType, '总结');
    assert.match(report('003_8c3b9c5e3110019a.txt').opening?.text ?? '', /^2023年区科技局围绕区委/);
    // Seed 002 was copied from a web page: breadcrumb, 来自/日期 line and 扫一扫 are chrome.
    assert.deepEqual(report('002_7c7a822b79e1e6d1.txt').chromeLines, [0, 4, 55]);
  });
});
