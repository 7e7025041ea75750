package nl.weerbaar.catalog;

/**
 * Maps a Teams team/channel or a Slack channel to a locatie. {@code teamId} is only used for
 * Teams; a Teams mapping without {@code kanaalId} covers every channel of the team.
 */
public record KanaalKoppeling(Kanaal kanaal, String teamId, String kanaalId, String locatieId) {}
