package org.stillwater.webhook.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stillwater.regulatory.refusal.Refusal;

class CallbackUrlPolicyTest {

    private static final CallbackUrlPolicy PROD = CallbackUrlPolicy.prod();
    private static final CallbackUrlPolicy DEV = new CallbackUrlPolicy(true, true);

    private static List<String> codes(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/stillwater", "https://hooks.example.com:8443/a?b=c", "https://93.184.216.34/x",
            "https://[2606:4700:4700::1111]/x", "https://xn--bcher-kva.example/hook"})
    void prodAcceptsHttpsToAPublicHost(String url) {
        assertEquals(List.of(), PROD.refusalsOf(url));
    }

    @Test
    void prodRefusesHttp() {
        assertEquals(List.of("https-required"), codes(PROD.refusalsOf("http://hooks.example.com/")));
    }

    /** The policy as application.properties configures it outside dev and test (no profile prefix). */
    private static CallbackUrlPolicy asConfiguredForProd() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CallbackUrlPolicyTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return new CallbackUrlPolicy(Boolean.parseBoolean(properties.getProperty("stillwater.webhook.callback.allow-http")),
                Boolean.parseBoolean(properties.getProperty("stillwater.webhook.callback.allow-private-addresses")),
                CallbackUrlPolicy.ports(properties.getProperty("stillwater.webhook.callback.allowed-ports")));
    }

    @Test
    void theProdConfigurationRefusesHttpAndLoopback() throws IOException {
        CallbackUrlPolicy prod = asConfiguredForProd();
        assertEquals(List.of("https-required"), codes(prod.refusalsOf("http://hooks.example.com/")));
        assertEquals(List.of("private-address"), codes(prod.refusalsOf("https://127.0.0.1/")));
        assertEquals(List.of("https-required", "port-not-allowed", "private-address"), codes(prod.refusalsOf("http://localhost:8080/")));
        assertEquals("private-address", prod.refusalOf(InetAddress.getLoopbackAddress()).orElseThrow().code());
    }

    @Test
    void theProdConfigurationAcceptsOnlyPorts443And8443() throws IOException {
        CallbackUrlPolicy prod = asConfiguredForProd();
        assertEquals(List.of(), prod.refusalsOf("https://hooks.example.com/"));
        assertEquals(List.of(), prod.refusalsOf("https://hooks.example.com:443/"));
        assertEquals(List.of(), prod.refusalsOf("https://hooks.example.com:8443/"));
        assertEquals(List.of("port-not-allowed"), codes(prod.refusalsOf("https://hooks.example.com:22/")));
        assertEquals(List.of("port-not-allowed"), codes(prod.refusalsOf("https://hooks.example.com:6379/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com:0/", "https://hooks.example.com:65536/", "https://hooks.example.com:99999/",
            "https://hooks.example.com:99999999999/", "https://[2606:4700:4700::1111]:70000/"})
    void portZeroAndPortsAbove65535AreRefusedInEveryProfile(String url) {
        assertEquals(List.of("port-invalid"), codes(PROD.refusalsOf(url)), url);
        assertEquals(List.of("port-invalid"), codes(DEV.refusalsOf(url.replace("https:", "http:"))), url);
    }

    @Test
    void devAcceptsAnyValidPort() {
        assertEquals(List.of(), DEV.refusalsOf("http://127.0.0.1:1/hook"));
        assertEquals(List.of(), DEV.refusalsOf("http://127.0.0.1:65535/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "65536", "443,x", "all"})
    void aMistypedPortListStopsTheServiceRatherThanOpeningEveryPort(String configured) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CallbackUrlPolicy.ports(configured));
    }

    @Test
    void devAllowsHttpToLoopback() {
        assertEquals(List.of(), DEV.refusalsOf("http://127.0.0.1:8999/hook"));
        assertEquals(List.of(), DEV.refusalsOf("http://localhost:8999/hook"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.com/", "file:///etc/passwd", "gopher://127.0.0.1/", "/relative/path", "hooks.example.com",
            "javascript:alert(1)"})
    void onlyAbsoluteHttpUrlsAreAccepted(String url) {
        assertEquals(List.of("url-scheme-not-allowed"), codes(DEV.refusalsOf(url)).subList(0, 1), url);
    }

    @ParameterizedTest
    @CsvSource({
            "https://127.0.0.1/, private-address",
            "https://127.1.2.3/, private-address",
            "https://localhost/, private-address",
            "https://api.localhost/, private-address",
            "https://10.0.0.1/, private-address",
            "https://172.16.5.4/, private-address",
            "https://172.31.255.255/, private-address",
            "https://192.168.1.1/, private-address",
            "https://169.254.169.254/latest/meta-data/, private-address",
            "https://100.64.0.1/, private-address",
            "https://100.100.100.200/, private-address",
            "https://198.18.0.1/, private-address",
            "https://[::1]/, private-address",
            "https://[fc00::1]/, private-address",
            "https://[fd00:ec2::254]/, private-address",
            "https://[fe80::1]/, private-address",
            "https://[::ffff:127.0.0.1]/, private-address",
            "https://[::ffff:7f00:1]/, private-address",
            "https://[::ffff:10.1.2.3]/, private-address",
            "https://[::ffff:169.254.169.254]/, private-address",
            "https://[64:ff9b::a00:1]/, private-address",
            "https://[64:ff9b::127.0.0.1]/, private-address",
            "https://[2002:7f00:1::]/, private-address",
            "https://0.0.0.0/, reserved-address",
            "https://0.1.2.3/, reserved-address",
            "https://[::]/, reserved-address",
            "https://255.255.255.255/, reserved-address",
            "https://240.0.0.1/, reserved-address",
            "https://224.0.0.1/, reserved-address",
            "https://[ff02::1]/, reserved-address",
            // the IANA special-purpose blocks that are not globally reachable, or relays and identifiers, not hosts
            "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/, reserved-address", // Teredo 2001::/32
            "https://[::ffff:0:7f00:1]/, reserved-address", // SIIT ::ffff:0:0:0/96
            "https://[3fff::1]/, reserved-address", // documentation 3fff::/20
            "https://[3fff:fff:ffff::1]/, reserved-address",
            "https://[2001:2::1]/, reserved-address", // benchmarking 2001:2::/48
            "https://[2001:10::1]/, reserved-address", // ORCHID 2001:10::/28
            "https://[2001:20::1]/, reserved-address", // ORCHIDv2 2001:20::/28
            "https://[2001:2f:ffff::1]/, reserved-address",
            "https://[5f00::1]/, reserved-address", // SRv6 SIDs 5f00::/16
            "https://192.88.99.1/, reserved-address", // 6to4 relay anycast 192.88.99.0/24
            "https://[100:0:0:1::1]/, reserved-address", // dummy prefix
            "https://2130706433/, ip-literal-not-canonical",
            "https://0177.0.0.1/, ip-literal-not-canonical",
            // java.net.URI finds no host in these (a last label starting with a digit is not a host name)
            "https://0x7f.0.0.1/, url-without-host",
            "https://0x7f000001/, ip-literal-not-canonical",
            "https://127.1/, url-without-host",
            "https://017700000001/, ip-literal-not-canonical",
            "https://127.000.000.001/, ip-literal-not-canonical",
    })
    void prodRefusesAddressesThatAreNotPublic(String url, String code) {
        assertEquals(List.of(code), codes(PROD.refusalsOf(url)), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://2130706433/", "http://0177.0.0.1/", "http://0.0.0.0:8080/", "http://[::]/", "http://224.0.0.1/",
            "http://255.255.255.255/"})
    void evenDevRefusesAmbiguousOrNeverReceivingAddresses(String url) {
        assertTrue(!DEV.refusalsOf(url).isEmpty(), url);
    }

    @Test
    void urlsLongerThan2048CharactersAreRefused() {
        String url = "https://hooks.example.com/" + "a".repeat(2048);
        assertEquals(List.of("url-too-long"), codes(PROD.refusalsOf(url)));
        String longest = "https://hooks.example.com/" + "a".repeat(2048 - "https://hooks.example.com/".length());
        assertEquals(List.of(), PROD.refusalsOf(longest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exämple.com/", "https://hooks.example.com/\u0000", "https://hooks.example.com/ a", "https://hooks.example.com/\u202e"})
    void urlsWithAnythingButPrintableAsciiAreRefused(String url) {
        assertEquals(List.of("url-not-ascii"), codes(PROD.refusalsOf(url)));
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertEquals(List.of("url-credentials"), codes(PROD.refusalsOf("https://user:pass@hooks.example.com/")));
    }

    @Test
    void aUrlWithoutHostIsRefused() {
        assertEquals(List.of("url-without-host"), codes(PROD.refusalsOf("https:///path")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254", "::1", "fe80::1", "fd12:3456::1", "100.64.1.1", "::ffff:192.168.0.1"})
    void prodRefusesResolvedPrivateAddresses(String address) throws UnknownHostException {
        assertEquals("private-address", PROD.refusalOf(InetAddress.getByName(address)).orElseThrow().code(), address);
        assertTrue(DEV.refusalOf(InetAddress.getByName(address)).isEmpty(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:0:4136:e378:8000:63bf:3fff:fdd2", "3fff::1", "2001:2::1", "2001:10::1", "2001:20::1", "5f00::1",
            "192.88.99.1"})
    void evenDevRefusesResolvedAddressesThatAreNotGloballyReachable(String address) throws UnknownHostException {
        assertEquals("reserved-address", DEV.refusalOf(InetAddress.getByName(address)).orElseThrow().code(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "1.1.1.1", "2001:4860:4860::8888", "2400:cb00::1"})
    void publicResolvedAddressesAreAccepted(String address) throws UnknownHostException {
        assertTrue(PROD.refusalOf(InetAddress.getByName(address)).isEmpty(), address);
    }
}
