package org.stillwater.launcher;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stillwater.launcher.process.Ports;
import org.stillwater.launcher.service.ServiceName;
import org.stillwater.launcher.service.ServiceProcess;

/** The whole platform: the infrastructure, then the five services. Closing it stops everything it started. */
public final class Platform implements AutoCloseable {

    private final Infrastructure infrastructure;
    private final Map<ServiceName, ServiceProcess> services;

    private Platform(Infrastructure infrastructure, Map<ServiceName, ServiceProcess> services) {
        this.infrastructure = infrastructure;
        this.services = services;
    }

    public static Platform start(PlatformLayout layout, InfrastructurePorts ports, Map<ServiceName, Integer> servicePorts,
                                 Set<ServiceName> wanted, Progress progress) {
        return start(layout, ports, servicePorts, wanted, Map.of(), progress);
    }

    /**
     * Where each service serves FHIR R4 ({@code STILLWATER_FHIR_<SERVICE>_URL}), for intake-service's
     * {@code Patient/{id}/$everything}, which gathers the other services' records.
     */
    static Map<String, String> fhirBases(Map<ServiceName, Integer> servicePorts) {
        Map<String, String> bases = new LinkedHashMap<>();
        servicePorts.forEach((name, port) -> {
            if (name.servesFhir()) {
                bases.put("STILLWATER_FHIR_" + name.id().toUpperCase(Locale.ROOT) + "_URL", "http://" + Ports.LOOPBACK + ":" + port + "/fhir/r4");
            }
        });
        return bases;
    }

    /** @param serviceEnvironment extra environment for every service process (e.g. to turn tracing on) */
    public static Platform start(PlatformLayout layout, InfrastructurePorts ports, Map<ServiceName, Integer> servicePorts,
                                 Set<ServiceName> wanted, Map<String, String> serviceEnvironment, Progress progress) {
        Infrastructure infrastructure = Infrastructure.start(layout, ports, progress);
        Map<ServiceName, ServiceProcess> services = new EnumMap<>(ServiceName.class);
        Platform platform = new Platform(infrastructure, services);
        try {
            Map<String, String> environment = new LinkedHashMap<>(fhirBases(servicePorts));
            environment.putAll(serviceEnvironment);
            for (ServiceName name : wanted) {
                services.put(name, new ServiceProcess(name, name.id() + "-service", servicePorts.get(name), layout,
                        infrastructure, environment));
            }
            List<Thread> starting = new ArrayList<>();
            List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (ServiceProcess service : services.values()) {
                Thread thread = new Thread(() -> {
                    progress.starting(service.instance());
                    try {
                        service.start();
                        progress.ready(service.instance(), "on " + service.baseUrl());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }, "start-" + service.instance());
                thread.start();
                starting.add(thread);
            }
            for (Thread thread : starting) {
                thread.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            return platform;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            platform.close();
            throw new IllegalStateException("interrupted while starting the services", e);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Every service on its DESIGN §2 port, unless overridden by {@code STILLWATER_<SERVICE>_PORT}. */
    public static Map<ServiceName, Integer> defaultServicePorts() {
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName name : ServiceName.values()) {
            ports.put(name, InfrastructurePorts.fromEnvironment(name.portVariable(), name.defaultPort()));
        }
        return ports;
    }

    public static Map<ServiceName, Integer> freeServicePorts() {
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName name : ServiceName.values()) {
            ports.put(name, org.stillwater.launcher.process.Ports.free());
        }
        return ports;
    }

    public Infrastructure infrastructure() {
        return infrastructure;
    }

    public ServiceProcess service(ServiceName name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException(name + " was not started");
        }
        return service;
    }

    public Map<ServiceName, ServiceProcess> services() {
        return Map.copyOf(services);
    }

    @Override
    public void close() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        infrastructure.close();
    }
}
