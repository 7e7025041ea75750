package nl.weerbaar.bot.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells Hikari to drop a connection whose embedded H2 database has closed itself. H2 closes the
 * whole database when it cannot write its file (a full disk); every pooled connection then answers
 * "The database has been closed" for ever, and Hikari, which only drops connections on network
 * errors or when one sits idle, kept handing them out. A new connection opens the file again, so
 * the database comes back by itself once there is room (DiskFullTest). Set as {@code
 * spring.datasource.hikari.exception-override-class-name}; other databases' errors are left to
 * Hikari's own rules.
 */
public final class H2ClosedDatabase implements SQLExceptionOverride {
    /** H2's DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN. */
    static final int DATABASE_IS_CLOSED = 90098;

    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        int code = e.getErrorCode();
        boolean h2 = e.getClass().getName().startsWith("org.h2.");
        return h2 && (code == DATABASE_IS_CLOSED || code == DATABASE_CALLED_AT_SHUTDOWN)
                ? Override.MUST_EVICT
                : Override.CONTINUE_EVICT;
    }
}
