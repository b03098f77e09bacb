package dev.stocktake.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelOverridesTest {
  @TempDir Path dir;

  @Test
  void labelsAreFoundByKindAndIdInTheLanguageOrItsParent() throws IOException {
    Files.writeString(
        dir.resolve("labels_fr.properties"),
        "title = Bilan de l’Appel\n"
            + "round.2022 = Deuxième bilan\n"
            + "group.civil_society = Société civile\n"
            + "region.oceania = Océanie\n"
            + "question.status_crisis = Où en est {x} ?\n"
            + "choice.status.done = Fait\n"
            + "item.cc.crisis-response = Réponse aux crises\n");
    Files.writeString(dir.resolve("labels_fr-CA.properties"), "choice.status.done = Terminé\n");
    LabelOverrides labels = LabelOverrides.load(dir);

    assertEquals(Set.of("fr", "fr-CA"), labels.languages());
    assertEquals(Optional.of("Bilan de l’Appel"), labels.label("fr", "title", "ccc"));
    assertEquals(Optional.of("Deuxième bilan"), labels.label("fr", "round", "2022"));
    assertEquals(Optional.of("Société civile"), labels.label("fr", "group", "civil_society"));
    assertEquals(Optional.of("Océanie"), labels.label("fr", "region", "oceania"));
    assertEquals(Optional.of("Où en est {x} ?"), labels.label("fr", "question", "status_crisis"));
    assertEquals(Optional.of("Fait"), labels.label("fr", "choice", "status.done"));
    assertEquals(Optional.of("Terminé"), labels.label("fr-CA", "choice", "status.done"));
    assertEquals(Optional.of("Océanie"), labels.label("fr-CA", "region", "oceania"));
    assertEquals(Optional.of("Fait"), labels.label("fr-u-nu-latn", "choice", "status.done"));
    assertEquals(
        Optional.of("Réponse aux crises"), labels.label("fr", "item", "cc.crisis-response"));
    assertEquals(Optional.empty(), labels.label("fr", "group", "youth"));
    assertEquals(Optional.empty(), labels.label("es", "group", "civil_society"));
    assertEquals(Map.of("choice.status.done", "Terminé"), labels.labels("fr-CA"));
  }

  @Test
  void keysNameAKindAndAnId() {
    assertEquals("title", LabelOverrides.key("title", "anything"));
    assertEquals("choice.status.done", LabelOverrides.key("choice", "status.done"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LabelOverrides.key("chapter", "a"));
    assertEquals(
        "kind: \"chapter\" is not a kind of label; the kinds are title, round, group, region,"
            + " section, question, choice, item, theme",
        e.getMessage());
  }

  @Test
  void noFolderMeansNoOverrides() {
    assertEquals(Set.of(), LabelOverrides.load(dir.resolve("missing")).languages());
    assertEquals(Set.of(), LabelOverrides.load(null).languages());
    assertEquals(Optional.empty(), LabelOverrides.none().label("fr", "title", ""));
  }

  @Test
  void malformedLinesAreReportedWithFileAndLine() throws IOException {
    Path translations = Files.createDirectory(dir.resolve("translations"));
    Files.writeString(
        translations.resolve("labels_fr.properties"),
        "title = Bilan\nchapter.intro = Introduction\nchoice.done = Fait\ngroup.youth Jeunesse\n");
    TranslationsException e =
        assertThrows(TranslationsException.class, () -> LabelOverrides.load(translations));
    String hint =
        ": not a valid label key; write title, round.<id>, group.<id>, region.<code>,"
            + " section.<id>, question.<id>, choice.<question>.<code>, item.<id> or"
            + " theme.<codebook>.<id>, like"
            + " question.status_crisis_response";
    assertEquals(
        List.of(
            "translations/labels_fr.properties:2 chapter.intro" + hint,
            "translations/labels_fr.properties:3 choice.done" + hint,
            "translations/labels_fr.properties:4 expected `key = value`, found \"group.youth"
                + " Jeunesse\"; a message that goes on over several lines ends each line but the"
                + " last with a backslash"),
        e.issues().stream().map(Issue::toString).toList());
  }

  @Test
  void labelFilesSitBesideMessageBundlesWithoutDisturbingThem() throws IOException {
    Files.writeString(dir.resolve("labels_fr.properties"), "title = Bilan\n");
    Files.writeString(dir.resolve("messages_fr.properties"), "report.heading.summary = Bilan\n");
    assertEquals("Bilan", Catalog.load(dir).messages("fr").format("report.heading.summary"));
    assertEquals(Optional.of("Bilan"), LabelOverrides.load(dir).label("fr", "title", ""));
  }
}
