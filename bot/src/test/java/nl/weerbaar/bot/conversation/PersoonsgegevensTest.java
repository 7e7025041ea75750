package nl.weerbaar.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is stripped from a question before it is kept for admins, exactly as docs/ADMIN.md says. */
class PersoonsgegevensTest {
    static final Persoonsgegevens FILTER = new Persoonsgegevens(Set.of("lotte", "sanne"), Set.of("leerling", "jongen"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mohammed uit klas 4 stuurde me een bericht, bel hem op 06-12345678 of mail jan@example.nl. \
            | [naam] uit [klas] stuurde me een bericht, bel hem op [telefoon] of mail [e-mail].
            Ik zag Jan de Vries uit 3b bij het hek. | Ik zag [naam] uit [klas] bij het hek.
            De leerling uit 2 havo wordt gepest door een jongen uit klas 4b. \
            | De leerling uit [klas] wordt gepest door een jongen uit [klas].
            kan lotte morgen de sleutels van lokaal 3b ophalen? Bel 010 000 0101. \
            | kan [naam] morgen de sleutels van lokaal [klas] ophalen? Bel [telefoon].
            Gesprek met J.B. en zijn moeder over Snapchat. | Gesprek met [naam] en zijn moeder over [naam].
            Wie betaalt de BHV-cursus, o.a. voor groep 7 en h4? Het is al 3x gevraagd. \
            | Wie betaalt de BHV-cursus, o.a. voor [klas] en [klas]? Het is al 3x gevraagd.
            piet uit de 3e klas en Sanne Bakker uit havo 3 | [naam] uit de [klas] en [naam] uit [klas]
            Bel +31 6 1234 5678 voor de 8e keer, niet 10km verderop. | Bel [telefoon] voor de 8e keer, niet 10km verderop.
            """)
    void stripsNamesClassesPhoneNumbersAndEmailAddresses(String tekst, String opgeslagen) {
        assertEquals(opgeslagen, FILTER.wis(tekst));
    }
}
