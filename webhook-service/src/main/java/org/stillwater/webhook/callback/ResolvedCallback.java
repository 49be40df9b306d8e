package org.stillwater.webhook.callback;

import java.net.InetAddress;
import java.net.URI;

/**
 * A callback URL and the one address of its host that was checked: a delivery connects to this address (pinned), with
 * the URL's host as Host header and TLS server name, so a DNS answer that changes after the check cannot redirect it.
 */
public record ResolvedCallback(URI url, InetAddress address) {

    /** The port to connect to: the URL's, else the scheme's default. */
    public int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
