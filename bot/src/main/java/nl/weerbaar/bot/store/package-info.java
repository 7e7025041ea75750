/** The database on the chat path (optional when it is down) and the free disk space. */
package nl.weerbaar.bot.store;
