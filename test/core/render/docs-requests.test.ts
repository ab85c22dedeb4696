// The Docs API writer, replayed on an in-memory Doc that checks requests as the API does and read back as a tree.
import { join } from 'node:path';
import fc from 'fast-check';
import type {
  Block,
  CellStatus,
  ListBlock,
  ReportDocument,
  TableBlock,
  TextRun,
} from '../../../src/core/layout/document';
import { parseWorkbook } from '../../../src/core/model/workbook';
import type { DocsRequest } from '../../../src/core/render/docs-api';
import { docsChartPlaceholders } from '../../../src/core/render/docs-layout';
import { docsRequests } from '../../../src/core/render/docs-requests';
import { createdHeaderId, docsHeaderRequests, docsTarget } from '../../../src/core/render/docs-target';
import { STATUS_FILLS } from '../../../src/core/render/status-colours';
import { buildReport } from '../../../src/core/report';
import { readWorkbookFile } from '../../../src/node/workbook-reader';
import { FakeDocuments } from '../../fakes/docs-api';
import { bodyParagraphs, DocsModel, DocsRequestError, outline } from '../../fakes/docs-body';
import { expectedList, expectedOutline } from '../../fakes/docs-expected';

const root = join(__dirname, '../../..');

const report = (blocks: Block[], title = 'Week 46'): ReportDocument => ({
  title,
  headerText: `Payments · ${title}`,
  language: 'en',
  blocks,
});

/** Writes `doc` into `model` as a generator would: one documents.get, one batch, one more for a new header. */
function write(doc: ReportDocument, model = new DocsModel()): DocsModel {
  const batch = docsRequests(doc, docsTarget(model.document()));
  const replies = model.batchUpdate(batch.requests);
  if (batch.createsHeader) {
    const id = createdHeaderId(replies);
    if (!id) throw new Error('createHeader replied no id');
    model.batchUpdate(docsHeaderRequests(doc.headerText, { id, endIndex: 1 }));
  }
  return model;
}

type Kind = DocsRequest extends infer R ? (R extends unknown ? keyof R : never) : never;
type BodyOf<K extends Kind> = Extract<DocsRequest, Record<K, unknown>>[K];
/** The bodies of the requests of one kind, in order. */
const requestsOf = <K extends Kind>(requests: readonly DocsRequest[], kind: K): BodyOf<K>[] =>
  requests.flatMap((r) => (kind in r ? [(r as unknown as Record<K, BodyOf<K>>)[kind]] : []));

// ---- arbitrary documents ----

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 5 }),
  fc.constantFrom(
    '😀',
    '𠀀',
    '中文',
    'e\u0301',
    '👍🏽',
    '🇺🇸',
    '\n',
    '\t',
    '\u000b',
    '\r',
    '\u0001',
    '\u001f',
    '\ue000',
  ),
  fc.constantFrom('\ud83d', '\ude00', ' ', 'a'),
);
const text = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
const run: fc.Arbitrary<TextRun> = fc
  .tuple(text, fc.constantFrom(true, false, undefined))
  .map(([t, bold]) => (bold === undefined ? { text: t } : { text: t, bold }));
const runs = fc.array(run, { maxLength: 3 });

const listOf = (depth: number): fc.Arbitrary<ListBlock> =>
  fc.record({
    kind: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(
      depth > 0
        ? fc
            .tuple(runs, fc.option(listOf(depth - 1), { nil: undefined }))
            .map(([r, sublist]) => (sublist ? { runs: r, sublist } : { runs: r }))
        : runs.map((r) => ({ runs: r })),
      { maxLength: 3 },
    ),
  });

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const), text }),
  fc.record({ kind: fc.constant('paragraph' as const), runs }),
  listOf(3),
  fc
    .record({
      kind: fc.constant('table' as const),
      header: fc.array(text, { maxLength: 3 }),
      rows: fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 3 }),
      // Rows and cells past the table's own, and short rows, as a layout might give them.
      statuses: fc.option(
        fc.array(
          fc.array(fc.constantFrom<CellStatus | null>('done', 'red', 'amber', 'green', null), {
            maxLength: 4,
          }),
          {
            maxLength: 4,
          },
        ),
        { nil: undefined },
      ),
    })
    .map(({ statuses, ...table }): TableBlock => (statuses ? { ...table, statuses } : table)),
);

const reportDocument: fc.Arbitrary<ReportDocument> = fc.record({
  title: text,
  headerText: text,
  language: fc.constantFrom('zh' as const, 'en' as const),
  blocks: fc.array(block, { maxLength: 8 }),
});

// ---- fixtures ----

const highlights: ListBlock = {
  kind: 'list',
  ordered: false,
  items: [
    { runs: [{ text: '【银行虚户建设】', bold: true }, { text: '产品和系统总体设计完成' }] },
    {
      runs: [{ text: '【大模型技术应用】', bold: true }],
      sublist: {
        kind: 'list',
        ordered: true,
        items: [{ runs: [{ text: 'CodeLink覆盖率100%' }] }, { runs: [{ text: '存管AI助理' }] }],
      },
    },
    { runs: [{ text: '【ARK国密产品检测】', bold: true }] },
  ],
};

const numbered = (...items: string[]): ListBlock => ({
  kind: 'list',
  ordered: true,
  items: items.map((t) => ({ runs: [{ text: t }] })),
});

const bulleted = (...items: string[]): ListBlock => ({ ...numbered(...items), ordered: false });

const table = (header: string[], ...rows: string[][]): Block => ({ kind: 'table', header, rows });

/** `RRGGBB` as the API's 0–1 components. */
const rgbOf = (hex: string) => ({
  red: Number.parseInt(hex.slice(0, 2), 16) / 255,
  green: Number.parseInt(hex.slice(2, 4), 16) / 255,
  blue: Number.parseInt(hex.slice(4, 6), 16) / 255,
});

/** A cell-style request as the writer sends it, for the model's own tests. */
const shade = (tableStart: number, rowIndex: number, columnIndex: number, status: CellStatus = 'red') => ({
  updateTableCellStyle: {
    tableRange: {
      tableCellLocation: { tableStartLocation: { index: tableStart }, rowIndex, columnIndex },
      rowSpan: 1,
      columnSpan: 1,
    },
    tableCellStyle: { backgroundColor: { color: { rgbColor: rgbOf(STATUS_FILLS[status]) } } },
    fields: 'backgroundColor',
  },
});

/** A report of every block kind, ending in a list so the paragraph that survives a rewrite is bulleted. */
const older = report(
  [
    { kind: 'heading', level: 1, text: '【重点工作】' },
    { kind: 'paragraph', runs: [{ text: 'Old ' }, { text: 'bold', bold: true }] },
    table(['Metric', 'Value'], ['Availability', '99.99%']),
    highlights,
    numbered('one', 'two', 'three'),
  ],
  'Week 45',
);

describe('Docs requests', () => {
  describe('block by block', () => {
    it('writes the title, headings and paragraphs with their named styles', () => {
      const doc = report([
        { kind: 'heading', level: 1, text: 'Highlights' },
        { kind: 'paragraph', runs: [{ text: 'Plain text' }] },
        { kind: 'heading', level: 2, text: 'Details' },
      ]);
      const paragraphs = bodyParagraphs(write(doc).document());
      expect(paragraphs.map((p) => [p.namedStyleType, p.text, p.startIndex, p.endIndex])).toEqual([
        ['TITLE', 'Week 46', 1, 9],
        ['HEADING_1', 'Highlights', 9, 20],
        ['NORMAL_TEXT', 'Plain text', 20, 31],
        ['HEADING_2', 'Details', 31, 39],
      ]);
    });

    it('writes a chart as a NORMAL_TEXT placeholder paragraph the shell can find and replace by its image', () => {
      const chart = (title: string): Block => ({
        kind: 'chart',
        title,
        file: `${title}.png`,
        xLabels: ['W45', 'W46'],
        percent: true,
        decimals: 3,
        series: [
          { name: 'Payin', values: [99.995, 99.997], target: 99.99, targetLabel: 'Payin target 99.99%' },
        ],
      });
      const doc = report([
        { kind: 'list', ordered: false, items: [{ runs: [{ text: 'Payin: 99.997%' }] }] },
        chart('Success rates'),
        chart('Availability'),
      ]);
      const paragraphs = bodyParagraphs(write(doc).document());
      expect(paragraphs.map((p) => [p.namedStyleType, p.text, Boolean(p.bullet)])).toEqual([
        ['TITLE', 'Week 46', false],
        ['NORMAL_TEXT', 'Payin: 99.997%', true],
        ['NORMAL_TEXT', '[Chart] Success rates', false],
        ['NORMAL_TEXT', '[Chart] Availability', false],
      ]);
      const placeholders = docsChartPlaceholders(doc);
      expect(placeholders.map((p) => [p.chart.title, p.text])).toEqual([
        ['Success rates', '[Chart] Success rates'],
        ['Availability', '[Chart] Availability'],
      ]);
      expect(placeholders.map((p) => p.text)).toEqual(
        paragraphs.filter((p) => p.text.startsWith('[Chart]')).map((p) => p.text),
      );
      expect(docsChartPlaceholders({ ...doc, language: 'zh' })[0].text).toBe('【图表】Success rates');
    });

    it('counts UTF-16 code units: an emoji and a supplementary-plane CJK character before a bold run', () => {
      const doc = report(
        [{ kind: 'paragraph', runs: [{ text: 'a😀𠀀' }, { text: '粗B', bold: true }, { text: 'c' }] }],
        'T',
      );
      const { requests } = docsRequests(doc, { bodyEndIndex: 2 });
      // Title `T` is [1, 3); the paragraph starts at 3 and `a😀𠀀` is 1 + 2 + 2 code units.
      expect(requestsOf(requests, 'updateTextStyle').filter((u) => u.textStyle.bold)).toEqual([
        { range: { startIndex: 8, endIndex: 10 }, textStyle: { bold: true }, fields: 'bold' },
      ]);
      expect(outline(write(doc).document()).blocks).toEqual([
        { kind: 'paragraph', runs: [{ text: 'a😀𠀀' }, { text: '粗B', bold: true }, { text: 'c' }] },
      ]);
    });

    it('bolds exactly the bold characters of a nested item, after the tabs that nest it are gone', () => {
      const doc = report([
        {
          kind: 'list',
          ordered: false,
          items: [
            {
              runs: [{ text: '𠀀' }],
              sublist: {
                kind: 'list',
                ordered: false,
                items: [{ runs: [{ text: '😀x' }, { text: 'B', bold: true }] }],
              },
            },
          ],
        },
      ]);
      const items = bodyParagraphs(write(doc).document()).filter((p) => p.bullet);
      expect(items.map((p) => [p.runs, p.bullet?.nestingLevel])).toEqual([
        [[{ text: '𠀀' }], 0],
        [[{ text: '😀x' }, { text: 'B', bold: true }], 1],
      ]);
    });

    it('nests a sublist at level 1 with no tab left in its text', () => {
      const items = bodyParagraphs(write(report([highlights])).document()).filter((p) => p.bullet);
      expect(items.map((p) => [p.text, p.bullet?.nestingLevel, p.bullet?.ordered])).toEqual([
        ['【银行虚户建设】产品和系统总体设计完成', 0, false],
        ['【大模型技术应用】', 0, false],
        ['CodeLink覆盖率100%', 1, true],
        ['存管AI助理', 1, true],
        ['【ARK国密产品检测】', 0, false],
      ]);
    });

    it('numbers a numbered sublist under a bulleted list as a list of its own', () => {
      const doc = report([highlights]);
      const { requests } = docsRequests(doc, { bodyEndIndex: 2 });
      expect(requestsOf(requests, 'createParagraphBullets').map((b) => b.bulletPreset)).toEqual([
        'BULLET_DISC_CIRCLE_SQUARE',
        'NUMBERED_DECIMAL_ALPHA_ROMAN',
        'BULLET_DISC_CIRCLE_SQUARE',
      ]);
      expect(outline(write(doc).document()).blocks).toEqual([expectedList(highlights, false)]);
    });

    it('keeps a bulleted sublist in its numbered list, so the numbers run on past it', () => {
      const doc = report([
        {
          kind: 'list',
          ordered: true,
          items: [{ runs: [{ text: 'one' }], sublist: bulleted('detail') }, { runs: [{ text: 'two' }] }],
        },
      ]);
      const items = bodyParagraphs(write(doc).document()).filter((p) => p.bullet);
      expect(new Set(items.map((p) => p.bullet?.listId)).size).toBe(1);
      expect(items.map((p) => [p.text, p.bullet?.nestingLevel])).toEqual([
        ['one', 0],
        ['detail', 1],
        ['two', 0],
      ]);
    });

    it('restarts the numbers of every numbered list', () => {
      const doc = report([
        numbered('a', 'b'),
        { kind: 'heading', level: 1, text: 'Next' },
        numbered('c', 'd'),
      ]);
      const items = bodyParagraphs(write(doc).document()).filter((p) => p.bullet);
      const [a, b, c, d] = items.map((p) => p.bullet?.listId);
      expect(a).toBe(b);
      expect(c).toBe(d);
      expect(c).not.toBe(a);
    });

    it('keeps two lists in a row two lists, apart by an empty paragraph', () => {
      const doc = report([numbered('a', 'b'), numbered('c'), bulleted('d')]);
      const model = write(doc);
      expect(outline(model.document()).blocks).toEqual([
        expectedList(numbered('a', 'b'), false),
        expectedList(numbered('c'), false),
        expectedList(bulleted('d'), false),
      ]);
      const paragraphs = bodyParagraphs(model.document()).slice(1);
      expect(paragraphs.map((p) => p.text)).toEqual(['a', 'b', '', 'c', '', 'd']);
      expect(new Set(paragraphs.filter((p) => p.bullet).map((p) => p.bullet?.listId)).size).toBe(3);
    });

    it('reads a list item’s leading tabs as text, not as nesting', () => {
      const doc = report([bulleted('\tindented by hand')]);
      const [item] = bodyParagraphs(write(doc).document()).filter((p) => p.bullet);
      expect([item.text, item.bullet?.nestingLevel]).toEqual([' indented by hand', 0]);
    });

    it('fills a table’s cells last first at the indices of an empty table, and bolds its header row', () => {
      const doc = report([table(['a', 'b'], ['c', 'd'])], 'T');
      const { requests } = docsRequests(doc, { bodyEndIndex: 2 });
      // `T` ends at 3; the table goes at 2, the end of the title's text, and starts at 3.
      expect(requests.filter((r) => 'insertTable' in r || 'insertText' in r)).toEqual([
        { insertText: { location: { index: 1 }, text: 'T' } },
        { insertTable: { location: { index: 2 }, rows: 2, columns: 2 } },
        { insertText: { location: { index: 13 }, text: 'd' } },
        { insertText: { location: { index: 11 }, text: 'c' } },
        { insertText: { location: { index: 8 }, text: 'b' } },
        { insertText: { location: { index: 6 }, text: 'a' } },
      ]);
      expect(requestsOf(requests, 'updateTextStyle').filter((u) => u.textStyle.bold)).toEqual([
        { range: { startIndex: 6, endIndex: 7 }, textStyle: { bold: true }, fields: 'bold' },
        { range: { startIndex: 9, endIndex: 10 }, textStyle: { bold: true }, fields: 'bold' },
      ]);
      const written = write(doc).document();
      expect(outline(written).blocks).toEqual([{ kind: 'table', header: ['a', 'b'], rows: [['c', 'd']] }]);
      expect(written.body?.content?.map((e) => [e.startIndex, e.endIndex])).toEqual([
        [undefined, 1],
        [1, 3],
        [3, 19],
        [19, 20],
      ]);
    });

    it('shades each run of same-status body cells with its STATUS_FILLS colour, at the table’s final start', () => {
      const statusTable: TableBlock = {
        kind: 'table',
        header: ['Objective', 'Status', 'Trend'],
        rows: [
          ['A 😀', '🔴 Red', '🔴'],
          ['B', '🟢 Green', ''],
          ['C', '✅ Done'],
        ],
        statuses: [[null, 'red', 'red'], [null, 'green', null], [null, 'done', 'amber', 'green'], ['amber']],
      };
      const doc = report([bulleted('\tfirst', 'second'), statusTable], 'T');
      const { requests } = docsRequests(doc, { bodyEndIndex: 2 });
      // `T` [1, 3), the items ` first` [3, 10) and `second` [10, 17): the table goes at 16 and starts at 17; the
      // bullets come after the cell styles, so their removing no tab here moves nothing.
      expect(requestsOf(requests, 'insertTable')).toEqual([{ location: { index: 16 }, rows: 4, columns: 3 }]);
      const cell = (rowIndex: number, columnIndex: number, columnSpan: number, hex: string) => ({
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: 17 }, rowIndex, columnIndex },
          rowSpan: 1,
          columnSpan,
        },
        tableCellStyle: { backgroundColor: { color: { rgbColor: rgbOf(hex) } } },
        fields: 'backgroundColor',
      });
      // The fourth statuses row has no table row, and a status past the last column has no cell.
      expect(requestsOf(requests, 'updateTableCellStyle')).toEqual([
        cell(1, 1, 2, 'F4CCCC'),
        cell(2, 1, 1, 'D9EAD3'),
        cell(3, 1, 1, 'D9D9D9'),
        cell(3, 2, 1, 'FFF2CC'),
      ]);
      expect(rgbOf('F4CCCC')).toEqual({ red: 244 / 255, green: 204 / 255, blue: 204 / 255 });
      const written = write(doc).document();
      expect(outline(written).blocks[1]).toEqual({
        kind: 'table',
        header: ['Objective', 'Status', 'Trend'],
        rows: [
          ['A 😀', '🔴 Red', '🔴'],
          ['B', '🟢 Green', ''],
          ['C', '✅ Done', ''],
        ],
        statuses: [
          [null, 'red', 'red'],
          [null, 'green', null],
          [null, 'done', 'amber'],
        ],
      });
      expect(outline(written)).toEqual(expectedOutline(doc));
      const tableElement = written.body?.content?.find((e) => e.table);
      expect(tableElement?.startIndex).toBe(17);
      expect(tableElement?.table?.tableRows?.[1].tableCells?.[1].tableCellStyle).toEqual({
        backgroundColor: { color: { rgbColor: rgbOf('F4CCCC') } },
      });
    });

    it('shades no cell of a table without statuses, and reads it back without them', () => {
      const doc = report([
        { kind: 'table', header: ['a'], rows: [['b']], statuses: [[null]] },
        table(['c'], ['d']),
      ]);
      expect(requestsOf(docsRequests(doc, { bodyEndIndex: 2 }).requests, 'updateTableCellStyle')).toEqual([]);
      expect(outline(write(doc).document()).blocks).toEqual([
        { kind: 'table', header: ['a'], rows: [['b']] },
        { kind: 'table', header: ['c'], rows: [['d']] },
      ]);
    });

    it('shades the right table when a report has several, and no old shading survives a rewrite', () => {
      const shaded = (status: CellStatus): Block => ({
        kind: 'table',
        header: ['h'],
        rows: [['x'], ['y']],
        statuses: [[null], [status]],
      });
      const doc = report([table(['plain'], ['p']), highlights, shaded('amber'), shaded('done')]);
      const model = write(doc);
      expect(outline(model.document())).toEqual(expectedOutline(doc));
      const rewritten = report([table(['h'], ['x'], ['y']), table(['h'], ['x'], ['y'])]);
      expect(outline(write(rewritten, model).document())).toEqual(expectedOutline(rewritten));
    });

    it('leaves no empty paragraph between a table and the text after it, one between two tables', () => {
      const doc = report([
        { kind: 'paragraph', runs: [{ text: 'before' }] },
        table(['h'], ['1']),
        table(['k']),
        { kind: 'paragraph', runs: [{ text: 'after' }] },
        table(['last']),
      ]);
      const content = write(doc).document().body?.content ?? [];
      const shape = content.slice(1).map((e) => (e.table ? 'table' : readText(e)));
      expect(shape).toEqual(['Week 46', 'before', 'table', '', 'table', 'after', 'table', '']);
    });

    it('pads short rows and keeps a line break in a cell or a paragraph inside one paragraph', () => {
      const doc = report([
        table(['Name', 'Notes'], ['Ann\nBob']),
        { kind: 'paragraph', runs: [{ text: 'two\nlines' }] },
      ]);
      expect(outline(write(doc).document()).blocks).toEqual([
        { kind: 'table', header: ['Name', 'Notes'], rows: [['Ann\nBob', '']] },
        { kind: 'paragraph', runs: [{ text: 'two\nlines' }] },
      ]);
      const { requests } = docsRequests(doc, { bodyEndIndex: 2 });
      expect(requestsOf(requests, 'insertText').map((i) => i.text)).toContain('Ann\u000bBob');
    });

    it('drops the characters the API would strip, so no index after them drifts', () => {
      const doc = report([
        { kind: 'paragraph', runs: [{ text: 'a\r\u0001\ue000b' }, { text: 'B', bold: true }] },
      ]);
      expect(outline(write(doc).document()).blocks).toEqual([
        { kind: 'paragraph', runs: [{ text: 'ab' }, { text: 'B', bold: true }] },
      ]);
    });
  });

  describe('rewriting a Doc', () => {
    const current = report([
      { kind: 'heading', level: 1, text: 'Highlights' },
      highlights,
      table(['Metric', 'Value'], ['Availability', '99.99%']),
      { kind: 'paragraph', runs: [{ text: 'Generated 😀 ' }, { text: 'now', bold: true }] },
    ]);

    it('deletes the previous report in the same batch, up to the final newline', () => {
      const model = write(older);
      const target = docsTarget(model.document());
      const { requests } = docsRequests(current, target);
      expect(requests[0]).toEqual({
        deleteContentRange: { range: { startIndex: 1, endIndex: target.bodyEndIndex - 1 } },
      });
    });

    it.each([
      ['an older, longer report', older],
      ['an older, shorter report', report([bulleted('only')], 'W')],
      ['the same report', current],
    ])('reads back the same tree from a new Doc and from a Doc holding %s', (_, previous) => {
      const fresh = outline(write(current).document());
      const rewritten = outline(write(current, write(previous)).document());
      expect(rewritten).toEqual(fresh);
      expect(fresh).toEqual(expectedOutline(current));
    });

    it('starts clean when someone made the last line of the older report and its header bold', () => {
      const model = write(older);
      const { bodyEndIndex: end, header } = docsTarget(model.document());
      if (!header) throw new Error('the older report has no header');
      // Bold up to the segment's end covers the newline that survives the deletion; new text copies its style.
      const boldTo = (startIndex: number, endIndex: number, segmentId?: string) => ({
        updateTextStyle: {
          range: { startIndex, endIndex, segmentId },
          textStyle: { bold: true },
          fields: 'bold',
        },
      });
      model.batchUpdate([boldTo(end - 'three\n'.length, end), boldTo(0, header.endIndex, header.id)]);
      expect(outline(write(current, model).document())).toEqual(expectedOutline(current));
    });

    it('replaces the header text in the one batch once the Doc has a header', () => {
      const model = write(older);
      const { requests, createsHeader } = docsRequests(current, docsTarget(model.document()));
      expect(createsHeader).toBe(false);
      model.batchUpdate(requests);
      expect(outline(model.document()).headerText).toBe('Payments · Week 46');
    });

    it('creates the header last in a new Doc and writes its text once the reply names it', () => {
      const model = new DocsModel();
      const { requests, createsHeader } = docsRequests(current, docsTarget(model.document()));
      expect(createsHeader).toBe(true);
      expect(requests[requests.length - 1]).toEqual({ createHeader: { type: 'DEFAULT' } });
      const replies = model.batchUpdate(requests);
      expect(outline(model.document()).headerText).toBe('');
      const id = createdHeaderId(replies);
      expect(id).toEqual(expect.any(String));
      model.batchUpdate(docsHeaderRequests('Team\nWeek 46', { id: id as string, endIndex: 1 }));
      expect(outline(model.document()).headerText).toBe('Team\nWeek 46');
    });
  });

  describe('the in-memory Doc', () => {
    const snapshot = (model: DocsModel) => JSON.stringify(model.document());

    it('refuses an index past the end of the segment and applies nothing of the batch', () => {
      const model = write(older);
      const before = snapshot(model);
      const end = docsTarget(model.document()).bodyEndIndex;
      expect(() =>
        model.batchUpdate([
          { insertText: { location: { index: 1 }, text: 'applied first' } },
          { insertText: { location: { index: end + 20 }, text: 'x' } },
        ]),
      ).toThrow(
        `Invalid requests[1].insertText: Index ${end + 20} must be less than the end index of the referenced segment, ${end + 13}.`,
      );
      expect(snapshot(model)).toBe(before);
    });

    it('refuses to delete the final newline', () => {
      const model = write(older);
      const before = snapshot(model);
      const end = docsTarget(model.document()).bodyEndIndex;
      expect(() =>
        model.batchUpdate([{ deleteContentRange: { range: { startIndex: 1, endIndex: end } } }]),
      ).toThrow(
        'Invalid requests[0].deleteContentRange: The range cannot include the newline character at the end of the segment.',
      );
      expect(snapshot(model)).toBe(before);
    });

    it('refuses bullets over a range that does not exist', () => {
      const model = write(older);
      const before = snapshot(model);
      const end = docsTarget(model.document()).bodyEndIndex;
      const bullets = {
        range: { startIndex: end - 1, endIndex: end + 5 },
        bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE',
      };
      expect(() =>
        model.batchUpdate([
          { deleteParagraphBullets: { range: { startIndex: 1, endIndex: 2 } } },
          { createParagraphBullets: bullets },
        ]),
      ).toThrow(DocsRequestError);
      expect(() => model.batchUpdate([{ createParagraphBullets: bullets }])).toThrow(
        `Invalid requests[0].createParagraphBullets: Index ${end + 5} must be less than or equal to the end index of the referenced segment, ${end}.`,
      );
      expect(snapshot(model)).toBe(before);
    });

    it('refuses text at a table’s own indices and deletions of part of a table', () => {
      const model = write(report([table(['a'])], 'T'));
      // `T` is [1, 3) and the table starts at 3: 3 is the table, 4 its row, 5 its cell, 6 `a`, 7 the cell's newline.
      for (const index of [3, 4, 5]) {
        expect(() => model.batchUpdate([{ insertText: { location: { index }, text: 'x' } }])).toThrow(
          'must be inside the bounds of an existing paragraph',
        );
      }
      expect(() =>
        model.batchUpdate([{ deleteContentRange: { range: { startIndex: 2, endIndex: 4 } } }]),
      ).toThrow('newline before a table');
      expect(() =>
        model.batchUpdate([{ deleteContentRange: { range: { startIndex: 7, endIndex: 8 } } }]),
      ).toThrow('last newline of a table cell');
    });

    it('refuses a cell style at an index that is not a table’s start and applies nothing of the batch', () => {
      // `T` is [1, 3) and the table starts at 3; once `x` goes in at 1 it starts at 4, so 3 (where it was) is
      // the title's newline, 5 its first row and 7 the text `a`.
      const model = write(report([table(['a', 'b'], ['c', 'd'])], 'T'));
      const before = snapshot(model);
      for (const index of [3, 5, 7]) {
        expect(() =>
          model.batchUpdate([
            { insertText: { location: { index: 1 }, text: 'x' } },
            shade(4, 1, 0),
            shade(index, 1, 0),
          ]),
        ).toThrow(
          `Invalid requests[2].updateTableCellStyle: tableStartLocation ${index} is not the start index of a table.`,
        );
      }
      expect(snapshot(model)).toBe(before);
      expect(outline(model.document()).blocks).toEqual([
        { kind: 'table', header: ['a', 'b'], rows: [['c', 'd']] },
      ]);
    });

    it('refuses a cell style outside the table or of a field it does not know', () => {
      const model = write(report([table(['a', 'b'], ['c', 'd'])], 'T'));
      const before = snapshot(model);
      expect(() => model.batchUpdate([shade(3, 2, 0)])).toThrow('not all in the table');
      expect(() => model.batchUpdate([shade(3, 1, 2)])).toThrow('not all in row 1');
      const wide = shade(3, 1, 1);
      const span = {
        ...wide.updateTableCellStyle,
        tableRange: { ...wide.updateTableCellStyle.tableRange, columnSpan: 2 },
      };
      expect(() => model.batchUpdate([{ updateTableCellStyle: span }])).toThrow('not all in row 1');
      const noFields = { ...wide.updateTableCellStyle, fields: '' };
      expect(() => model.batchUpdate([{ updateTableCellStyle: noFields }])).toThrow('At least one field');
      const padding = { ...wide.updateTableCellStyle, fields: 'paddingTop' };
      expect(() => model.batchUpdate([{ updateTableCellStyle: padding }])).toThrow('paddingTop');
      expect(snapshot(model)).toBe(before);
    });

    it('reads a shaded header cell, or a colour that is no status, as a writer’s mistake', () => {
      const model = write(report([table(['a'], ['b'])], 'T'));
      model.batchUpdate([shade(3, 0, 0)]);
      expect(() => outline(model.document())).toThrow('header cell at 5 is shaded as red');
      // `tableCellStyle: {}` with the field listed resets the header cell; pure red is no status colour.
      const { updateTableCellStyle: header } = shade(3, 0, 0);
      const { updateTableCellStyle: body } = shade(3, 1, 0);
      model.batchUpdate([
        { updateTableCellStyle: { ...header, tableCellStyle: {} } },
        {
          updateTableCellStyle: {
            ...body,
            tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 1 } } } },
          },
        },
      ]);
      expect(() => outline(model.document())).toThrow(
        'cell at 9 has background #FF0000, not a status colour',
      );
    });

    it('joins bullets to the list just before when the preset matches, as the API does', () => {
      const model = new DocsModel();
      model.batchUpdate([
        { insertText: { location: { index: 1 }, text: 'a\nb\n' } },
        {
          createParagraphBullets: {
            range: { startIndex: 1, endIndex: 3 },
            bulletPreset: 'NUMBERED_DECIMAL_ALPHA_ROMAN',
          },
        },
        {
          createParagraphBullets: {
            range: { startIndex: 3, endIndex: 5 },
            bulletPreset: 'NUMBERED_DECIMAL_ALPHA_ROMAN',
          },
        },
      ]);
      const [a, b] = bodyParagraphs(model.document()).map((p) => p.bullet?.listId);
      expect(b).toBe(a);
    });

    it('words a refused batch as the Docs advanced service does', () => {
      const Documents = new FakeDocuments();
      const { documentId } = Documents.create({ title: 'Weekly report' });
      const id = documentId as string;
      Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: 1 }, text: 'x'.repeat(39) } }] },
        id,
      );
      const before = JSON.stringify(Documents.get(id));
      const bold = {
        updateTextStyle: { range: { startIndex: 1, endIndex: 5 }, textStyle: { bold: true }, fields: 'bold' },
      };
      expect(() =>
        Documents.batchUpdate(
          { requests: [bold, bold, bold, { insertText: { location: { index: 57 }, text: 'x' } }] },
          id,
        ),
      ).toThrow(
        new Error(
          'API call to docs.documents.batchUpdate failed with error: Invalid requests[3].insertText: Index 57 must be less than the end index of the referenced segment, 41.',
        ),
      );
      expect(JSON.stringify(Documents.get(id))).toBe(before);
    });
  });

  describe('any report', () => {
    it('reads back as the document it was written from, into a new Doc', () => {
      fc.assert(
        fc.property(reportDocument, (doc) => {
          expect(outline(write(doc).document())).toEqual(expectedOutline(doc));
        }),
        { numRuns: 300 },
      );
    });

    it('reads back as the document it was written from, over any older report', () => {
      fc.assert(
        fc.property(reportDocument, reportDocument, (previous, doc) => {
          expect(outline(write(doc, write(previous)).document())).toEqual(expectedOutline(doc));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('the sample report', () => {
    let sample: ReportDocument;

    beforeAll(async () => {
      const input = await readWorkbookFile(join(root, 'seeds/sample-workbook.xlsx'), {
        timeZone: 'Asia/Shanghai',
      });
      const built = buildReport(parseWorkbook(input), { now: new Date('2026-11-25T07:30:00Z') });
      if (!built.document) throw new Error(`no document: ${JSON.stringify(built.issues)}`);
      sample = built.document;
    });

    it('reads back as the sample report through Docs.Documents, then again after a rewrite', () => {
      const Documents = new FakeDocuments();
      const id = Documents.create({ title: sample.title }).documentId as string;
      const generate = (): void => {
        const batch = docsRequests(sample, docsTarget(Documents.get(id)));
        const { replies } = Documents.batchUpdate({ requests: batch.requests as object[] }, id);
        const headerId = createdHeaderId(replies);
        if (batch.createsHeader && headerId) {
          Documents.batchUpdate(
            { requests: docsHeaderRequests(sample.headerText, { id: headerId, endIndex: 1 }) },
            id,
          );
        }
      };
      generate();
      expect(outline(Documents.get(id))).toEqual(expectedOutline(sample));
      generate();
      expect(outline(Documents.get(id))).toEqual(expectedOutline(sample));
      // A new Doc takes the body with createHeader, then the header's text; once it has a header, one batch.
      const hasCreateHeader = (requests: readonly unknown[]) =>
        requests.some((r) => 'createHeader' in (r as object));
      expect(Documents.batches.map((b) => hasCreateHeader(b.requests))).toEqual([true, false, false]);
    });

    it('reads back the summary table with its status cells shaded', () => {
      const shaded = sample.blocks.filter(
        (b): b is TableBlock => b.kind === 'table' && (b.statuses ?? []).some((row) => row.some((s) => s)),
      );
      expect(shaded.length).toBeGreaterThan(0);
      const tables = outline(write(sample).document()).blocks.filter((b) => b.kind === 'table' && b.statuses);
      expect(tables).toEqual(expectedOutline({ ...sample, blocks: shaded }).blocks);
      expect(tables.flatMap((t) => (t.kind === 'table' ? (t.statuses ?? []) : [])).flat()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(done|red|amber|green)$/)]),
      );
    });

    it('fits a report ten times as long in one batch, far below the 10 MiB Google APIs accept per request', () => {
      const long = { ...sample, blocks: Array.from({ length: 10 }, () => sample.blocks).flat() };
      const model = write(long, write(sample));
      expect(outline(model.document())).toEqual(expectedOutline(long));
      const { requests } = docsRequests(long, docsTarget(model.document()));
      expect(Buffer.byteLength(JSON.stringify({ requests }))).toBeLessThan(10_485_760 / 20);
    });
  });
});

function readText(element: GoogleAppsScript.Docs.Schema.StructuralElement): string {
  return (element.paragraph?.elements ?? [])
    .map((e) => e.textRun?.content ?? '')
    .join('')
    .replace(/\n$/, '');
}
