/** The message model every channel speaks: a Bericht from an Afzender in, an Antwoord of parts out. */
package nl.weerbaar.bot.reply;
