/** The Microsoft Teams channel: Bot Framework endpoint, token checks, Adaptive Cards and proactive messages; translation only. */
package nl.weerbaar.bot.teams;
