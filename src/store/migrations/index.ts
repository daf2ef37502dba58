import type { Migration } from '../migration.ts';
import { migration001 } from './001-articles-and-sources.ts';
import { migration002 } from './002-claims.ts';
import { migration003 } from './003-claim-events.ts';
import { migration004 } from './004-chats-and-delivery.ts';

/**
 * Every migration, in order. Numbers are fixed once landed: 001 articles and sources,
 * 002 claims, 003 claim events and contradictions, 004 chats, subscriptions and the outbox.
 */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
];
