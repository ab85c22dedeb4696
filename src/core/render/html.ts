// Serialises the abstract report document as inline-styled HTML that mail clients keep: the mail body, the preview
// sidebar and `--format html` are this one writer's output.

import { chartPlaceholder } from '../layout/chart-placeholder';
import type {
  Block,
  CellStatus,
  ChartBlock,
  ListBlock,
  ReportDocument,
  TableBlock,
  TextRun,
} from '../layout/document';
import { escapeHtml } from './html-escape';
import { STATUS_FILLS } from './status-colours';
import { displayWidth } from './text-width';
import { webLink } from './web-link';

// Mail clients drop `<style>` blocks and external stylesheets, so every element carries its own `style`; the
// values are constants of this file, never cell text.

/** The page's width limit: what a mail client's reading pane and a phone both show without scrolling sideways. */
const MAX_WIDTH = 640;
const PADDING = 16;
/** What is left for a picture: its `width` attribute, for clients (Outlook) that ignore CSS widths on images. */
const CONTENT_WIDTH = MAX_WIDTH - 2 * PADDING;

export interface HtmlOptions {
  /**
   * The `src` of a chart's picture: a base64 `data:image/…` URI in a page of its own (`--format html`), `cid:…` in
   * a mail whose pictures are attached inline; anything else is a programmer error (thrown). Without it (or when it gives undefined), a chart is a line naming it, as in the
   * Doc before its picture is placed.
   */
  readonly chartSrc?: (chart: ChartBlock) => string | undefined;
}

/** CJK faces first (PingFang on Apple, YaHei on Windows, Noto on Linux/Android), so Chinese never falls to a serif. */
const FONT_STACK =
  "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC'," +
  "-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif," +
  "'Apple Color Emoji','Segoe UI Emoji','Noto Color Emoji'";

/** A long word or URL breaks rather than widening the page (both spellings: older engines know only one). */
const WRAP = 'overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word';

const TEXT_COLOUR = '#202124';
const BORDER = '1px solid #C9CED4';
const HEADER_FILL = '#F1F3F4';

const STYLES = {
  body: 'margin:0;padding:0;background-color:#FFFFFF',
  page:
    `width:100%;max-width:${MAX_WIDTH}px;margin:0 auto;border-collapse:collapse;border-spacing:0;` +
    'table-layout:fixed',
  pageCell:
    `padding:${PADDING}px;font-family:${FONT_STACK};font-size:15px;line-height:1.6;color:${TEXT_COLOUR};` +
    `text-align:left;${WRAP}`,
  title: 'margin:0 0 4px;font-size:22px;line-height:1.35;font-weight:bold',
  heading1: 'margin:24px 0 8px;font-size:18px;line-height:1.4;font-weight:bold',
  heading2: 'margin:16px 0 6px;font-size:16px;line-height:1.4;font-weight:bold',
  paragraph: 'margin:0 0 8px',
  chart: 'margin:4px 0 12px',
  chartImage: 'display:block;width:100%;max-width:100%;height:auto;border:0',
  chartPlaceholder: 'margin:0 0 8px;color:#5F6368',
  list: 'margin:0 0 8px;padding:0 0 0 24px',
  sublist: 'margin:4px 0 0;padding:0 0 0 22px',
  item: 'margin:0 0 4px',
  table: 'width:100%;margin:4px 0 12px;border-collapse:collapse;border-spacing:0',
  link: 'color:#1a56c4;text-decoration:underline',
  headerCell: `padding:6px;border:${BORDER};background-color:${HEADER_FILL};font-weight:bold;text-align:left;vertical-align:top`,
  cell: `padding:6px;border:${BORDER};text-align:left;vertical-align:top`,
} as const;

/** Cell text as HTML text: escaped, each line break (`\n`, `\r\n`, `\r`) a `<br>`, as the .docx and Markdown break it. */
const textHtml = (text: string): string =>
  text
    .split(/\r\n?|\n/)
    .map(escapeHtml)
    .join('<br>');

/** Text as a link when it has a web address, else as it is. */
const linkHtml = (html: string, url: string | null | undefined): string => {
  const link = webLink(url);
  return link === null ? html : `<a href="${escapeHtml(link)}" style="${STYLES.link}">${html}</a>`;
};

const runsHtml = (runs: readonly TextRun[]): string =>
  runs
    .map((run) =>
      linkHtml(run.bold ? `<strong>${textHtml(run.text)}</strong>` : textHtml(run.text), run.link),
    )
    .join('');

/** Each list is its own `<ol>`/`<ul>`, so numbering restarts per list; a sublist sits inside its item. */
function listHtml(list: ListBlock, nested: boolean): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const items = list.items.map(
    (item) =>
      `<li style="${STYLES.item}">${runsHtml(item.runs)}${item.sublist ? listHtml(item.sublist, true) : ''}</li>`,
  );
  return `<${tag} style="${nested ? STYLES.sublist : STYLES.list}">${items.join('')}</${tag}>`;
}

/** A word this short (in half-width units; CJK and emoji count two) stays whole: a count, `正常`, `🟢`, `风险`. */
const SHORT_WORD = 4;

/**
 * How a cell's text may break. A long word or URL breaks anywhere, so a cell cannot widen the page; but that also
 * lets the browser squeeze any column to one character when a long cell wants room (`1`/`1`, `正`/`常`), so a cell
 * of short words breaks only at its spaces. A longer name (`服务业务`) may break inside, which a 300 px sidebar needs.
 */
const wrapOf = (text: string): string =>
  text.split(/\s+/).every((word) => displayWidth(word) <= SHORT_WORD)
    ? 'word-break:keep-all;overflow-wrap:normal'
    : WRAP;

/** A status cell is shaded twice over: `bgcolor` for clients that drop CSS backgrounds, `style` for the rest. */
function cellHtml(text: string, status: CellStatus | null, link: string | null): string {
  const style = `${STYLES.cell};${wrapOf(text)}`;
  const content = linkHtml(textHtml(text), link);
  if (status === null) return `<td style="${style}">${content}</td>`;
  const fill = `#${STATUS_FILLS[status]}`;
  return `<td bgcolor="${fill}" style="${style};background-color:${fill}">${content}</td>`;
}

function tableHtml(table: TableBlock): string {
  const header = table.header.map(
    (text) => `<th style="${STYLES.headerCell};${wrapOf(text)}">${textHtml(text)}</th>`,
  );
  const rows = table.rows.map(
    (cells, r) =>
      `<tr>${cells.map((text, c) => cellHtml(text, table.statuses?.[r]?.[c] ?? null, table.links?.[r]?.[c] ?? null)).join('')}</tr>`,
  );
  return (
    `<table cellpadding="0" cellspacing="0" style="${STYLES.table}">` +
    `<thead><tr>${header.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/** A picture inside the page or the mail: nothing is loaded from elsewhere, no `javascript:` or other scheme. */
const INLINE_PICTURE = /^(?:data:image\/(?:png|jpeg|gif);base64,[A-Za-z0-9+/]*={0,2}|cid:[^\s"'<>&]+)$/;

/** A chart as its picture (the title as the alt text a reader without pictures sees), or as a line naming it. */
function chartHtml(chart: ChartBlock, language: ReportDocument['language'], options: HtmlOptions): string {
  const src = options.chartSrc?.(chart);
  if (src !== undefined && !INLINE_PICTURE.test(src)) {
    throw new Error(`Expected a chart's src to be a data:image URI or cid:, got "${src.slice(0, 40)}".`);
  }
  if (src === undefined) {
    const line = chartPlaceholder(language, chart);
    return `<p style="${STYLES.chartPlaceholder}">${textHtml(line)}</p>`;
  }
  const image =
    `<img src="${escapeHtml(src)}" alt="${escapeHtml(chart.title)}" width="${CONTENT_WIDTH}" ` +
    `style="${STYLES.chartImage}">`;
  return `<p style="${STYLES.chart}">${image}</p>`;
}

function blockHtml(block: Block, language: ReportDocument['language'], options: HtmlOptions): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 1
        ? `<h2 style="${STYLES.heading1}">${textHtml(block.text)}</h2>`
        : `<h3 style="${STYLES.heading2}">${textHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p style="${STYLES.paragraph}">${runsHtml(block.runs)}</p>`;
    case 'list':
      return listHtml(block, false);
    case 'table':
      return tableHtml(block);
    case 'chart':
      return chartHtml(block, language, options);
  }
}

/**
 * The report as a fragment for a mail body or a page: one layout table at most 640 px wide (`width:100%`,
 * `max-width`), holding the title and every block; inline styles only, every text escaped.
 */
export function renderHtmlBody(doc: ReportDocument, options: HtmlOptions = {}): string {
  const content = [
    `<h1 style="${STYLES.title}">${textHtml(doc.title)}</h1>`,
    ...doc.blocks.map((block) => blockHtml(block, doc.language, options)),
  ];
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${STYLES.page}">` +
    `<tr><td style="${STYLES.pageCell}">\n${content.join('\n')}\n</td></tr></table>`
  );
}

/** The report as a whole HTML document (`--format html`, the preview, the mail): the body fragment in a page. */
export function renderHtml(doc: ReportDocument, options: HtmlOptions = {}): string {
  return [
    '<!doctype html>',
    `<html lang="${doc.language === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '</head>',
    `<body style="${STYLES.body}">`,
    renderHtmlBody(doc, options),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
