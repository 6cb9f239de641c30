package id.kesos.progress;

/**
 * One statement of an instrument.
 *
 * @param position its number on the form, from 1
 * @param aspect   the aspect (subscale) it belongs to
 * @param reversed worded against the instrument's direction, so its answer counts from the other end
 */
public record Item(int position, String text, String aspect, boolean reversed) {}
