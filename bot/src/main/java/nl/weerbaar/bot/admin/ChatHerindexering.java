package nl.weerbaar.bot.admin;

import static nl.weerbaar.bot.reply.ReplyParts.notitie;
import static nl.weerbaar.bot.reply.ReplyParts.tekst;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.conversation.Herindexering;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import org.springframework.stereotype.Component;

/**
 * "herindexeer" in the chat: the preview of {@code POST /admin/reindex?dryRun=true}, told as a
 * reply — what importing the catalogue folder would change. Nothing is activated from the chat:
 * the admin activates on the admin page, after reading the whole difference.
 */
@Component
class ChatHerindexering implements Herindexering {
    private final CatalogBeheer beheer;

    ChatHerindexering(CatalogBeheer beheer) {
        this.beheer = beheer;
    }

    @Override
    public List<Onderdeel> herindexeer(String door) {
        CatalogWijziging uitkomst = beheer.herindexeer(door, CatalogWijziging.Stap.VOORVERTONING);
        if (uitkomst instanceof CatalogWijziging.Voorstel v) {
            if (v.ongewijzigd() || v.verschil().leeg()) {
                return List.of(tekst(AdminTeksten.mapOngewijzigd(v.basisVersie())));
            }
            List<Onderdeel> delen = new ArrayList<>();
            delen.add(tekst(AdminTeksten.mapVerschil(v.basisVersie(), v.versie())));
            List<String> regels = v.verschil().regels();
            regels.stream().limit(10).forEach(r -> delen.add(notitie(r)));
            if (regels.size() > 10) {
                delen.add(notitie(AdminTeksten.enNog(regels.size() - 10)));
            }
            delen.add(tekst(AdminTeksten.ACTIVEER_OP_DE_BEHEERPAGINA));
            return delen;
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
