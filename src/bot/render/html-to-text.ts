/** Telegram HTML → terminal text: bold/italic as ANSI on a terminal, links as `label (url)`. */
export function htmlToText(html: string, ansi: boolean): string {
  const style = (open: string, close: string) => (_m: string, inner: string): string => (ansi ? `${open}${inner}${close}` : inner);
  return html
    .replace(/<a href="([^"]*)">(.*?)<\/a>/g, (_m, url: string, label: string) => `${label} (${url})`)
    .replace(/<b>(.*?)<\/b>/gs, style('\x1b[1m', '\x1b[22m'))
    .replace(/<i>(.*?)<\/i>/gs, style('\x1b[3m', '\x1b[23m'))
    .replace(/<code>(.*?)<\/code>/gs, style('\x1b[36m', '\x1b[39m'))
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
