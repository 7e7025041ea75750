package nl.weerbaar.catalog;

import java.util.List;
import java.util.Optional;

/**
 * informatie.yaml: the public numbers a teacher may need, and the informatievragen answered from
 * them (and from the directory and the legal frame). Empty for a folder without the file.
 */
public record Informatie(List<Contact> contacten, List<Informatievraag> vragen) {
    public static final Informatie LEEG = new Informatie(List.of(), List.of());

    public Informatie {
        contacten = List.copyOf(contacten);
        vragen = List.copyOf(vragen);
    }

    public Optional<Contact> contact(String id) {
        return contacten.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Informatievraag> vraag(String id) {
        return vragen.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** The contacts an informatievraag names, in its order. */
    public List<Contact> contactenVan(Informatievraag vraag) {
        return vraag.contacten().stream().flatMap(id -> contact(id).stream()).toList();
    }
}
