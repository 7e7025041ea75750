package nl.weerbaar.catalog;

/**
 * A public number a teacher may need (informatie.yaml): who it is, the number, and for what.
 *
 * @param id how informatievragen refer to it ("veilig-thuis")
 * @param naam the name as a teacher knows it ("Veilig Thuis")
 * @param telefoon the number as it is dialled and written ("0800-2000")
 * @param wanneer the situations it is for, one sentence
 */
public record Contact(String id, String naam, String telefoon, String wanneer) {}
