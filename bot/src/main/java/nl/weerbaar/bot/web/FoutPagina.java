package nl.weerbaar.bot.web;

/**
 * What the error page {@code web/fout.jte} says: the status, a heading and an explanation in Dutch (from
 * {@link WebTeksten}), and where to go on.
 *
 * @param status the HTTP status, such as 404
 * @param kop the heading, such as "Deze pagina bestaat niet"
 * @param uitleg what happened and what to do
 * @param verder the address to go on to ({@code /} or {@code /inbox})
 */
public record FoutPagina(int status, String kop, String uitleg, String verder) {}
