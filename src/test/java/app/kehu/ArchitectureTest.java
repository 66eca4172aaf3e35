package app.kehu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** The shape of ARCHITECTURE.md, made executable: feature packages, views on top of their own service. */
class ArchitectureTest {

    private static final String ROOT = "app.kehu";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void viewsTalkOnlyToTheirOwnFeaturesService() {
        classes().that().resideInAPackage(ROOT + ".*.ui..").should(useNoServiceOfAnotherFeature()).check(classes);
    }

    @Test
    void viewsNeverReachTheDatabase() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).orShould().dependOnClassesThat()
                .areAssignableTo(JdbcTemplate.class).orShould().dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcTemplate.class).orShould().dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..").check(classes);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
    }

    @Test
    void servicesDoNotBuildUserInterfaces() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().doNotHaveFullyQualifiedName(ROOT + ".Application")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..").check(classes);
    }

    private static ArchCondition<JavaClass> useNoServiceOfAnotherFeature() {
        return new ArchCondition<>("use no service of another feature") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                String feature = featureOf(view);
                for (Dependency dependency : view.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isAnnotatedWith(Service.class) && !featureOf(target).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(view, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
