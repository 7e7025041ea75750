package nl.weerbaar.bot.directory;

import java.util.Optional;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.Locatie;
import org.springframework.stereotype.Service;

/**
 * Finds a user's locatie: the directory (their Teams/Slack id or e-mail), then the channel they
 * write in, then what they chose before. Empty means: ask them.
 */
@Service
public class LocatieResolver {
    private final LocatieKeuzes keuzes;
    private final Database database;

    LocatieResolver(LocatieKeuzes keuzes, Database database) {
        this.keuzes = keuzes;
        this.database = database;
    }

    public Optional<Locatie> locatie(Directory directory, Afzender afzender) {
        Optional<Locatie> locatie =
                directory.locatieVanGebruiker(afzender.kanaal(), afzender.userId(), afzender.email());
        if (locatie.isEmpty()) {
            locatie = directory.locatieVanKanaal(afzender.kanaal(), afzender.teamId(), afzender.kanaalId());
        }
        if (locatie.isEmpty()) {
            // without a database the user is asked again (a remembered choice cannot be read)
            locatie = database.optional(
                            "reading the remembered locatie",
                            () -> keuzes.van(afzender.kanaal(), afzender.userId()),
                            Optional.<String>empty())
                    .flatMap(directory::locatie);
        }
        return locatie;
    }

    /**
     * Remembers the locatie a user chose; ignored when the directory has no such locatie. Without a
     * database it counts for this answer only.
     */
    public Optional<Locatie> kies(Directory directory, Afzender afzender, String locatieId) {
        Optional<Locatie> locatie = directory.locatie(locatieId);
        locatie.ifPresent(l -> database.optional(
                "remembering the chosen locatie", () -> keuzes.onthoud(afzender.kanaal(), afzender.userId(), l.id())));
        return locatie;
    }
}
