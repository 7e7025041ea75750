/** The channel-neutral conversation: one message in, one reply out, including the signal dialogue. */
package nl.weerbaar.bot.conversation;
