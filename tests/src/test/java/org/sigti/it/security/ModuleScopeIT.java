package org.sigti.it.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sigti.it.Browser;
import org.sigti.it.Sigti;
import org.sigti.it.procedures.Walk;

/**
 * The modules' records belong to an institution (issue 13, V29): AGETIC's Jefe, who sees every record of AGETIC,
 * finds none of MINDEF's equipment, systems, license pools, accounts and platforms, backup schedules and
 * knowledge-base articles in the lists and searches, gets the 403 page for each of them asked for by id in the address,
 * and a 403 for the report of another institution's backup run; each of those attempts is a row of the security
 * events. MINDEF's Jefe reads MINDEF's records where AGETIC's Jefe was refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleScopeIT extends Walk {

    @Deployment(testable = false)
    static EnterpriseArchive sigti() {
        return sharedEar();
    }

    /** The records {@code /module-records} made for an institution. */
    private record Records(String institution, String tag, long equipment, long system, long pool, long account,
            long schedule, long article, String articleCode) {

        static Records of(String institution, String tag) {
            String[] ids = fixture("/module-records", "of", institution, "tag", tag).split(" ");
            return new Records(institution, tag, Long.parseLong(ids[0]), Long.parseLong(ids[1]),
                    Long.parseLong(ids[2]), Long.parseLong(ids[3]), Long.parseLong(ids[4]), Long.parseLong(ids[5]),
                    ids[6]);
        }

        String code(char what) {
            return "00" + institution.charAt(0) + what + tag;
        }

        String scheduleName() {
            return "0 Respaldo " + institution + " " + tag;
        }

        String articleTitle() {
            return "Alcance " + institution + " " + tag;
        }
    }

    @Test
    void another_institutions_module_records_are_refused_everywhere_and_each_attempt_is_recorded() {
        String tag = tag();
        Records mindef = Records.of("MINDEF", tag);
        Records agetic = Records.of("AGETIC", tag);
        String person = "persona." + tag.toLowerCase(java.util.Locale.ROOT);
        String custodian = "custodio." + tag.toLowerCase(java.util.Locale.ROOT);
        // a backup run of SEPREM's manual, whose report is SEPREM's
        long sepremRun = Long.parseLong(fixture("/backup-run", "procedure", "SEPREM-DI-008.3", "tecnico", "tecnico")
                .split(" ")[0]);
        List<String> denied = new ArrayList<>();
        try (Browser jefe = Browser.loggedIn("jefe", "/")) {
            // the lists and searches name AGETIC's records and none of MINDEF's
            jefe.open(Sigti.BASE_URL + "/inventory/equipment.xhtml?custodian=" + custodian);
            String equipment = jefe.text(By.id("equipment:list"));
            assertOnly(equipment, agetic.code('E'), mindef.code('E'));
            jefe.open(Sigti.BASE_URL + "/inventory/equipment.xhtml?code=" + mindef.code('E'));
            assertFalse(jefe.text(By.id("equipment:list")).contains(mindef.code('E')), "searched by its code");
            jefe.open(Sigti.BASE_URL + "/inventory/systems.xhtml?all=true");
            String systems = jefe.text(By.id("systems:list"));
            assertOnly(systems, agetic.code('S'), mindef.code('S'));
            jefe.open(Sigti.BASE_URL + "/inventory/pools.xhtml?code=00");
            String pools = jefe.text(By.id("pools:list"));
            assertOnly(pools, agetic.code('P'), mindef.code('P'));
            jefe.open(Sigti.BASE_URL + "/accounts/list.xhtml?person=" + person);
            String accounts = jefe.text(By.id("accounts:list"));
            assertOnly(accounts, agetic.code('S'), mindef.code('S'));
            jefe.open(Sigti.BASE_URL + "/accounts/platforms.xhtml?all=true");
            assertFalse(jefe.text(By.tagName("main")).contains(mindef.code('S')), "the platforms list");
            jefe.open(Sigti.BASE_URL + "/backup/schedules.xhtml");
            assertFalse(jefe.text(By.tagName("main")).contains(mindef.scheduleName()), "the backup schedules");
            jefe.open(Sigti.BASE_URL + "/kb/articles.xhtml?q=" + tag);
            String articles = jefe.text(By.id("kb:list"));
            assertOnly(articles, agetic.articleTitle(), mindef.articleTitle());

            // each by id in the address: the 403 page
            for (Map.Entry<String, String> page : List.of(
                    Map.entry("/inventory/equipment-edit.xhtml?id=", String.valueOf(mindef.equipment())),
                    Map.entry("/inventory/system-edit.xhtml?id=", String.valueOf(mindef.system())),
                    Map.entry("/inventory/pool-edit.xhtml?id=", String.valueOf(mindef.pool())),
                    Map.entry("/accounts/platform.xhtml?code=", mindef.code('S')),
                    Map.entry("/kb/article.xhtml?id=", String.valueOf(mindef.article())))) {
                jefe.open(Sigti.BASE_URL + page.getKey() + page.getValue());
                assertTrue(InstitutionScopeIT.forbidden(jefe), "AGETIC's Jefe opens " + page);
                assertFalse(jefe.source().contains(mindef.tag()), "the 403 page names nothing of it: " + page);
                denied.add(page.getKey());
            }
            // the download of another institution's backup report
            Map<String, Object> report = jefe.fetch(Sigti.BASE_URL + "/files/backup-report?case=" + sepremRun);
            assertEquals(403L, ((Number) report.get("status")).longValue(), report::toString);
            denied.add("backup report");
        }

        // each attempt is a row of the security events, naming the record asked for
        assertEquals(List.of("EquipmentRegistry.get,equipment," + mindef.equipment(),
                "SystemCatalog.get,it_system," + mindef.system(),
                "LicensePools.get,license_pool," + mindef.pool(),
                "Platforms.find,account_platform," + mindef.code('S'),
                "KnowledgeBase.get,KbArticle," + mindef.articleCode(),
                "BackupReports.render,case," + sepremRun), List.of(fixture("/security-events", "username", "jefe",
                        "object", String.valueOf(mindef.equipment()), "object", String.valueOf(mindef.system()),
                        "object", String.valueOf(mindef.pool()), "object", mindef.code('S'), "object",
                        mindef.articleCode(), "object", String.valueOf(sepremRun)).split(";")), denied.toString());

        // MINDEF's Jefe reads MINDEF's records, and none of AGETIC's
        try (Browser ogtie = Browser.loggedIn("jefe.ogtie", "/")) {
            ogtie.open(Sigti.BASE_URL + "/inventory/equipment-edit.xhtml?id=" + mindef.equipment());
            assertFalse(InstitutionScopeIT.forbidden(ogtie), "MINDEF's Jefe opens MINDEF's equipment");
            assertTrue(ogtie.source().contains(mindef.code('E')), "the equipment page shows its code");
            ogtie.open(Sigti.BASE_URL + "/kb/article.xhtml?id=" + mindef.article());
            assertEquals(mindef.articleTitle(), ogtie.text(By.id("article-title")));
            ogtie.open(Sigti.BASE_URL + "/accounts/list.xhtml?person=" + person);
            String accounts = ogtie.text(By.id("accounts:list"));
            assertOnly(accounts, mindef.code('S'), agetic.code('S'));
            ogtie.open(Sigti.BASE_URL + "/backup/schedules.xhtml");
            assertTrue(ogtie.text(By.tagName("main")).contains(mindef.scheduleName()), "MINDEF's schedules");
            ogtie.open(Sigti.BASE_URL + "/kb/articles.xhtml?q=" + tag);
            String articles = ogtie.text(By.id("kb:list"));
            assertOnly(articles, mindef.articleTitle(), agetic.articleTitle());
        }
        assertEquals("", fixture("/security-events", "username", "jefe.ogtie", "object",
                String.valueOf(mindef.equipment()), "object", mindef.articleCode()), "nothing refused to MINDEF");
    }

    /** The list names the caller's institution's record and not the other institution's. */
    private static void assertOnly(String list, String mine, String theirs) {
        assertAll(() -> assertTrue(list.contains(mine), list), () -> assertFalse(list.contains(theirs), list));
    }

    /** Letters only, upper case: a word of its own for the knowledge base's search, part of every code. */
    private static String tag() {
        StringBuilder tag = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return tag.toString();
    }
}
