/** A post forwarded from a Telegram channel, as an article (outlet = channel title). */
import type { Article } from '../domain/article.ts';

export interface ForwardedPost {
  readonly channelTitle: string;
  readonly channelUsername: string | undefined;
  readonly channelId: number;
  readonly messageId: number;
  /** Unix seconds of the original post. */
  readonly date: number;
  readonly text: string;
}

/** Article identity is the public post link `https://t.me/<username>/<id>` (private channels get a tg: id). */
export function articleFromForward(post: ForwardedPost): Article {
  const url = post.channelUsername
    ? `https://t.me/${post.channelUsername}/${post.messageId}`
    : `tg:channel:${post.channelId}/${post.messageId}`;
  const firstLine = post.text.split('\n').find((l) => l.trim() !== '')?.trim() ?? null;
  return {
    url,
    canonicalUrl: url,
    outlet: post.channelTitle,
    title: firstLine && firstLine.length > 140 ? `${firstLine.slice(0, 139)}…` : firstLine,
    lang: null,
    published: new Date(post.date * 1000).toISOString().slice(0, 10),
    byline: null,
    body: post.text.replace(/\r\n/g, '\n'),
  };
}
