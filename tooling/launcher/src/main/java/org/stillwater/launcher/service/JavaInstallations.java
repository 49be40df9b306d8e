package org.stillwater.launcher.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stillwater.launcher.service.ServiceJava.JavaInstallation;

/** The JDKs of this machine, for {@link ServiceJava}: where package managers and installers put them. */
public final class JavaInstallations {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");
    private static final Pattern FEATURE = Pattern.compile("^(?:1\\.)?(\\d+)");

    private JavaInstallations() {
    }

    /** The choice for this machine and this environment; an override that is no JDK stops the launch with a reason. */
    public static ServiceJava forThisMachine() {
        String override = System.getenv(ServiceJava.OVERRIDE_VARIABLE);
        Optional<JavaInstallation> overridden = Optional.empty();
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override.trim());
            overridden = Optional.of(at(home).orElseThrow(() -> new IllegalStateException(ServiceJava.OVERRIDE_VARIABLE + "=" + override
                    + " is not a JDK: there is no " + home.resolve("bin").resolve("java"))));
        }
        return ServiceJava.choose(overridden, installed(), running());
    }

    /** The JDK running this process. */
    static JavaInstallation running() {
        return new JavaInstallation(Path.of(System.getProperty("java.home")), Runtime.version().feature(), Runtime.version().toString());
    }

    /** Every JDK in the usual places, each once (symbolic links such as Debian's java-1.17.0-openjdk-amd64 resolved). */
    static List<JavaInstallation> installed() {
        List<Path> parents = new ArrayList<>(List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"), Path.of("/opt")));
        String home = System.getProperty("user.home");
        if (home != null) {
            parents.add(Path.of(home, ".sdkman", "candidates", "java"));
            parents.add(Path.of(home, ".jdks"));
        }
        Map<Path, JavaInstallation> found = new LinkedHashMap<>();
        for (Path parent : parents) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (Stream<Path> children = Files.list(parent)) {
                children.sorted().forEach(child -> at(child).ifPresent(java -> found.putIfAbsent(realPath(java.home()), java)));
            } catch (IOException unreadable) {
                // a directory we may not list holds no JDK we could run either
            }
        }
        return List.copyOf(found.values());
    }

    /** The JDK at {@code home}, if it has a java launcher; its version from its {@code release} file. */
    static Optional<JavaInstallation> at(Path home) {
        if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
            return Optional.empty();
        }
        String version = "";
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            if (matcher.find()) {
                version = matcher.group(1);
            }
        } catch (IOException noReleaseFile) {
            // a JDK of unknown version: it gets the options every JDK knows
        }
        return Optional.of(new JavaInstallation(home, feature(version), version));
    }

    /** The feature release of a version string: 25 for "25.0.3", 17 for "17", 8 for "1.8.0_412", 0 if unreadable. */
    static int feature(String version) {
        Matcher matcher = FEATURE.matcher(version);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
