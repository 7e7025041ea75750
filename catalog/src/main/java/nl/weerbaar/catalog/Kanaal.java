package nl.weerbaar.catalog;

/** The channels through which users reach Weerbaar. */
public enum Kanaal {
    TEAMS,
    SLACK,
    WEB
}
