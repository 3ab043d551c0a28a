package app.verbatim;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modulesOnlyUseEachOthersPublicFacesAndFormNoCycles() {
        ApplicationModules.of(VerbatimApplication.class).verify();
    }
}
