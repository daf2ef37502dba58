/**
 * Canonical URLs: the same article reached by a tracking link, an AMP or mobile page, with or
 * without `www.`, a fragment or a trailing slash has one canonical URL, which dedup uses.
 */

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'yclid', 'ysclid', 'msclkid', 'mc_cid', 'mc_eid',
  'igshid', 'igsh', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'ref_src', 'ref_url', 'cmpid', 'ocid', 'ncid',
  'at_medium', 'at_campaign', 'at_link', 'at_ptr_name', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  'spm', 's_cid', 'sr_share', 'share', 'smid', 'xtor', 'rss', 'from', 'amp', 'outputtype',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'oly_', 'vero_'];
const MOBILE_HOST = /^(?:m|mobile|amp|www)\./;
const AMP_PATH_END = /(?:\/amp|\.amp|\/amp\.html?)$/;

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The canonical form of an http(s) URL: https, host without `www.`/`m.`/`mobile.`/`amp.`,
 * no AMP path suffix or `/amp/` prefix, no tracking parameters, remaining parameters sorted,
 * no fragment, no trailing slash. Anything that is not an http(s) URL is returned unchanged.
 */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw.trim();
  let host = url.hostname.toLowerCase();
  while (MOBILE_HOST.test(host) && host.split('.').length > 2) host = host.replace(MOBILE_HOST, '');
  let path = url.pathname.replace(/\/{2,}/g, '/');
  if (path.startsWith('/amp/')) path = path.slice(4);
  path = path.replace(/\/+$/, '').replace(AMP_PATH_END, '');
  path = path.replace(/\/+$/, '') || '/';
  const params = [...url.searchParams.entries()].filter(([k]) => !isTracking(k));
  params.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = new URLSearchParams(params).toString();
  const port = url.port ? `:${url.port}` : '';
  return `https://${host}${port}${path === '/' ? '' : path}${query ? `?${query}` : ''}`;
}

/** Whether a string is an absolute http(s) URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
