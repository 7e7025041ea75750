/** The local web chat and the signals inbox for setups without Teams or Slack; translation only. */
package nl.weerbaar.bot.web;
