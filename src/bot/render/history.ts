import type { HistoryPage } from '../../app/bot-app.ts';
import { escapeHtml, link } from './escape.ts';
import { renderEventLine } from './status.ts';
import type { Translate } from './translate.ts';
import { shortenQuote } from '../../app/digest.ts';

/** One page of /history: events newest first, each with a short quote and its first link. */
export function renderHistory(t: Translate, page: HistoryPage): string {
  const name = escapeHtml(page.place.name);
  if (page.total === 0) return t('history-empty', { place: name });
  const blocks = page.events.map((event) => {
    const report = event.reports[0];
    const quote = report ? `\n<i>«${escapeHtml(shortenQuote(report.quote, 160))}»</i>` : '';
    const more = event.reports.length > 1 ? ` +${event.reports.length - 1}` : '';
    const src = report ? `\n${link(report.url, report.outlet ?? report.url)}${more}` : '';
    return `${renderEventLine(t, event)}${quote}${src}`;
  });
  return [t('history-title', { place: name, page: page.page + 1, pages: page.pages }), ...blocks].join('\n\n');
}
