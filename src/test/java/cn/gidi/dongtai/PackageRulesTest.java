package cn.gidi.dongtai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the README ("Packages and the way data flows"): faces start work, pipeline is the
 * job, and the stages depend only on the stages before them.
 */
class PackageRulesTest {

    private static final String ROOT = "cn.gidi.dongtai.";
    private static final String[] FACES = {"cli", "schedule", "console", "preview"};
    /** The stages in the order data flows; a stage may use those before it, never those after it. */
    private static final String[] STAGES = {"concurrent", "time", "text", "source", "crawl", "extract", "classify", "issue", "render", "mail"};

    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gidi.dongtai");
    }

    private static String[] packages(String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = ROOT + names[i] + "..";
        }
        return out;
    }

    @Test
    void noStageImportsAFaceOrThePipeline() {
        String[] lower = new String[STAGES.length + 1];
        System.arraycopy(STAGES, 0, lower, 0, STAGES.length);
        lower[STAGES.length] = "pipeline";
        noClasses().that().resideInAnyPackage(packages(lower))
                .should().dependOnClassesThat().resideInAnyPackage(packages(FACES))
                .because("faces start work; stages and the job never call a face")
                .check(main);
        noClasses().that().resideInAnyPackage(packages(STAGES))
                .should().dependOnClassesThat().resideInAnyPackage(packages("pipeline"))
                .because("the pipeline is the job that calls the stages, not the other way round")
                .check(main);
    }

    @Test
    void dataFlowsOneWayThroughTheStages() {
        for (int i = 0; i < STAGES.length - 1; i++) {
            String[] later = new String[STAGES.length - i - 1];
            System.arraycopy(STAGES, i + 1, later, 0, later.length);
            noClasses().that().resideInAnyPackage(packages(STAGES[i]))
                    .should().dependOnClassesThat().resideInAnyPackage(packages(later))
                    .because(STAGES[i] + " comes before " + String.join(", ", later) + " in the flow")
                    .check(main);
        }
    }

    @Test
    void crawlAndExtractKnowNothingOfSections() {
        noClasses().that().resideInAnyPackage(packages("source", "crawl", "extract", "text", "time"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("classify"))
                .because("sections are the classifier's business")
                .check(main);
    }

    @Test
    void renderNeverFetchesAndMailNeverRenders() {
        noClasses().that().resideInAnyPackage(packages("render"))
                .should().dependOnClassesThat().resideInAnyPackage(packages("source", "crawl", "extract"))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.http.HttpClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.Connection")
                .because("render draws what the issue holds; it never fetches")
                .check(main);
        noClasses().that().resideInAnyPackage(packages("mail"))
                .should().dependOnClassesThat().haveSimpleNameStartingWith("Pdf")
                .orShould().dependOnClassesThat().resideInAnyPackage("freemarker..", "org.xhtmlrenderer..")
                .because("mail sends what render made; it never renders")
                .check(main);
    }
}
