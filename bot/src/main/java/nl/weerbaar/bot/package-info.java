/** The Weerbaar application: start-up, configuration and command-line commands; it wires every feature and nothing imports it. */
package nl.weerbaar.bot;
