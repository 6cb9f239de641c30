package id.kesos.assessment;

/**
 * One system around the client in an ecomap: a person, group or institution, and how the client's
 * relation with it is.
 *
 * @param name     as the worker writes it ("Ibu", "Teman asrama", "Puskesmas Jebres")
 * @param note     what the relation is about, shown in the table under the figure; may be null
 */
public record EcomapSystem(String name, SystemKind kind, RelationStrength strength, EnergyFlow flow, String note) {}
