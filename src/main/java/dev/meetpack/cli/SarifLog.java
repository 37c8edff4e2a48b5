package dev.meetpack.cli;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meetpack.config.Problem;
import dev.meetpack.config.Rule;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * validate's problems as one SARIF 2.1.0 log (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format code
 * scanning (GitHub, GitLab, Azure DevOps) reads: one run, one rule per kind of problem that occurs, one result per
 * problem.
 */
final class SarifLog {
  static final URI SCHEMA =
      URI.create("https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json");
  static final URI INFORMATION = URI.create("https://meetpack.dev/");

  // "\n" rather than the platform's line separator, and "key": value as the other JSON meetpack prints.
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private SarifLog() {}

  /** The log; artifact URIs are relative to {@code workingDirectory}. */
  static String of(List<Problem> problems, Path workingDirectory, String version) {
    List<Rule> rules = problems.stream().map(Problem::rule).distinct().toList();
    List<Result> results = new ArrayList<>();
    for (Problem p : problems) {
      results.add(new Result().withRuleId(p.rule().id()).withRuleIndex(rules.indexOf(p.rule()))
          .withLevel(Result.Level.ERROR).withMessage(new Message().withText(p.message()))
          .withLocations(List.of(new Location().withPhysicalLocation(location(p, workingDirectory)))));
    }
    // The model declares rules a Set; insertion order keeps each ruleIndex pointing at its rule.
    LinkedHashSet<ReportingDescriptor> descriptors = new LinkedHashSet<>();
    rules.forEach(r -> descriptors.add(descriptor(r)));
    ToolComponent driver = new ToolComponent().withName("meetpack").withVersion(version).withSemanticVersion(version)
        .withInformationUri(INFORMATION).withRules(descriptors);
    SarifSchema210 log = new SarifSchema210().with$schema(SCHEMA).withVersion(SarifSchema210.Version._2_1_0)
        .withRuns(List.of(new Run().withTool(new Tool().withDriver(driver))
            // Columns count characters (code points), as in the text format.
            .withColumnKind(Run.ColumnKind.UNICODE_CODE_POINTS)
            .withResults(results)));
    try {
      return new ObjectMapper().writer(PRETTY).writeValueAsString(log) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportingDescriptor descriptor(Rule r) {
    return new ReportingDescriptor().withId(r.id())
        .withShortDescription(new MultiformatMessageString().withText(r.shortDescription()))
        .withFullDescription(new MultiformatMessageString().withText(r.fullDescription()))
        .withHelp(r.help() == null ? null : new MultiformatMessageString().withText(r.help()))
        .withDefaultConfiguration(new ReportingConfiguration().withLevel(ReportingConfiguration.Level.ERROR));
  }

  /** Line 0 means the file as a whole: SARIF says that with no region at all. */
  private static PhysicalLocation location(Problem p, Path workingDirectory) {
    PhysicalLocation l = new PhysicalLocation()
        .withArtifactLocation(new ArtifactLocation().withUri(uri(Path.of(p.file()), workingDirectory)));
    if (p.line() > 0) {
      l.setRegion(new Region().withStartLine(p.line()).withStartColumn(p.col() > 0 ? p.col() : null));
    }
    return l;
  }

  /**
   * A relative reference from the working directory (what code scanning resolves against the checkout), every
   * character outside RFC 3986's unreserved and sub-delims percent-encoded as UTF-8: spaces and non-ASCII names
   * stay valid URIs, and a ':' in a first segment cannot be read as a scheme. A file on another root (a Windows
   * drive) gets an absolute file: URI.
   */
  static String uri(Path file, Path workingDirectory) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = workingDirectory.toAbsolutePath().normalize();
    if (!Objects.equals(abs.getRoot(), base.getRoot())) {
      return abs.toUri().toASCIIString();
    }
    Path rel = base.relativize(abs);
    if (rel.toString().isEmpty()) {
      return "./";
    }
    StringJoiner uri = new StringJoiner("/");
    for (Path segment : rel) {
      uri.add(encode(segment.toString()));
    }
    return uri.toString();
  }

  private static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
