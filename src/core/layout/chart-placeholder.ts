// What stands where a chart's picture goes until it is put in (the Doc's batch, the preview): `【图表】支付成功率`.
import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { ChartBlock } from './document';

export const chartPlaceholder = (language: Language, chart: ChartBlock): string =>
  t(language, reportMessages.chartPlaceholder, { title: chart.title });
