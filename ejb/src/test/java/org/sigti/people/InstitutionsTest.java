package org.sigti.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstitutionsTest {

    private static Optional<Institutions.UnitPath> unit(String institution, String code) {
        return Optional.of(new Institutions.UnitPath(institution, code));
    }

    @Test
    void aGroupUnderInstitucionesNamesTheInstitutionAndItsLastSegmentTheUnit() {
        assertEquals(unit("MINDEF", "CIBER"), Institutions.parse("/Instituciones/MINDEF/OGTIE/CIBER"));
        assertEquals(unit("MINDEF", "OGTIE"), Institutions.parse("/Instituciones/MINDEF/OGTIE"));
        assertEquals(unit("SEPREM", "DI-INFRA"), Institutions.parse(" /Instituciones/seprem/DI/DI-INFRA "));
    }

    @Test
    void anOlderUnitGroupBelongsToTheDefaultInstitution() {
        assertEquals(unit(Institutions.defaultInstitution(), "UIT"), Institutions.parse("/Unidades/UIT"));
    }

    @Test
    void otherGroupsNameNoUnit() {
        assertEquals(Optional.empty(), Institutions.parse("/Instituciones/MINDEF"));
        assertEquals(Optional.empty(), Institutions.parse("/Instituciones/MINDEF//CIBER"));
        assertEquals(Optional.empty(), Institutions.parse("/GG-TI-Tecnicos"));
        assertEquals(Optional.empty(), Institutions.parse("UIT"));
        assertEquals(Optional.empty(), Institutions.parse("/Unidades"));
        assertEquals(Optional.empty(), Institutions.parse("/Unidades/UIT/Soporte"));
        assertEquals(Optional.empty(), Institutions.parse(null));
        assertEquals(Optional.empty(), Institutions.parse("/Unidades/UNA-UNIDAD-CON-NOMBRE-LARGO"));
    }

    @Test
    void anInstallationNarrowedToOneInstitutionServesNoOther() {
        String before = System.getProperty("sigti.institutions");
        try {
            System.setProperty("sigti.institutions", "mindef");
            assertEquals(true, Institutions.enabled("MINDEF"));
            assertEquals(false, Institutions.enabled("AGETIC"));
            System.clearProperty("sigti.institutions");
            assertEquals(true, Institutions.enabled("AGETIC"));
        } finally {
            if (before != null) {
                System.setProperty("sigti.institutions", before);
            }
        }
    }
}
