package org.stillwater.launcher.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a JDK's version from what it ships: its {@code release} file. */
class JavaInstallationsTest {

    @Test
    void theFeatureReleaseIsTheFirstNumberOfTheVersion() {
        assertEquals(25, JavaInstallations.feature("25.0.3"));
        assertEquals(17, JavaInstallations.feature("17"));
    }

    @Test
    void theFeatureReleaseOfAJava8StyleVersionIsTheNumberAfterOne() {
        assertEquals(8, JavaInstallations.feature("1.8.0_412"));
    }

    @Test
    void anUnreadableVersionIsFeatureZero() {
        assertEquals(0, JavaInstallations.feature(""));
    }

    @Test
    void aJdkIsReadFromItsReleaseFile(@TempDir Path home) throws IOException {
        executableJava(home);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        ServiceJava.JavaInstallation java = JavaInstallations.at(home).orElseThrow();
        assertEquals(25, java.feature());
        assertEquals("25.0.3", java.version());
    }

    @Test
    void aDirectoryWithoutAJavaLauncherIsNoJdk(@TempDir Path home) {
        assertTrue(JavaInstallations.at(home).isEmpty());
    }

    private static void executableJava(Path home) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
