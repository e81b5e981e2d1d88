package org.sigti.web.quality;

import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.quality.QaRows.Sheet;
import org.sigti.quality.QualityRegister;
import org.sigti.web.cases.CaseBacking;

/**
 * The quality part of a case page (IT staff and Auditor), once QA began on the case: the test window, the cycle, the
 * defects pending, and the way to the matrix and the defect report.
 */
@Named
@RequestScoped
public class QualityPanelBacking {

    @EJB
    private QualityRegister register;

    @Inject
    private CaseBacking caseBacking;

    private Optional<Sheet> sheet;

    public Sheet getSheet() {
        if (sheet == null) {
            sheet = caseBacking.getView() == null ? Optional.empty() : register.find(caseBacking.getId());
        }
        return sheet.orElse(null);
    }
}
