package org.stillwater.webhook.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stillwater.regulatory.refusal.Refusal;

/**
 * Checks a callback URL with {@link CallbackUrlPolicy} and its host's DNS answer: refused if ANY address the host
 * resolves to is refused (an attacker's name may answer one public and one private address). Used when a subscription
 * is created or changed and again before every delivery, since a DNS answer may change.
 */
@ApplicationScoped
public class CallbackAddresses {

    private final CallbackUrlPolicy policy;

    @Inject
    public CallbackAddresses(@ConfigProperty(name = "stillwater.webhook.callback.allow-http") boolean allowHttp,
                             @ConfigProperty(name = "stillwater.webhook.callback.allow-private-addresses") boolean allowPrivateAddresses,
                             @ConfigProperty(name = "stillwater.webhook.callback.allowed-ports") String allowedPorts) {
        this.policy = new CallbackUrlPolicy(allowHttp, allowPrivateAddresses, CallbackUrlPolicy.ports(allowedPorts));
    }

    /** Every rule {@code url} or its host's addresses break; none when it may be called. */
    public List<Refusal> refusalsOf(String url) {
        List<Refusal> refusals = policy.refusalsOf(url);
        if (!refusals.isEmpty()) {
            return refusals;
        }
        return checked(URI.create(url)).refusals();
    }

    /**
     * The URL with the first of its host's addresses, once every one of them was checked: connect to that address.
     *
     * @throws CallbackRefused when the URL, or any address of its host, is refused, or the host does not resolve
     */
    public ResolvedCallback resolve(URI url) {
        List<Refusal> refusals = policy.refusalsOf(url.toString());
        if (!refusals.isEmpty()) {
            throw new CallbackRefused(refusals);
        }
        Checked checked = checked(url);
        if (!checked.refusals().isEmpty()) {
            throw new CallbackRefused(checked.refusals());
        }
        return new ResolvedCallback(url, checked.addresses().get(0));
    }

    private Checked checked(URI url) {
        String host = url.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new Checked(List.of(), List.of(new Refusal("url", "host-not-resolved", host + " does not resolve to an address")));
        }
        List<Refusal> refusals = new ArrayList<>();
        for (InetAddress address : addresses) {
            Optional<Refusal> refusal = policy.refusalOf(address);
            refusal.map(r -> new Refusal(r.field(), r.code(), host + " resolves to " + r.message())).ifPresent(refusals::add);
        }
        return new Checked(Arrays.asList(addresses), refusals);
    }

    private record Checked(List<InetAddress> addresses, List<Refusal> refusals) {
    }
}
