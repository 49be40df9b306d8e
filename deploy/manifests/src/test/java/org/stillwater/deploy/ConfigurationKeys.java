package org.stillwater.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.stillwater.launcher.PlatformLayout;
import org.stillwater.launcher.service.ServiceName;

/** The configuration keys a service reads (its application.properties and the shared defaults), as env variable names. */
final class ConfigurationKeys {

    private ConfigurationKeys() {
    }

    static Set<String> asEnvironmentVariables(ServiceName service) {
        Path root = PlatformLayout.checkoutRoot();
        Set<String> variables = new HashSet<>();
        for (Path file : new Path[] {
                root.resolve("libraries/service-edge/src/main/resources/META-INF/microprofile-config.properties"),
                root.resolve(service.id() + "-service/src/main/resources/application.properties")}) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.stringPropertyNames().forEach(key -> variables.add(environmentVariable(withoutProfile(key))));
        }
        return variables;
    }

    /** MicroProfile Config's environment mapping: every character not alphanumeric becomes _, upper case. */
    static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }
}
