// counted(): chained calls are recorded, a raw fake handed back comes back counted, unwrap still finds the raw one.
import { CallLog, counted, unwrap } from './calls';

class Item {
  level = 0;
  glyph = '';

  setLevel(level: number): this {
    this.level = level;
    return this;
  }

  setGlyph(glyph: string): this {
    this.glyph = glyph;
    return this;
  }
}

class Body {
  readonly items: Item[] = [];
  constructor(private readonly log: CallLog) {}

  append(): Item {
    const item = new Item();
    this.items.push(item);
    return counted(item, this.log, 'Docs', 'Item');
  }

  /** Hands back a raw item, as a fake that forgot to wrap it would. */
  last(): Item {
    return this.items[this.items.length - 1];
  }

  /** Hands back a raw item the code has never seen. */
  fresh(): Item {
    return new Item();
  }
}

describe('counted', () => {
  it('records every call of a chain on a method that returns this', () => {
    const log = new CallLog();
    const body = counted(new Body(log), log, 'Docs', 'Body');
    const item = body.append().setLevel(2).setGlyph('BULLET').setLevel(3);
    expect(log.snapshot('Docs')).toEqual({
      'Docs.Body.append': 1,
      'Docs.Item.setLevel': 2,
      'Docs.Item.setGlyph': 1,
    });
    expect(log.count('Docs')).toBe(4);
    expect(item).toBe(body.last());
    expect(unwrap(item)).toMatchObject({ level: 3, glyph: 'BULLET' });
    expect(unwrap(item)).not.toBe(item);
  });

  it('hands back the proxy of a raw fake that already has one, and a fake never counted as it is', () => {
    const log = new CallLog();
    const body = counted(new Body(log), log, 'Docs', 'Body');
    const appended = body.append();
    expect(body.last()).toBe(appended);
    body.last().setGlyph('NUMBER');
    expect(log.count('Docs', 'Item.setGlyph')).toBe(1);
    const fresh = body.fresh();
    expect(unwrap(fresh)).toBe(fresh);
  });

  it('keeps one proxy per object and leaves plain values alone', () => {
    const log = new CallLog();
    const raw = new Item();
    const item = counted(raw, log, 'Docs', 'Item');
    expect(counted(raw, log, 'Docs', 'Item')).toBe(item);
    expect(item.level).toBe(0);
    expect(log.count('Docs')).toBe(0);
  });
});
