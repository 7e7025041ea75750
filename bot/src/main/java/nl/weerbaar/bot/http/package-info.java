/**
 * Outgoing HTTP: the one retry policy of the Bot Connector, the Slack Web API and signal delivery,
 * with the one Retry-After parser.
 */
package nl.weerbaar.bot.http;
