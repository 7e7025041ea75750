package nl.weerbaar.bot.admin;

import static nl.weerbaar.bot.reply.ReplyParts.notitie;
import static nl.weerbaar.bot.reply.ReplyParts.tekst;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.conversation.Herindexering;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import org.springframework.stereotype.Component;

/** "herindexeer" in the chat: the same reindex as {@code POST /admin/reindex}, told as a reply. */
@Component
class ChatHerindexering implements Herindexering {
    private final CatalogBeheer beheer;

    ChatHerindexering(CatalogBeheer beheer) {
        this.beheer = beheer;
    }

    @Override
    public List<Onderdeel> herindexeer(String door) {
        CatalogWijziging uitkomst = beheer.herindexeer(door);
        if (uitkomst instanceof CatalogWijziging.Gelukt g) {
            return List.of(tekst(AdminTeksten.herindexeerd(g.ongewijzigd(), g.versie(), g.aantallen(), g.duurMs())));
        }
        if (uitkomst instanceof CatalogWijziging.NietOpgeslagen n) {
            return List.of(tekst(n.melding()));
        }
        CatalogWijziging.Geweigerd w = (CatalogWijziging.Geweigerd) uitkomst;
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(tekst(AdminTeksten.geweigerd(w.bron(), w.problemen().size(), w.actueleVersie())));
        w.problemen().stream().limit(10).forEach(p -> delen.add(notitie(p.toString())));
        if (w.problemen().size() > 10) {
            delen.add(notitie(AdminTeksten.enNog(w.problemen().size() - 10)));
        }
        return delen;
    }
}
