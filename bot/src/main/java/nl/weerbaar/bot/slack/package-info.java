/** The Slack channel: Bolt servlet, Block Kit, App Home, the signal modal and the Web API; translation only. */
package nl.weerbaar.bot.slack;
