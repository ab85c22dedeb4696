// ECharts as the charts use it and no more: a line chart with a title, a legend, a grid whose labels it fits and target
// lines, drawn by the SVG renderer. The whole of ECharts is three times as much code to load for every chart run; a part
// left out here is named by ECharts on stderr (`[ECharts] … use(…)`) and drawn differently, which the tests catch.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

use([
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  LegacyGridContainLabel,
  SVGRenderer,
]);

export { init };
