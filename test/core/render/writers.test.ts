// The writer table both shells read: each output from the same document, a chart as its picture or its placeholder.
import type { ReportDocument } from '../../../src/core/layout/document';
import { WRITERS } from '../../../src/core/render/writers';
import { PAYMENT_CHART } from './payment-chart';

const report: ReportDocument = {
  title: '第46周 2023-11-13',
  headerText: '支付中心',
  language: 'zh',
  blocks: [{ kind: 'heading', level: 1, text: '【系统运行数据】' }, PAYMENT_CHART],
};

describe('WRITERS', () => {
  it('draws a chart where the shell says its picture is, and its placeholder line where it says nothing', () => {
    const image = () => 'cid:chart1';
    expect(WRITERS.htmlBody(report, { chartImage: image })).toContain('src="cid:chart1"');
    expect(WRITERS.html(report, {})).toContain('【图表】支付成功率');
    expect(WRITERS.markdown(report, { chartImage: () => 'out/支付成功率.png' })).toContain(
      '![支付成功率](out/支付成功率.png)',
    );
    expect(WRITERS.markdown(report, {})).toContain('![支付成功率](支付成功率.png)');
  });

  it('writes the Doc of a new, empty Doc by default, with the placeholder for its chart and a header to make', () => {
    const batch = WRITERS.docs(report, {});
    expect(batch.createsHeader).toBe(true);
    expect(JSON.stringify(batch.requests)).toContain('【图表】支付成功率');
    expect(
      WRITERS.docs(report, { target: { bodyEndIndex: 40, header: { id: 'h', endIndex: 3 } } }),
    ).toMatchObject({
      createsHeader: false,
    });
  });
});
