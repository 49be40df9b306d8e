package org.stillwater.webhook.callback;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv6.IPv6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * Which callback URLs and addresses may be called (SSRF, issue 16): in prod a URL is https and every address its host
 * resolves to is public. {@code allowHttp} and {@code allowPrivateAddresses} relax that for dev and test, where the
 * receivers listen on 127.0.0.1. Whatever the profile, an address that cannot be a receiver (unspecified, multicast,
 * broadcast, reserved, documentation) and an IP literal spelled other than canonically (decimal {@code 2130706433},
 * octal {@code 0177.0.0.1}, hex: resolvers disagree on what they mean) are refused.
 */
public final class CallbackUrlPolicy {

    public static final int MAX_URL_LENGTH = 2048;

    /** Loopback, private, shared and link-local ranges: refused unless private addresses are allowed. */
    private static final List<IPAddress> PRIVATE = blocks(
            "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
            "100.64.0.0/10", // CGNAT, shared address space (cloud metadata such as 100.100.100.200 lives here)
            "198.18.0.0/15", // benchmarking, routed inside networks only
            "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "64:ff9b:1::/48");

    /**
     * Never a receiver, in any profile: the blocks of the IANA special-purpose address registries (iana-ipv4-special-registry,
     * iana-ipv6-special-registry) that are not globally reachable, or are anycast relays and identifiers rather than hosts.
     */
    private static final List<IPAddress> RESERVED = blocks(
            "0.0.0.0/8", "240.0.0.0/4", "255.255.255.255/32", "224.0.0.0/4", "192.0.0.0/24",
            "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
            "192.88.99.0/24", // 6to4 relay anycast (deprecated, RFC 7526): a relay, not a receiver
            "::/128", "::/96", // unspecified, and the deprecated IPv4-compatible forms
            "::ffff:0:0:0/96", // SIIT IPv4-translated addresses (RFC 6145)
            "ff00::/8", "2001:db8::/32", "3fff::/20", // multicast, documentation (RFC 3849, RFC 9637)
            "100::/64", "100:0:0:1::/64", // discard-only, dummy prefix (RFC 6666, RFC 9780)
            // IETF protocol assignments (RFC 2928), not globally reachable as a whole: Teredo 2001::/32, benchmarking
            // 2001:2::/48, ORCHID 2001:10::/28 and ORCHIDv2 2001:20::/28 (identifiers, not routable), AMT and AS112 anycast
            "2001::/23",
            "5f00::/16"); // SRv6 segment identifiers (RFC 9602)

    /** The ports a URL may name at all; which of them a profile accepts is {@code allowedPorts}. */
    private static final int LOWEST_PORT = 1;
    private static final int HIGHEST_PORT = 65535;

    /** The ports prod accepts: HTTPS's own and its usual alternative. */
    public static final Set<Integer> PROD_PORTS = Set.of(443, 8443);

    private static final IPAddress IPV4_MAPPED = block("::ffff:0:0/96");
    private static final IPAddress NAT64 = block("64:ff9b::/96");
    private static final IPAddress SIX_TO_FOUR = block("2002::/16");

    private final boolean allowHttp;
    private final boolean allowPrivateAddresses;
    private final Set<Integer> allowedPorts;

    /** A policy that accepts any valid port (1 to 65535). */
    public CallbackUrlPolicy(boolean allowHttp, boolean allowPrivateAddresses) {
        this(allowHttp, allowPrivateAddresses, Set.of());
    }

    /**
     * @param allowedPorts the only ports a URL may use (its scheme's default port when it names none); empty: any valid
     *                     port. Prod names few, so a subscriber cannot make us call an arbitrary host:port (SSRF
     *                     against the SSH, database or admin ports of a public host)
     */
    public CallbackUrlPolicy(boolean allowHttp, boolean allowPrivateAddresses, Set<Integer> allowedPorts) {
        this.allowHttp = allowHttp;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.allowedPorts = Set.copyOf(allowedPorts);
    }

    /** The policy of prod: https only, on port 443 or 8443, public addresses only. */
    public static CallbackUrlPolicy prod() {
        return new CallbackUrlPolicy(false, false, PROD_PORTS);
    }

    /**
     * The allowed ports as configured: {@code any}, or a comma-separated list of ports.
     *
     * @throws IllegalArgumentException for anything else, so a typo stops the service instead of opening every port
     */
    public static Set<Integer> ports(String configured) {
        if (configured.strip().equalsIgnoreCase("any")) {
            return Set.of();
        }
        Set<Integer> ports = new java.util.HashSet<>();
        for (String port : configured.split(",")) {
            int value = Integer.parseInt(port.strip());
            if (value < LOWEST_PORT || value > HIGHEST_PORT) {
                throw new IllegalArgumentException("not a port: " + value);
            }
            ports.add(value);
        }
        return ports;
    }

    /**
     * Every rule the URL itself breaks (not its DNS answer: {@link CallbackAddresses} checks that), each with field
     * {@code url}: none means the URL is an absolute http(s) URL with a host, no credentials, at most
     * {@value #MAX_URL_LENGTH} characters, and an IP literal host that is an allowed address.
     */
    public List<Refusal> refusalsOf(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return List.of(refusal("url-too-long", "the URL has " + url.length() + " characters, more than " + MAX_URL_LENGTH));
        }
        if (!url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return List.of(refusal("url-not-ascii",
                    "the URL may hold only printable ASCII (an international domain name in its xn-- form, other characters percent-encoded)"));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return List.of(refusal("url-malformed", "the URL is not a valid URI: " + e.getReason()));
        }
        List<Refusal> refusals = new ArrayList<>();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            refusals.add(refusal("url-scheme-not-allowed", "the URL must be an absolute https" + (allowHttp ? " or http" : "") + " URL"));
        } else if (scheme.equals("http") && !allowHttp) {
            refusals.add(refusal("https-required", "the URL must use https"));
        }
        if (uri.getRawUserInfo() != null) {
            refusals.add(refusal("url-credentials", "the URL may not carry credentials (user:password@): the signature authenticates us"));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            refusals.add(portOutOfRange(uri).orElse(refusal("url-without-host", "the URL has no valid host")));
            return refusals;
        }
        refusalOfPort(uri, scheme).ifPresent(refusals::add);
        refusals.addAll(refusalsOfHost(host));
        return refusals;
    }

    /** Why a resolved address may not be called, or nothing when it may. */
    public Optional<Refusal> refusalOf(InetAddress address) {
        return refusalOf(new IPAddressString(address.getHostAddress()).getAddress());
    }

    private List<Refusal> refusalsOfHost(String rawHost) {
        String host = rawHost.startsWith("[") && rawHost.endsWith("]") ? rawHost.substring(1, rawHost.length() - 1) : rawHost;
        String lower = host.toLowerCase(Locale.ROOT);
        if (!allowPrivateAddresses && (lower.equals("localhost") || lower.endsWith(".localhost"))) {
            return List.of(refusal("private-address", host + " is this machine (loopback)"));
        }
        IPAddressString literal = new IPAddressString(host);
        if (literal.isIPv4() && !literal.getAddress().toCanonicalString().equals(host)) {
            return List.of(refusal("ip-literal-not-canonical",
                    host + " is not a dotted-decimal IPv4 address (write " + literal.getAddress().toCanonicalString() + ")"));
        }
        if (!literal.isIPv4() && looksNumeric(host)) {
            return List.of(refusal("ip-literal-not-canonical", host + " is neither a host name nor a dotted-decimal IPv4 address"));
        }
        if (literal.isIPAddress()) {
            return refusalOf(literal.getAddress()).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /** Port 0 and ports above 65535 are never a receiver's; in prod only {@code allowedPorts} are accepted. */
    private Optional<Refusal> refusalOfPort(URI uri, String scheme) {
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
        if (port < LOWEST_PORT || port > HIGHEST_PORT) {
            return Optional.of(refusal("port-invalid", "port " + port + " is not a port (1 to 65535)"));
        }
        boolean refusedSchemesDefault = uri.getPort() == -1 && scheme.equals("http") && !allowHttp; // said by https-required
        if (!allowedPorts.isEmpty() && !allowedPorts.contains(port) && !refusedSchemesDefault) {
            return Optional.of(refusal("port-not-allowed", "port " + port + " is not accepted; use "
                    + allowedPorts.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(" or "))));
        }
        return Optional.empty();
    }

    /** java.net.URI finds no host when the port does not fit an int (e.g. 99999999999): say so, not "no host". */
    private static Optional<Refusal> portOutOfRange(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority != null && authority.matches(".*[^:]:[0-9]{6,}")) {
            return Optional.of(refusal("port-invalid", "port " + authority.substring(authority.lastIndexOf(':') + 1)
                    + " is not a port (1 to 65535)"));
        }
        return Optional.empty();
    }

    /** A host of digits, dots and hex prefixes only that did not parse as an address: some resolver would read it as one. */
    private static boolean looksNumeric(String host) {
        return host.matches("(?i)[0-9.]+|(0x[0-9a-f]*\\.?)+[0-9.x]*");
    }

    private Optional<Refusal> refusalOf(IPAddress address) {
        if (address == null) {
            return Optional.of(refusal("address-invalid", "not an IP address"));
        }
        if (address.isIPv6()) {
            IPv6Address v6 = address.toIPv6();
            if (IPV4_MAPPED.contains(v6) || NAT64.contains(v6)) {
                return refusalOf(v6.getEmbeddedIPv4Address()).map(embedded -> withPrefix(embedded, address + " embeds an IPv4 address: "));
            }
            if (SIX_TO_FOUR.contains(v6)) {
                return refusalOf(v6.get6To4IPv4Address()).map(embedded -> withPrefix(embedded, address + " is 6to4 of an IPv4 address: "));
            }
        }
        // ::1 lies in the IPv4-compatible ::/96, which is reserved: loopback is decided first
        if (address.isLoopback()) {
            return allowPrivateAddresses ? Optional.empty()
                    : Optional.of(refusal("private-address", address + " is a loopback address"));
        }
        if (address.isMulticast() || address.isUnspecified() || address.isAnyLocal() || within(RESERVED, address)) {
            return Optional.of(refusal("reserved-address", address + " is an unspecified, multicast, broadcast or reserved address"));
        }
        if (!allowPrivateAddresses
                && (address.isLinkLocal() || address.isLocal() || within(PRIVATE, address))) {
            return Optional.of(refusal("private-address", address + " is a loopback, link-local, private or shared address"));
        }
        return Optional.empty();
    }

    private static Refusal withPrefix(Refusal refusal, String prefix) {
        return new Refusal(refusal.field(), refusal.code(), prefix + refusal.message());
    }

    private static boolean within(List<IPAddress> blocks, IPAddress address) {
        return blocks.stream().anyMatch(block -> block.getIPVersion() == address.getIPVersion() && block.contains(address));
    }

    private static Refusal refusal(String code, String message) {
        return new Refusal("url", code, message);
    }

    private static List<IPAddress> blocks(String... cidrs) {
        return java.util.Arrays.stream(cidrs).map(CallbackUrlPolicy::block).toList();
    }

    private static IPAddress block(String cidr) {
        return new IPAddressString(cidr).getAddress().toPrefixBlock();
    }
}
