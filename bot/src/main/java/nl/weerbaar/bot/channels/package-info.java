/** Which channels (Teams, Slack, web chat) are configured, decided from the settings in one place. */
package nl.weerbaar.bot.channels;
