// Writes the abstract report document as a real Word document: outline styles, numbered lists, CJK fonts.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  type ILevelsOptions,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  type Block,
  type CellStatus,
  type ChartBlock,
  displayWidth,
  type ListBlock,
  type ReportDocument,
  type TextRun as Run,
  STATUS_FILLS,
  type TableBlock,
  webLink,
} from '../core';
import { CHART_HEIGHT, CHART_WIDTH, chartPng } from './chart-renderer';
import { stampZip } from './reproducible-zip';

export interface DocxOptions {
  /** The generation moment, stamped into the package so the same report gives the same bytes. */
  readonly now: Date;
}

const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Microsoft YaHei' } as const;
const BULLETS = 'bullets';
const NUMBERS = 'numbers';
const LIST_DEPTH = 3;
const INDENT_STEP = 360;
/** 2 cm in twips, the usual margin of a Chinese business document. */
const MARGIN = 1134;

/** The .docx bytes of `doc`; identical for the same document and `now`. */
export async function renderDocx(doc: ReportDocument, options: DocxOptions): Promise<Buffer> {
  const nextInstance = counter();
  const nextDrawing = counter();
  const document = new Document({
    title: doc.title,
    creator: 'weekly-report',
    lastModifiedBy: 'weekly-report',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21, language: { value: 'en-US', eastAsia: languageTag(doc) } } },
        title: { run: { font: FONT, size: 36, bold: true } },
        heading1: { run: { font: FONT, size: 28, bold: true } },
        heading2: { run: { font: FONT, size: 24, bold: true } },
      },
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels(() => ({ format: LevelFormat.BULLET, text: '•' })) },
        {
          reference: NUMBERS,
          levels: levels((level) => ({ format: LevelFormat.DECIMAL, text: `%${level + 1}.` })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: { default: new Header({ children: [headerParagraph(doc.headerText)] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          ...doc.blocks.flatMap((block) => blockToDocx(block, nextInstance, nextDrawing)),
        ],
      },
    ],
  });
  return stampZip(await Packer.toBuffer(document), options.now);
}

const languageTag = (doc: ReportDocument): string => (doc.language === 'zh' ? 'zh-CN' : 'en-US');

const counter = (): (() => number) => {
  let n = 0;
  return () => ++n;
};

function levels(style: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>): ILevelsOptions[] {
  return Array.from({ length: LIST_DEPTH }, (_, level) => ({
    level,
    ...style(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: INDENT_STEP } } },
  }));
}

const headerParagraph = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text, size: 16, color: '808080' })],
  });

/** Charts are printed 15 cm wide (the docx package measures images in 96-dpi pixels), a little narrower than the text. */
const CHART_PRINT_WIDTH = Math.round((15 / 2.54) * 96);

/**
 * A chart as its PNG, alt text its title. The drawing's id is counted per document: the package's own counter runs
 * across documents, so a second rendering in one process would differ in bytes.
 */
const chartParagraph = (chart: ChartBlock, id: number): Paragraph =>
  new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: chartPng(chart),
        transformation: {
          width: CHART_PRINT_WIDTH,
          height: Math.round((CHART_PRINT_WIDTH * CHART_HEIGHT) / CHART_WIDTH),
        },
        altText: { id: String(id), name: chart.file, title: chart.title, description: chart.title },
      }),
    ],
  });

function blockToDocx(
  block: Block,
  nextInstance: () => number,
  nextDrawing: () => number,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs) })];
    case 'list':
      return listParagraphs(block, 0, nextInstance);
    case 'table':
      return [tableOf(block)];
    case 'chart':
      return [chartParagraph(block, nextDrawing())];
  }
}

/** Each list, nested ones too, is its own numbering instance, so every numbered list counts from 1. */
function listParagraphs(list: ListBlock, level: number, nextInstance: () => number): Paragraph[] {
  const reference = list.ordered ? NUMBERS : BULLETS;
  const instance = nextInstance();
  const depth = Math.min(level, LIST_DEPTH - 1);
  return list.items.flatMap((item) => [
    new Paragraph({ numbering: { reference, level: depth, instance }, children: textRuns(item.runs) }),
    ...(item.sublist ? listParagraphs(item.sublist, level + 1, nextInstance) : []),
  ]);
}

/** Runs with a line break wherever the text has one (a cell may hold several lines), as the Markdown has. */
const textRuns = (runs: readonly Run[]): ParagraphChild[] =>
  runs.flatMap((run): ParagraphChild[] => {
    const link = webLink(run.link);
    const lines = run.text.split(/\r\n?|\n/).map(
      (line, i) =>
        new TextRun({
          text: line,
          bold: run.bold,
          break: i > 0 ? 1 : 0,
          ...(link === null ? {} : { color: LINK_COLOUR, underline: {} }),
        }),
    );
    return link === null ? lines : [new ExternalHyperlink({ link, children: lines })];
  });

/** Links as a reader expects them: blue and underlined. */
const LINK_COLOUR = '1A56C4';

/** The text width between the margins of an A4 page, in twips. */
const TEXT_WIDTH = 11906 - 2 * MARGIN;
/** No column narrower than a few characters, so a count or an emoji header keeps its cell readable. */
const MIN_COLUMN_CHARS = 4;

/** Display width of a cell's text: its widest line. */
const cellWidth = (text: string): number => Math.max(...text.split('\n').map(displayWidth));

/** Column widths in twips, shared out by each column's longest cell, so names get room and counts stay narrow. */
function columnWidths(table: TableBlock): number[] {
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const wants = Array.from({ length: columns }, (_, c) =>
    Math.max(MIN_COLUMN_CHARS, ...[table.header, ...table.rows].map((row) => cellWidth(row[c] ?? ''))),
  );
  const total = wants.reduce((sum, w) => sum + w, 0);
  return wants.map((w) => Math.floor((TEXT_WIDTH * w) / total));
}

function tableOf(table: TableBlock): Table {
  const widths = columnWidths(table);
  const row = (
    cells: readonly string[],
    statuses: readonly (CellStatus | null)[] | null,
    links: readonly (string | null)[] = [],
  ): TableRow =>
    new TableRow({
      tableHeader: statuses === null,
      children: cells.map((text, c) => {
        const status = statuses?.[c] ?? null;
        return new TableCell({
          width: { size: widths[c] ?? 0, type: WidthType.DXA },
          ...(status
            ? { shading: { fill: STATUS_FILLS[status], type: ShadingType.CLEAR, color: 'auto' } }
            : {}),
          children: [
            new Paragraph({
              children: textRuns([
                { text, bold: statuses === null, ...(links[c] ? { link: links[c] } : {}) },
              ]),
            }),
          ],
        });
      }),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(table.header, null),
      ...table.rows.map((cells, r) => row(cells, table.statuses?.[r] ?? [], table.links?.[r])),
    ],
  });
}
