import { describe, expect, it } from 'vitest';
import { claimsCsv } from '../../src/app/timeline-export.ts';
import { claimIn } from '../timeline/fixtures.ts';

const sourced = (quote: string) => ({
  claim: claimIn('ru/full/ru', '2025-12-01', { quote }),
  outlet: 'Desk',
  published: '2025-12-01',
  firstSeenAt: '2025-12-01T10:00:00.000Z',
});

describe('claimsCsv', () => {
  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    const [, row] = claimsCsv([sourced('He said, "ours".\nThen left.')]);
    expect(row).toContain('"He said, ""ours"".\nThen left."');
  });

  it('defuses article text that a spreadsheet would run as a formula', () => {
    const rows = claimsCsv([sourced('=HYPERLINK("http://x.example","click")'), sourced('+7 villages'), sourced('@once')]);
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(rows[2]).toContain(",'+7 villages,");
    expect(rows[3]).toContain(",'@once,");
    expect(rows[1]).toContain(',2025-12-01,');
  });
});
