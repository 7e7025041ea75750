/** The catalogue being served: loading it at start-up, swapping in a new version, and its health. */
package nl.weerbaar.bot.catalog;
