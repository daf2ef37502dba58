import type { Migration } from '../migration.ts';
import { migration001 } from './001-articles-and-sources.ts';

/**
 * Every migration, in order. Numbers are fixed once landed: 001 articles and sources,
 * 002 claims, 003 claim events and contradictions, 004 chats, subscriptions and the outbox.
 */
export const migrations: readonly Migration[] = [
  migration001,
];
