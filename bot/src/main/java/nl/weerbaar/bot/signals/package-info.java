/** Passing on signals: drafts, sending, delivery outbox, escalation, audit, retention and statistics. */
package nl.weerbaar.bot.signals;
