package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The independent checkers in src/test/node, run with the Node 24 the build provisioned: each folder's pinned
 * packages are installed once (npm ci) into target/, its scripts copied beside them.
 */
final class NodeScripts {

    private NodeScripts() {}

    /** Copies the folder's files into target/{@code name} and installs its packages unless {@code installed} exists. */
    static synchronized Path install(Path source, String name, String installed, String... files) throws Exception {
        Path work = Files.createDirectories(Path.of("target", name));
        for (String f : files) {
            Files.copy(source.resolve(f), work.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(work.resolve(installed))) {
            Path node = node();
            run(work, List.of(node.toString(), npmCli(node).toString(), "ci", "--no-audit", "--no-fund"), 600);
        }
        return work;
    }

    /** Runs {@code script} with the arguments (paths made absolute) and returns its JSON output lines. */
    static List<JsonNode> jsonLines(Path work, String script, Path... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(node().toString(), script));
        for (Path a : arguments) command.add(a.toAbsolutePath().toString());
        String out = run(work, command, 120);
        JsonMapper json = JsonMapper.builder().build();
        return out.lines().filter(l -> l.startsWith("{")).map(json::readTree).toList();
    }

    static String run(Path dir, List<String> command, int seconds) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(command))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** The Node 24 bin/provision-node laid out in ~/.vaadin (what the frontend build uses), else PATH's. */
    static Path node() {
        try (var dirs = Files.list(Path.of(System.getProperty("user.home"), ".vaadin"))) {
            var found = dirs.filter(d -> d.getFileName().toString().startsWith("node-v24"))
                    .map(d -> d.resolve("bin").resolve("node"))
                    .filter(Files::isExecutable)
                    .sorted()
                    .toList();
            if (!found.isEmpty()) return found.getLast();
        } catch (IOException ignored) {
            // no provisioned Node
        }
        return Path.of("node");
    }

    private static Path npmCli(Path node) {
        return node.toAbsolutePath().getParent().getParent().resolve("lib/node_modules/npm/bin/npm-cli.js");
    }
}
