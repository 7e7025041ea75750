package nl.weerbaar.bot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import nl.weerbaar.bot.store.Database;

/**
 * The package structure of {@code bot} as a test: the layers and the rules marked ✔ in
 * docs/ARCHITECTURE.md.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "nl.weerbaar.bot";
    private static final String AANMELDING = ROOT + ".aanmelding..";
    private static final String ADMIN = ROOT + ".admin..";
    private static final String CATALOG = ROOT + ".catalog..";
    private static final String CHANNEL_SETTINGS = ROOT + ".channels..";
    private static final String DIRECTORY = ROOT + ".directory..";
    private static final String HTTP = ROOT + ".http..";
    private static final String CONVERSATION = ROOT + ".conversation..";
    private static final String REPLY = ROOT + ".reply..";
    private static final String SIGNALS = ROOT + ".signals..";
    private static final String STORE = ROOT + ".store..";
    private static final String TEAMS = ROOT + ".teams..";
    private static final String SLACK = ROOT + ".slack..";
    private static final String WEB = ROOT + ".web..";

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles =
            slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packages_import_only_the_layers_below = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("application")
            .definedBy(ROOT)
            .layer("channels")
            .definedBy(TEAMS, SLACK, WEB)
            .layer("admin")
            .definedBy(ADMIN)
            .layer("conversation")
            .definedBy(CONVERSATION)
            .layer("features")
            .definedBy(SIGNALS, DIRECTORY, AANMELDING)
            .layer("foundation")
            .definedBy(CATALOG, REPLY, STORE, CHANNEL_SETTINGS, HTTP)
            .whereLayer("application")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("channels")
            .mayOnlyBeAccessedByLayers("application")
            .whereLayer("admin")
            .mayOnlyBeAccessedByLayers("application")
            .whereLayer("conversation")
            .mayOnlyBeAccessedByLayers("application", "channels", "admin")
            .whereLayer("features")
            .mayOnlyBeAccessedByLayers("application", "channels", "admin", "conversation")
            .because("docs/ARCHITECTURE.md: a package imports only packages in the layers below its own");

    @ArchTest
    static final ArchRule nothing_depends_on_the_application_root = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT)
            .because("the root wires the application and its commands; features must not reach back into it");

    @ArchTest
    static final ArchRule only_the_root_uses_a_channel = CompositeArchRule.of(onlyTheRootUses(TEAMS))
            .and(onlyTheRootUses(SLACK))
            .and(onlyTheRootUses(WEB));

    @ArchTest
    static final ArchRule channels_do_not_know_each_other = CompositeArchRule.of(noClasses()
                    .that()
                    .resideInAPackage(TEAMS)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(SLACK, WEB))
            .and(noClasses()
                    .that()
                    .resideInAPackage(SLACK)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(TEAMS, WEB))
            .and(noClasses()
                    .that()
                    .resideInAPackage(WEB)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(TEAMS, SLACK));

    @ArchTest
    static final ArchRule the_conversation_core_imports_no_channel_and_no_admin = noClasses()
            .that()
            .resideInAnyPackage(CONVERSATION, REPLY)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TEAMS, SLACK, WEB, ADMIN)
            .because("channels only translate to and from the conversation, and admin plugs in through interfaces");

    @ArchTest
    static final ArchRule the_conversation_core_uses_the_store_only_through_its_facade = noClasses()
            .that()
            .resideInAnyPackage(CONVERSATION, REPLY)
            .should()
            .dependOnClassesThat(resideInAPackage(STORE).and(not(equivalentTo(Database.class))))
            .because("the chat keeps working without a database only through Database.optional");

    @ArchTest
    static final ArchRule signals_import_no_channel = noClasses()
            .that()
            .resideInAPackage(SIGNALS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(TEAMS, SLACK, WEB)
            .because("delivery stays behind SignaalKanaal, which the channels implement");

    @ArchTest
    static final ArchRule the_reply_model_is_at_the_bottom = classes()
            .that()
            .resideInAPackage(REPLY)
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAPackage(REPLY)))
            .because("every feature and channel speaks the reply model; it speaks none of them");

    @ArchTest
    static final ArchRule outgoing_http_is_at_the_bottom = classes()
            .that()
            .resideInAPackage(HTTP)
            .should()
            .onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAPackage(HTTP)))
            .because("the Bot Connector, the Slack Web API and signal delivery share one retry policy; it knows none of"
                    + " them");

    private static ArchRule onlyTheRootUses(String channel) {
        return classes()
                .that()
                .resideInAPackage(channel)
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(ROOT, channel)
                .because("a channel is wired by the application root and used by nothing else");
    }
}
