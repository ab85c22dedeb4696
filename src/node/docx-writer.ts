// Writes the abstract report document as a real Word document: outline styles, numbered lists, CJK fonts.
import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ListBlock, ReportDocument, TextRun as Run } from '../core';
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
          ...doc.blocks.flatMap((block) => blockToDocx(block, nextInstance)),
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

function blockToDocx(block: Block, nextInstance: () => number): (Paragraph | Table)[] {
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
      return [tableOf(block.header, block.rows)];
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

/** Runs with line breaks where the text has them (a cell may hold several lines). */
const textRuns = (runs: readonly Run[]): TextRun[] =>
  runs.flatMap((run) =>
    run.text.split('\n').map((line, i) => new TextRun({ text: line, bold: run.bold, break: i > 0 ? 1 : 0 })),
  );

function tableOf(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], bold: boolean): TableRow =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) => new TableCell({ children: [new Paragraph({ children: textRuns([{ text, bold }]) })] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}
