/** Finding a user's locatie (directory, channel, remembered choice) and remembering their choice. */
package nl.weerbaar.bot.directory;
